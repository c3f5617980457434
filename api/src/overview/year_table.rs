//! A node's year of programme work, one row per child: village safety
//! meetings held against four a village, trainings, drills, publicity and
//! notebook checks. Like the month table, a fixed number of statements
//! whatever the number of children or records: each kind is one count
//! grouped by the child's part of the grid code.
use crate::error::AppResult;
use crate::grid::code::{CodeRange, GridCode, Level};
use crate::programme::meetings::MeetingKind;
use chrono::NaiveDate;
use entity::{
    ceremony_notice, drill, grid_node, meeting, notebook_check, on_site_reminder, publicity,
    training, vehicle,
};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// Village safety meetings the notice asks of each village in a year.
pub const VILLAGE_MEETINGS_PER_YEAR: u32 = 4;

pub struct ChildYear {
    pub node: grid_node::Model,
    pub meetings_held: u32,
    pub meetings_expected: u32,
    pub trainings: u32,
    pub drills: u32,
    pub publicity: u32,
    pub notebook_checks_kept: u32,
    pub notebook_checks_not_kept: u32,
    pub ceremonies: u32,
    pub reminders: u32,
    /// Registered by the year's end and not retired before it.
    pub vehicles: u32,
}

const KEY: &str = "child_key";

/// The counts a child's subtree holds, by child key.
type ByChild = HashMap<i64, u32>;

/// Rows for each child of `node` (already checked to be in scope).
pub async fn rows(
    db: &impl ConnectionTrait,
    node: GridCode,
    node_id: uuid::Uuid,
    year: i32,
) -> AppResult<Vec<ChildYear>> {
    let Some(child_level) = node.level.child() else {
        return Ok(vec![]);
    };
    let unit = 10_i64.pow(15 - child_level.digits());
    let range = node.subtree();
    let days = (
        first_day(year),
        first_day(year + 1).pred_opt().unwrap_or(first_day(year)),
    );
    let children = grid_node::Entity::find()
        .filter(grid_node::Column::ParentId.eq(node_id))
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    let villages = villages_by_child(db, range, unit).await?;
    let span = Span { range, unit, days };
    use meeting::Column as M;
    let village_meeting = M::Kind.eq(MeetingKind::VillageSafety);
    let meetings = span.count(
        meeting::Entity,
        (M::NodeCode, M::HeldOn, M::Id),
        village_meeting,
    );
    let meetings = meetings.all(db).await?;
    use training::Column as T;
    let trainings = span.count(
        training::Entity,
        (T::NodeCode, T::HeldOn, T::Id),
        Condition::all(),
    );
    let trainings = trainings.all(db).await?;
    use drill::Column as D;
    let drills = span.count(
        drill::Entity,
        (D::NodeCode, D::HeldOn, D::Id),
        Condition::all(),
    );
    let drills = drills.all(db).await?;
    use publicity::Column as P;
    let publicity = span.count(
        publicity::Entity,
        (P::NodeCode, P::HeldOn, P::Id),
        Condition::all(),
    );
    let publicity = publicity.all(db).await?;
    use notebook_check::Column as N;
    let checks = (N::NodeCode, N::CheckedOn, N::Id);
    let checks_kept = span.count(notebook_check::Entity, checks, N::Kept.eq(true));
    let checks_kept = checks_kept.all(db).await?;
    let checks_not_kept = span.count(notebook_check::Entity, checks, N::Kept.eq(false));
    let checks_not_kept = checks_not_kept.all(db).await?;
    use ceremony_notice::Column as C;
    let ceremonies = span.count(
        ceremony_notice::Entity,
        (C::NodeCode, C::NoticedOn, C::Id),
        Condition::all(),
    );
    let ceremonies = ceremonies.all(db).await?;
    use on_site_reminder::Column as R;
    let reminders = span.count(
        on_site_reminder::Entity,
        (R::NodeCode, R::RemindedOn, R::Id),
        Condition::all(),
    );
    let reminders = reminders.all(db).await?;
    // A vehicle counts in every year it was on the register, so its day
    // range starts at the first register, not the year's first day.
    use vehicle::Column as V;
    let on_register = Span {
        days: (first_day(1949), span.days.1),
        ..span
    };
    let not_retired = Condition::any()
        .add(V::RetiredOn.is_null())
        .add(V::RetiredOn.gt(span.days.1));
    let vehicles = on_register.count(
        vehicle::Entity,
        (V::NodeCode, V::RegisteredOn, V::Id),
        not_retired,
    );
    let vehicles = vehicles.all(db).await?;
    let (meetings, trainings, drills, publicity, checks_kept, checks_not_kept) = (
        by_child(meetings),
        by_child(trainings),
        by_child(drills),
        by_child(publicity),
        by_child(checks_kept),
        by_child(checks_not_kept),
    );
    let (ceremonies, reminders, vehicles) = (
        by_child(ceremonies),
        by_child(reminders),
        by_child(vehicles),
    );
    let at = |m: &ByChild, key: i64| m.get(&key).copied().unwrap_or(0);
    Ok(children
        .into_iter()
        .map(|child| {
            let key = child.code / unit;
            ChildYear {
                meetings_held: at(&meetings, key),
                meetings_expected: at(&villages, key) * VILLAGE_MEETINGS_PER_YEAR,
                trainings: at(&trainings, key),
                drills: at(&drills, key),
                publicity: at(&publicity, key),
                notebook_checks_kept: at(&checks_kept, key),
                notebook_checks_not_kept: at(&checks_not_kept, key),
                ceremonies: at(&ceremonies, key),
                reminders: at(&reminders, key),
                vehicles: at(&vehicles, key),
                node: child,
            }
        })
        .collect())
}

fn first_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

fn clamp(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The subtree, its unit (a child's share of the grid code) and the year.
#[derive(Clone, Copy)]
struct Span {
    range: CodeRange,
    unit: i64,
    days: (NaiveDate, NaiveDate),
}

impl Span {
    /// One table's records in the span by child, as one grouped statement;
    /// `(code, day, id)` are its columns, `only` narrows the rows.
    fn count<E: EntityTrait>(
        &self,
        _: E,
        (code, day, id): (E::Column, E::Column, E::Column),
        only: impl sea_orm::sea_query::IntoCondition,
    ) -> sea_orm::Selector<sea_orm::SelectGetableTuple<(i64, i64)>> {
        // Grouped by the output alias: PostgreSQL would not match two bound
        // copies of `node_code / $n` as the same expression.
        E::find()
            .select_only()
            .expr_as(Expr::col(code).div(self.unit), KEY)
            .expr_as(Func::count(Expr::col(id)), "n")
            .filter(code.between(self.range.lo, self.range.hi))
            .filter(day.between(self.days.0, self.days.1))
            .filter(only)
            .group_by(Expr::col(Alias::new(KEY)))
            .into_tuple()
    }
}

fn by_child(rows: Vec<(i64, i64)>) -> ByChild {
    rows.into_iter().map(|(k, n)| (k, clamp(n))).collect()
}

/// Villages in each child's subtree (a village child counts itself).
async fn villages_by_child(
    db: &impl ConnectionTrait,
    range: CodeRange,
    unit: i64,
) -> AppResult<ByChild> {
    let rows: Vec<(i64, i64)> = grid_node::Entity::find()
        .select_only()
        .expr_as(Expr::col(grid_node::Column::Code).div(unit), KEY)
        .expr_as(Func::count(Expr::col(grid_node::Column::Id)), "n")
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.eq(Level::Village.number()))
        .group_by(Expr::col(Alias::new(KEY)))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(k, n)| (k, clamp(n))).collect())
}
