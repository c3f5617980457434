//! Reading hazards: always by where they were found (`node_code`), so a
//! hazard stays visible to the group that reported it after it has gone up
//! to the township, and is never visible outside the caller's subtree.
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::hazards::lifecycle::{self, HazardSeverity, HazardState};
use crate::inspections::month::start_of;
use crate::pagination::{self, Key, Page};
use crate::scope::Scope;
use chrono::NaiveDate;
use entity::{hazard, hazard_event};
use sea_orm::sea_query::{ExprTrait, LikeExpr, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
};
use uuid::Uuid;

pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<crate::authz::Authorized<hazard::Model>> {
    crate::authz::find::<hazard::Entity>(db, scope, id, hazard::Column::NodeCode).await
}

/// Overdue: still waiting for someone, with a deadline before `today`. The
/// one definition, used by the lists, the month table and escalation.
pub fn overdue_expr(today: NaiveDate) -> SimpleExpr {
    hazard::Column::State
        .is_in(lifecycle::OVERDUE_STATES)
        .and(hazard::Column::Deadline.lt(today))
}

pub fn overdue_condition(today: NaiveDate) -> Condition {
    Condition::all().add(overdue_expr(today))
}

pub fn is_overdue(h: &hazard::Model, today: NaiveDate) -> bool {
    lifecycle::OVERDUE_STATES.contains(&h.state) && h.deadline.is_some_and(|d| d < today)
}

#[derive(Default)]
pub struct HazardFilter {
    pub under: Option<Uuid>,
    pub state: Option<HazardState>,
    pub overdue: Option<bool>,
    pub severity: Option<HazardSeverity>,
    /// Only hazards whose handling node is exactly this one.
    pub handled_at: Option<Uuid>,
    /// Only hazards reported on or after this day (China time).
    pub reported_from: Option<NaiveDate>,
    /// Only hazards reported on or before this day (China time).
    pub reported_to: Option<NaiveDate>,
    /// Only hazards of this sector (category) code.
    pub category: Option<String>,
    /// Only hazards whose title or description holds this text (as typed).
    pub search: Option<String>,
}

/// The order of a hazard list.
#[derive(async_graphql::Enum, Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum HazardOrder {
    /// Newest report first.
    #[default]
    ReportedDesc,
    /// Earliest deadline first (hazards without one last).
    DeadlineAsc,
}

/// The hazards `filter` selects in the caller's subtree: the one query
/// behind the list and the ledger.
async fn selected(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: HazardFilter,
    today: NaiveDate,
) -> AppResult<Select<hazard::Entity>> {
    let range = grid::range_under(db, scope, filter.under).await?;
    let mut q = hazard::Entity::find().filter(hazard::Column::NodeCode.between(range.lo, range.hi));
    if let Some(state) = filter.state {
        q = q.filter(hazard::Column::State.eq(state));
    }
    if let Some(severity) = filter.severity {
        q = q.filter(hazard::Column::Severity.eq(severity));
    }
    match filter.overdue {
        Some(true) => q = q.filter(overdue_condition(today)),
        // Without a deadline a hazard is not overdue; in SQL its `deadline
        // < today` is NULL, and so would be the NOT of it.
        Some(false) => {
            q = q.filter(
                Condition::any()
                    .add(overdue_condition(today).not())
                    .add(hazard::Column::Deadline.is_null()),
            )
        }
        None => {}
    }
    if let Some(node_id) = filter.handled_at {
        let node = grid::find(db, scope, node_id).await?;
        q = q.filter(hazard::Column::HandlingCode.eq(node.code));
    }
    if let Some(from) = filter.reported_from {
        q = q.filter(hazard::Column::ReportedAt.gte(start_of(from)));
    }
    if let Some(to) = filter.reported_to {
        q = q.filter(hazard::Column::ReportedAt.lt(start_of(to + chrono::Duration::days(1))));
    }
    if let Some(category) = filter.category {
        q = q.filter(hazard::Column::Category.eq(category));
    }
    if let Some(text) = filter.search {
        let pattern = || LikeExpr::new(format!("%{}%", escape_like(&text))).escape('\\');
        q = q.filter(
            Condition::any()
                .add(hazard::Column::Title.like(pattern()))
                .add(hazard::Column::Description.like(pattern())),
        );
    }
    Ok(q)
}

/// `text` matched literally by LIKE: its own `%`, `_` and `\` escaped.
fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: HazardFilter,
    order: HazardOrder,
    today: NaiveDate,
    page: Page,
) -> AppResult<(Vec<hazard::Model>, pagination::Window)> {
    let q = selected(db, scope, filter, today).await?;
    let keys = match order {
        HazardOrder::ReportedDesc => [
            Key::desc(hazard::Column::ReportedAt),
            Key::asc(hazard::Column::Id),
        ],
        HazardOrder::DeadlineAsc => [
            Key::asc_nulls_last(hazard::Column::Deadline),
            Key::asc(hazard::Column::Id),
        ],
    };
    pagination::fetch(db, q, &keys, page).await
}

/// Every hazard `filter` selects, in grid order and then as reported (a
/// ledger, unpaged), but at most `limit` of them: one row more than
/// `limit` says the selection is too big for one ledger.
pub async fn all(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: HazardFilter,
    today: NaiveDate,
    limit: u64,
) -> AppResult<Vec<hazard::Model>> {
    Ok(selected(db, scope, filter, today)
        .await?
        .order_by_asc(hazard::Column::NodeCode)
        .order_by_asc(hazard::Column::ReportedAt)
        .order_by_asc(hazard::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?)
}

/// The hazard's steps, oldest first. The caller has the hazard in scope.
pub async fn history(
    db: &impl ConnectionTrait,
    hazard_id: Uuid,
) -> AppResult<Vec<hazard_event::Model>> {
    Ok(hazard_event::Entity::find()
        .filter(hazard_event::Column::HazardId.eq(hazard_id))
        .order_by_asc(hazard_event::Column::CreatedAt)
        .order_by_asc(hazard_event::Column::Id)
        .all(db)
        .await?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_search_matches_its_wildcards_literally() {
        assert_eq!(super::escape_like("100%_安全\\"), "100\\%\\_安全\\\\");
        assert_eq!(super::escape_like("电线老化"), "电线老化");
    }
}
