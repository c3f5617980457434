//! The county office edits its template for a year: the whole template
//! is sent, checked, and saved as the next version (the older ones kept).
//! Refused once the year's cards are locked.
use super::lock::{is_locked, locked_error};
use super::service;
use super::template::{self, Item, Part, Template};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::service as grid;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::subsidies::standards::check_year;
use entity::scorecard_template_item::ScorecardRule;
use entity::{scorecard_template, scorecard_template_item};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use std::collections::HashSet;
use uuid::Uuid;

pub const MAX_PARTS: usize = 10;
pub const MAX_ITEMS: usize = 30;
pub const MAX_TITLE: usize = 500;
pub const MAX_POINTS: i32 = 100;

fn invalid(field: &'static str) -> AppError {
    AppError::input(field, Key::ScorecardTemplateInvalid)
}

fn key_ok(key: &str) -> bool {
    (1..=40).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn points_ok(p: i32) -> bool {
    (0..=MAX_POINTS).contains(&p)
}

/// The parts as sent, checked: keys unique and plain, points in range,
/// titles present, and each rule with the parameters it reads.
pub fn check(parts: &[Part]) -> AppResult<()> {
    if parts.is_empty() || parts.len() > MAX_PARTS {
        return Err(invalid("parts"));
    }
    let mut keys = HashSet::new();
    for p in parts {
        let title_ok = !p.title.trim().is_empty() && p.title.chars().count() <= MAX_TITLE;
        if !key_ok(&p.key) || !title_ok || !points_ok(p.max_points) || !keys.insert(&p.key) {
            return Err(invalid("parts"));
        }
        if p.items.is_empty() || p.items.len() > MAX_ITEMS {
            return Err(invalid("items"));
        }
        for i in &p.items {
            check_item(i)?;
            if !keys.insert(&i.key) {
                return Err(invalid("items"));
            }
        }
    }
    Ok(())
}

fn check_item(i: &Item) -> AppResult<()> {
    let title_ok = !i.title.trim().is_empty() && i.title.chars().count() <= MAX_TITLE;
    if !key_ok(&i.key) || !title_ok || !points_ok(i.max_points) {
        return Err(invalid("items"));
    }
    if i.per_unit.is_some_and(|u| !points_ok(u)) {
        return Err(invalid("perUnit"));
    }
    let params_ok = match i.rule {
        Some(ScorecardRule::Documents) => {
            !i.document_kinds.is_empty()
                && i.document_kinds.len() <= 10
                && i.document_kinds.iter().all(|k| (1..=40).contains(&k.len()))
        }
        Some(ScorecardRule::MilestoneOnTime) => i.milestone_kind.is_some(),
        _ => true,
    };
    if params_ok {
        Ok(())
    } else {
        Err(invalid("rule"))
    }
}

pub async fn set(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    county_id: Uuid,
    year: i32,
    parts: Vec<Part>,
) -> AppResult<Template> {
    let year = check_year(year)?;
    check(&parts)?;
    let county = service::county(&state.db, scope, county_id).await?;
    authz::check(scope, Action::SetScorecardTemplate, &*county)?;
    let code = grid::grid_code(&county)?;
    let (_writer, txn) = state.begin_write().await?;
    if is_locked(&txn, code.code, year).await? {
        return Err(locked_error(year));
    }
    let before = template::in_force(&txn, &[code.code], year)
        .await?
        .remove(&code.code);
    let versions = scorecard_template::Entity::find()
        .filter(scorecard_template::Column::CountyCode.eq(code.code))
        .filter(scorecard_template::Column::Year.eq(year))
        .count(&txn)
        .await?;
    let version = i32::try_from(versions).unwrap_or(i32::MAX - 1) + 1;
    let header = scorecard_template::ActiveModel {
        id: Set(Uuid::new_v4()),
        county_id: Set(county.id),
        county_code: Set(code.code),
        year: Set(year),
        version: Set(version),
        set_by: Set(scope.account_id()),
        created_at: Set(state.now()),
    }
    .insert(&txn)
    .await?;
    for (pi, p) in parts.iter().enumerate() {
        for (ii, i) in p.items.iter().enumerate() {
            scorecard_template_item::ActiveModel {
                id: Set(Uuid::new_v4()),
                template_id: Set(header.id),
                part_position: Set(pi as i32),
                part_key: Set(p.key.clone()),
                part_title: Set(p.title.trim().to_string()),
                part_max_points: Set(p.max_points),
                position: Set(ii as i32),
                item_key: Set(i.key.clone()),
                title: Set(i.title.trim().to_string()),
                max_points: Set(i.max_points),
                rule: Set(i.rule),
                per_unit: Set(i.per_unit),
                document_kinds: Set(Some(i.document_kinds.join(",")).filter(|k| !k.is_empty())),
                milestone_kind: Set(i.milestone_kind),
            }
            .insert(&txn)
            .await?;
        }
    }
    let after = Template {
        year,
        version,
        parts,
    };
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "set_template",
            "scorecard_template",
            header.id.to_string(),
        )
        .at_node(code.code)
        .before(&before)
        .after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
