//! The statements the server issues for the two measured queries, built
//! with the same sea-orm calls as the server's code (so the same SQL text
//! and binds), to run bare against the database. Authentication's own
//! statements (account, session, node of the caller) are left out: they
//! are the same for every request.
//!
//! - overdue list: `hazards/queries.rs` `list` (node in scope, COUNT, page)
//!   and `hazards/types.rs` `Hazard::page` (the handling nodes' names for
//!   the page in one query).
//! - township month: `overview/schema.rs` `month_overview` and
//!   `overview/month_table.rs` `rows` (node, children, posts, done per post,
//!   leader visits, hazard counts).
use anyhow::Result;
use api::grid::code::{CodeRange, GridCode, Level};
use api::hazards::lifecycle;
use api::hazards::queries::{overdue_condition, overdue_expr};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use entity::{appointment, grid_node, hazard, inspection};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, Statement,
};
use uuid::Uuid;

/// The caller's subtree (the benchmark's administrator).
pub struct Caller {
    pub range: CodeRange,
}

fn node_in_scope(b: DbBackend, caller: &Caller, id: Uuid) -> Statement {
    grid_node::Entity::find_by_id(id)
        .filter(
            Condition::all().add(grid_node::Column::Code.between(caller.range.lo, caller.range.hi)),
        )
        .limit(1)
        .build(b)
}

fn count_of(b: DbBackend, q: SelectStatement) -> Statement {
    let wrapped = SelectStatement::new()
        .expr(Expr::cust("COUNT(*) AS num_items"))
        .from_subquery(q.clone().clear_order_by().to_owned(), "sub_query")
        .to_owned();
    b.build(&wrapped)
}

fn subtree(code: i64, level: i16) -> Result<CodeRange> {
    let level = Level::from_number(level).ok_or_else(|| anyhow::anyhow!("level {level}"))?;
    Ok(GridCode::new(code, level).subtree())
}

/// `hazards(under: county, overdue: true, first: 50) { … handlingNodeName }`
pub async fn overdue_list(
    db: &DatabaseConnection,
    caller: &Caller,
    county: &grid_node::Model,
    today: NaiveDate,
) -> Result<Vec<Statement>> {
    let b = db.get_database_backend();
    let range = subtree(county.code, county.level)?;
    let ordered = hazard::Entity::find()
        .filter(hazard::Column::NodeCode.between(range.lo, range.hi))
        .filter(overdue_condition(today))
        .order_by_desc(hazard::Column::ReportedAt)
        .order_by_asc(hazard::Column::Id);
    let page = ordered.clone().offset(0).limit(50);
    let mut out = vec![
        node_in_scope(b, caller, county.id),
        count_of(b, ordered.into_query()),
        page.clone().build(b),
    ];
    // The page's rows decide which names are read (handlingNodeName).
    let ids: Vec<Uuid> = page
        .all(db)
        .await?
        .into_iter()
        .map(|h| h.handling_node_id)
        .collect();
    out.push(
        grid_node::Entity::find()
            .filter(grid_node::Column::Id.is_in(ids))
            .build(b),
    );
    Ok(out)
}

const KEY: &str = "child_key";

/// `monthOverview(nodeId: township, month)`.
pub fn month_overview(
    b: DbBackend,
    caller: &Caller,
    township: &grid_node::Model,
    first: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Statement>> {
    let range = subtree(township.code, township.level)?;
    let child =
        Level::from_number(township.level + 1).ok_or_else(|| anyhow::anyhow!("no child level"))?;
    let unit = 10_i64.pow(15 - child.digits());
    let next = first + chrono::Months::new(1);
    let last = next - Duration::days(1);
    let instant = |d: NaiveDate| {
        let local = d.and_hms_opt(0, 0, 0).unwrap_or_default();
        crate::calendar::china()
            .from_local_datetime(&local)
            .single()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    };
    let (start, end) = (instant(first), instant(next));
    debug_assert_eq!(first.day(), 1);

    let children = grid_node::Entity::find()
        .filter(grid_node::Column::ParentId.eq(township.id))
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .order_by_asc(grid_node::Column::Code)
        .build(b);
    let posts = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(appointment::Column::Role.is_in(["VILLAGE_OFFICER", "GROUP_LIAISON"]))
        .filter(
            Condition::all()
                .add(appointment::Column::StartDate.lte(last))
                .add(
                    Condition::any()
                        .add(appointment::Column::EndDate.is_null())
                        .add(appointment::Column::EndDate.gt(first)),
                ),
        )
        .order_by_asc(appointment::Column::NodeCode)
        .order_by_asc(appointment::Column::Role)
        .order_by_asc(appointment::Column::StartDate)
        .order_by_asc(appointment::Column::Id)
        .build(b);
    let done = inspection::Entity::find()
        .select_only()
        .column(inspection::Column::AppointmentId)
        .expr_as(Func::count(Expr::col(inspection::Column::Id)), "done")
        .filter(inspection::Column::NodeCode.between(range.lo, range.hi))
        .filter(inspection::Column::OccurredOn.between(first, last))
        .filter(inspection::Column::AppointmentId.is_not_null())
        .group_by(inspection::Column::AppointmentId)
        .build(b);
    let visits = inspection::Entity::find()
        .select_only()
        .expr_as(Expr::col(inspection::Column::NodeCode).div(unit), KEY)
        .expr_as(Func::count(Expr::col(inspection::Column::Id)), "n")
        .filter(inspection::Column::NodeCode.between(range.lo, range.hi))
        .filter(inspection::Column::OccurredOn.between(first, last))
        .filter(inspection::Column::Kind.eq("LEADER_VISIT"))
        .group_by(Expr::col(Alias::new(KEY)))
        .build(b);
    let open = || hazard::Column::State.is_in(lifecycle::OPEN_STATES);
    let when = |cond: sea_orm::sea_query::SimpleExpr| Func::count(Expr::case(cond, 1));
    let hazards = hazard::Entity::find()
        .select_only()
        .expr_as(Expr::col(hazard::Column::NodeCode).div(unit), KEY)
        .expr_as(when(open()), "open")
        .expr_as(when(overdue_expr(today)), "overdue")
        .expr_as(
            when(
                hazard::Column::State
                    .is_in(lifecycle::CLOSED_STATES)
                    .and(hazard::Column::ClosedAt.gte(start))
                    .and(hazard::Column::ClosedAt.lt(end)),
            ),
            "closed",
        )
        .filter(hazard::Column::NodeCode.between(range.lo, range.hi))
        .group_by(Expr::col(Alias::new(KEY)))
        .build(b);
    Ok(vec![
        node_in_scope(b, caller, township.id),
        children,
        posts,
        done,
        visits,
        hazards,
    ])
}

/// Runs the statements one after another, as the server does.
pub async fn run(db: &DatabaseConnection, statements: &[Statement]) -> Result<usize> {
    let mut rows = 0;
    for s in statements {
        rows += db.query_all_raw(s.clone()).await?.len();
    }
    Ok(rows)
}
