//! The county's rule of a year for proposing award disqualifications, as
//! data: the notice says only "who does not do the job", so the county
//! says what that means (months of missed quota, a failed assessment).
//! A change is a new version; the old ones are kept.
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use entity::sanction_rule;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::HashMap;
use uuid::Uuid;

/// Where the county set nothing: a quarter of the year's months missed.
pub const DEFAULT_MISSED_MONTHS: i32 = 3;

/// The rule a county's proposals for a year follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub missed_months: i32,
    pub on_failed_assessment: bool,
    /// The stored version, or `None` for the default.
    pub stored: Option<sanction_rule::Model>,
}

impl Default for Rule {
    fn default() -> Self {
        Rule {
            missed_months: DEFAULT_MISSED_MONTHS,
            on_failed_assessment: true,
            stored: None,
        }
    }
}

/// The newest rule of each county in `county_codes` for `year`; counties
/// without one are absent (they follow the default). One statement.
pub async fn of_counties(
    db: &impl ConnectionTrait,
    county_codes: &[i64],
    year: i32,
) -> AppResult<HashMap<i64, Rule>> {
    if county_codes.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = sanction_rule::Entity::find()
        .filter(sanction_rule::Column::CountyCode.is_in(county_codes.iter().copied()))
        .filter(sanction_rule::Column::Year.eq(year))
        .order_by_asc(sanction_rule::Column::Version)
        .all(db)
        .await?;
    // Ascending versions: the newest is inserted last and stays.
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.county_code,
                Rule {
                    missed_months: r.missed_months,
                    on_failed_assessment: r.on_failed_assessment,
                    stored: Some(r),
                },
            )
        })
        .collect())
}

pub async fn of_county(db: &impl ConnectionTrait, county_code: i64, year: i32) -> AppResult<Rule> {
    Ok(of_counties(db, &[county_code], year)
        .await?
        .remove(&county_code)
        .unwrap_or_default())
}

pub fn check_year(year: i32) -> AppResult<i32> {
    if (2000..=2100).contains(&year) {
        Ok(year)
    } else {
        Err(AppError::input("year", Key::SanctionYearInvalid))
    }
}

/// Sets the county's rule for the year (a new version).
pub async fn set(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    county_id: Uuid,
    year: i32,
    missed_months: i32,
    on_failed_assessment: bool,
) -> AppResult<sanction_rule::Model> {
    let year = check_year(year)?;
    if !(1..=12).contains(&missed_months) {
        return Err(AppError::input(
            "missedMonths",
            Key::SanctionMissedMonthsRange,
        ));
    }
    let county = crate::grid::service::find(&state.db, scope, county_id).await?;
    authz::check(scope, Action::SetSanctionRules, &*county)?;
    let (_writer, txn) = state.begin_write().await?;
    let current = of_county(&txn, county.code, year).await?;
    let version = current.stored.as_ref().map_or(1, |r| r.version + 1);
    let now = state.now();
    let row = sanction_rule::ActiveModel {
        id: Set(Uuid::new_v4()),
        county_id: Set(county.id),
        county_code: Set(county.code),
        year: Set(year),
        missed_months: Set(missed_months),
        on_failed_assessment: Set(on_failed_assessment),
        version: Set(version),
        set_by: Set(scope.account_id()),
        created_at: Set(now),
    };
    let made = sanction_rule::Entity::insert(row)
        .exec_with_returning(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "set",
            "sanction_rule",
            made.id.to_string(),
        )
        .at_node(county.code)
        .before(&current.stored)
        .after(&made),
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}
