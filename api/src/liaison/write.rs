//! What every liaison record's write shares: the villager group it is made
//! at (by the one decision), when it happened (not in the future, not in a
//! closed month), its audit row, and "once per idempotency key".
use super::refusals;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action, Authorized};
use crate::error::AppResult;
use crate::grid::service as grid;
use crate::inspections::input::CLOCK_SKEW;
use crate::inspections::month::{china_day, Month};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use chrono::{DateTime, NaiveDate, Utc};
use entity::grid_node;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// Longest free text on a liaison record.
pub const MAX_NOTES: usize = 2000;
pub const MAX_REASON: usize = 500;

/// The node `node_id`, if the caller may take `action` there.
pub async fn at_node(
    db: &impl ConnectionTrait,
    scope: &Scope,
    node_id: Uuid,
    action: Action,
) -> AppResult<Authorized<grid_node::Model>> {
    let node = grid::find(db, scope, node_id).await?;
    authz::authorize(scope, action, node.into_inner())
}

/// A moment something was done: not in the future (beyond a phone's clock
/// drift), not in a month already closed; to the second, with its China day.
pub fn done_at(
    state: &AppState,
    field: &'static str,
    at: DateTime<Utc>,
) -> AppResult<(DateTime<Utc>, NaiveDate)> {
    if at > state.now() + CLOCK_SKEW {
        return Err(refusals::in_future(field));
    }
    let at = DateTime::from_timestamp(at.timestamp(), 0).unwrap_or(at);
    let day = china_day(at);
    open_month(state, field, day)?;
    Ok((at, day))
}

/// A day's month still takes new records.
pub fn open_month(state: &AppState, field: &'static str, day: NaiveDate) -> AppResult<()> {
    if Month::of(day).locked(state.today(), state.settings.field.month_close_day) {
        return Err(refusals::month_closed(field));
    }
    Ok(())
}

/// A count a person types (guests, households): 0..=max.
pub fn count(field: &'static str, n: i32, max: i32) -> AppResult<i32> {
    if (0..=max).contains(&n) {
        Ok(n)
    } else {
        Err(refusals::count_out_of_range(field, max))
    }
}

/// The audit row of a liaison record's write.
#[allow(clippy::too_many_arguments)]
pub async fn audited<T: serde::Serialize>(
    db: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    action: &'static str,
    kind: &'static str,
    id: Uuid,
    node_code: i64,
    before: Option<&T>,
    after: &impl serde::Serialize,
) -> AppResult<()> {
    let mut entry = AuditEntry::new(req, Some(scope.account_id()), action, kind, id.to_string())
        .at_node(node_code)
        .after(after);
    if let Some(b) = before {
        entry = entry.before(b);
    }
    audit::record(db, entry).await
}

/// Runs a create once per idempotency key: the record the key already made
/// (for its maker) is answered instead, and a lost race answers the
/// winner's. `$insert` is an expression using the transaction `$txn` and
/// the parsed key `$key`, answering `AppResult<Option<Model>>` (`None` when
/// the key turned out to be taken).
macro_rules! once_per_key {
    ($state:expr, $scope:expr, $entity:ty, $raw_key:expr, |$txn:ident, $key:ident| $insert:expr) => {{
        let $key = $crate::idempotency::IdempotencyKey::parse($raw_key)?;
        let (writer, $txn) = $state.begin_write().await?;
        if let Some(existing) = $crate::idempotency::stored::<$entity>(&$txn, $scope, &$key).await?
        {
            return Ok(existing);
        }
        let kept = $key.clone();
        match $insert {
            Some(model) => {
                $txn.commit().await?;
                Ok(model)
            }
            None => {
                drop($txn);
                drop(writer);
                $crate::idempotency::winner::<$entity>(&$state.db, $scope, &kept).await
            }
        }
    }};
}
pub(crate) use once_per_key;
