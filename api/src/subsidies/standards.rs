//! Subsidy standards (补贴标准) as data: per county, year and post, in fen.
//! A county's standard for a year holds until a later year's row replaces
//! it; where a county has set none, the notice's values apply
//! ([`notice_default`]). A change is a new version: the row as it was goes
//! to `record_versions` with the reason, and the audit row records both.
use super::fen::Fen;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action, Authorized};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::{CodeRange, GridCode, Level};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::{validate, versioned};
use entity::record_version;
use entity::subsidy_standard::{self, SubsidyRole};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

pub const ROLES: [SubsidyRole; 2] = [SubsidyRole::VillageOfficer, SubsidyRole::GroupLiaison];

/// The notice's standard (凤冈 2018, 三(一)): 1,200 CNY a year for a village
/// safety officer, 500 for a group safety liaison. Used only where a county
/// has stored no standard for the year or an earlier one.
pub fn notice_default(role: SubsidyRole) -> i64 {
    match role {
        SubsidyRole::VillageOfficer => 120_000,
        SubsidyRole::GroupLiaison => 50_000,
    }
}

pub fn check_year(year: i32) -> AppResult<i32> {
    if (2000..=2100).contains(&year) {
        Ok(year)
    } else {
        Err(AppError::input("year", Key::SubsidyYearInvalid))
    }
}

/// The county a node lies in (itself for a county); `None` above counties.
pub fn county_of(node: GridCode) -> Option<GridCode> {
    if node.level == Level::County {
        return Some(node);
    }
    node.ancestors()
        .into_iter()
        .find(|a| a.level == Level::County)
}

/// The county whose standards a caller asks for: `county_id` when it is a
/// county the caller may see or the county the caller works in (read from
/// below, like a campaign), else the caller's own county. NOT_FOUND for
/// any other id, exactly like a missing one.
pub async fn county_for(
    db: &impl ConnectionTrait,
    scope: &Scope,
    county_id: Option<Uuid>,
) -> AppResult<GridCode> {
    let own = county_of(scope.root());
    let Some(id) = county_id else {
        return own.ok_or_else(|| AppError::input("countyId", Key::SubsidyCountyRequired));
    };
    let node = match crate::grid::service::find(db, scope, id).await {
        Ok(node) => node.into_inner(),
        Err(AppError::NotFound) => {
            let above = match own.filter(|c| c.code != scope.root().code) {
                Some(c) => {
                    entity::grid_node::Entity::find()
                        .filter(entity::grid_node::Column::Code.eq(c.code))
                        .one(db)
                        .await?
                }
                None => None,
            };
            above.filter(|n| n.id == id).ok_or(AppError::NotFound)?
        }
        Err(e) => return Err(e),
    };
    let code = crate::grid::service::grid_code(&node)?;
    if code.level != Level::County {
        return Err(AppError::input("countyId", Key::SubsidyStandardAtCounty));
    }
    Ok(code)
}

/// The standards in force for one year, by county and post.
pub struct InForce {
    year: i32,
    by: HashMap<(i64, SubsidyRole), subsidy_standard::Model>,
}

impl InForce {
    /// The standard for `role` in the county `county_code`: the county's
    /// latest up to the year, else the notice's (an unsaved row with a nil
    /// id, version 0: `isDefault` in the API).
    pub fn get(&self, county_code: i64, role: SubsidyRole) -> subsidy_standard::Model {
        self.by
            .get(&(county_code, role))
            .cloned()
            .unwrap_or_else(|| subsidy_standard::Model {
                id: Uuid::nil(),
                node_id: Uuid::nil(),
                node_code: county_code,
                year: self.year,
                role,
                amount_fen: notice_default(role),
                version: 0,
                set_by: Uuid::nil(),
                created_at: chrono::DateTime::UNIX_EPOCH,
                updated_at: chrono::DateTime::UNIX_EPOCH,
            })
    }
}

/// The standards in force in `year` for every county in `range` and for
/// `county` (the one a range below county level lies in): one statement.
pub async fn in_force(
    db: &impl ConnectionTrait,
    range: CodeRange,
    county: Option<i64>,
    year: i32,
) -> AppResult<InForce> {
    let mut at =
        Condition::any().add(subsidy_standard::Column::NodeCode.between(range.lo, range.hi));
    if let Some(c) = county {
        at = at.add(subsidy_standard::Column::NodeCode.eq(c));
    }
    let rows = subsidy_standard::Entity::find()
        .filter(at)
        .filter(subsidy_standard::Column::Year.lte(year))
        .order_by_asc(subsidy_standard::Column::Year)
        .all(db)
        .await?;
    // In year order, so the latest year up to `year` is the one kept.
    let by = rows
        .into_iter()
        .map(|r| ((r.node_code, r.role), r))
        .collect();
    Ok(InForce { year, by })
}

/// Both posts' standards in force in `year` in `county`, as the caller may
/// read them (a county's standard is read from below it too).
pub async fn for_county(
    db: &impl ConnectionTrait,
    scope: &Scope,
    county: GridCode,
    year: i32,
) -> AppResult<Vec<Authorized<subsidy_standard::Model>>> {
    let year = check_year(year)?;
    let standards = in_force(db, county.subtree(), Some(county.code), year).await?;
    ROLES
        .iter()
        .map(|r| authz::authorize(scope, Action::Read, standards.get(county.code, *r)))
        .collect()
}

pub struct NewStandard {
    pub county_id: Uuid,
    pub year: i32,
    pub role: SubsidyRole,
    pub amount: Fen,
    /// Required when the county already has a standard for the year.
    pub reason: Option<String>,
}

/// Sets the county's standard for a year and post: the first time a new
/// row, after that a new version with the reason. The same amount again
/// changes nothing and answers the row.
pub async fn set(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewStandard,
) -> AppResult<subsidy_standard::Model> {
    let year = check_year(new.year)?;
    let amount = Fen::non_negative("amountFen", new.amount)?;
    let county = crate::grid::service::find(&state.db, scope, new.county_id).await?;
    authz::check(scope, Action::SetSubsidyStandard, &*county)?;
    let (_writer, txn) = state.begin_write().await?;
    let now = state.now();
    let existing = subsidy_standard::Entity::find()
        .filter(subsidy_standard::Column::NodeCode.eq(county.code))
        .filter(subsidy_standard::Column::Year.eq(year))
        .filter(subsidy_standard::Column::Role.eq(new.role))
        .one(&txn)
        .await?;
    let saved = match existing {
        Some(before) if before.amount_fen == amount.0 => return Ok(before),
        Some(before) => {
            let reason = match new.reason.as_deref().map(str::trim) {
                Some(r) if !r.is_empty() => {
                    validate::text("reason", r, crate::programme::correct::MAX_REASON)?
                }
                _ => return Err(AppError::input("reason", Key::RecordReasonRequired)),
            };
            record_version::ActiveModel {
                id: Set(Uuid::new_v4()),
                record_kind: Set("subsidy_standard".to_string()),
                record_id: Set(before.id),
                node_code: Set(before.node_code),
                version: Set(before.version),
                snapshot: Set(serde_json::to_string(&before).map_err(AppError::internal)?),
                reason: Set(reason.clone()),
                corrected_by: Set(scope.account_id()),
                corrected_at: Set(now),
            }
            .insert(&txn)
            .await?;
            let mut active: subsidy_standard::ActiveModel = before.clone().into();
            active.amount_fen = Set(amount.0);
            active.set_by = Set(scope.account_id());
            let after = versioned::save(
                &txn,
                active,
                subsidy_standard::Column::Version,
                subsidy_standard::Column::UpdatedAt,
                before.version,
                now,
            )
            .await?;
            let recorded = serde_json::json!({ "standard": &after, "reason": reason });
            audit::record(
                &txn,
                AuditEntry::new(
                    req,
                    Some(scope.account_id()),
                    "update",
                    "subsidy_standard",
                    after.id.to_string(),
                )
                .at_node(after.node_code)
                .before(&before)
                .after(&recorded),
            )
            .await?;
            after
        }
        None => {
            let made = subsidy_standard::ActiveModel {
                id: Set(Uuid::new_v4()),
                node_id: Set(county.id),
                node_code: Set(county.code),
                year: Set(year),
                role: Set(new.role),
                amount_fen: Set(amount.0),
                version: Set(1),
                set_by: Set(scope.account_id()),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
            audit::record(
                &txn,
                AuditEntry::new(
                    req,
                    Some(scope.account_id()),
                    "create",
                    "subsidy_standard",
                    made.id.to_string(),
                )
                .at_node(made.node_code)
                .after(&made),
            )
            .await?;
            made
        }
    };
    txn.commit().await?;
    Ok(saved)
}
