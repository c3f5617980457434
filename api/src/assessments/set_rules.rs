//! Setting rules (制定考核细则): the county its default, a township its
//! officers' (and, for all its villages, liaisons'), a village its
//! liaisons'. A new set supersedes the node's old one for that post, which
//! is kept with the day it was superseded.
use super::rules::{self, RuleItem, RuleSet};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::Level;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::subsidies::Fen;
use crate::validate;
use entity::assessment_rule_set::{self, AssessmentPeriodKind};
use entity::subsidy_standard::SubsidyRole;
use entity::{assessment_rule_item, grid_node};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use std::collections::HashSet;
use uuid::Uuid;

pub const MAX_ITEMS: usize = 20;

pub struct NewRules {
    pub role: SubsidyRole,
    pub period_kind: AssessmentPeriodKind,
    pub pass_mark: i32,
    pub fen_per_point: Fen,
    pub items: Vec<RuleItem>,
}

/// Officers' rules sit at a county or township; liaisons' also at a village.
fn fits(role: SubsidyRole, level: Option<Level>) -> bool {
    matches!(
        (role, level),
        (_, Some(Level::County | Level::Township))
            | (SubsidyRole::GroupLiaison, Some(Level::Village))
    )
}

fn checked(new: NewRules) -> AppResult<NewRules> {
    let bad = || AppError::input("rules", Key::AssessmentRulesItems);
    if new.items.is_empty() || new.items.len() > MAX_ITEMS {
        return Err(bad());
    }
    let mut keys = HashSet::new();
    let mut items = Vec::with_capacity(new.items.len());
    for i in new.items {
        let key = validate::text("key", &i.key, 40)?;
        if !keys.insert(key.clone()) || !(1..=100).contains(&i.max_points) {
            return Err(bad());
        }
        if !(0..=100).contains(&i.per_miss) {
            return Err(bad());
        }
        items.push(RuleItem {
            key,
            title: validate::text("title", &i.title, 100)?,
            ..i
        });
    }
    let full: i32 = items.iter().map(|i| i.max_points).sum();
    if !(1..=100).contains(&full) {
        return Err(bad());
    }
    if !(0..=full).contains(&new.pass_mark) {
        return Err(AppError::input("passMark", Key::AssessmentRulesPassMark));
    }
    let fen = Fen::non_negative("fenPerPoint", new.fen_per_point)?;
    Ok(NewRules {
        fen_per_point: fen,
        items,
        ..new
    })
}

pub async fn set(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    node_id: Uuid,
    sets: Vec<NewRules>,
) -> AppResult<(grid_node::Model, Vec<RuleSet>)> {
    let node = crate::grid::service::find(&state.db, scope, node_id).await?;
    authz::check(scope, Action::SetAssessmentRules, &*node)?;
    let level = Level::from_number(node.level);
    let mut roles = HashSet::new();
    let mut valid = Vec::with_capacity(sets.len());
    for s in sets {
        if !fits(s.role, level) {
            return Err(AppError::input("nodeId", Key::AssessmentRulesAt));
        }
        if !roles.insert(s.role) {
            return Err(AppError::input("rules", Key::AssessmentRulesRoleTwice));
        }
        valid.push(checked(s)?);
    }
    let (_writer, txn) = state.begin_write().await?;
    let now = state.now();
    for s in &valid {
        assessment_rule_set::Entity::update_many()
            .col_expr(
                assessment_rule_set::Column::SupersededAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(assessment_rule_set::Column::NodeId.eq(node.id))
            .filter(assessment_rule_set::Column::Role.eq(s.role))
            .filter(assessment_rule_set::Column::SupersededAt.is_null())
            .exec(&txn)
            .await?;
        let id = Uuid::new_v4();
        let set = assessment_rule_set::ActiveModel {
            id: Set(id),
            node_id: Set(node.id),
            node_code: Set(node.code),
            node_level: Set(node.level),
            role: Set(s.role),
            period_kind: Set(s.period_kind),
            pass_mark: Set(s.pass_mark),
            fen_per_point: Set(s.fen_per_point.0),
            set_by: Set(scope.account_id()),
            superseded_at: Set(None),
            created_at: Set(now),
        };
        assessment_rule_set::Entity::insert(set).exec(&txn).await?;
        let items = s
            .items
            .iter()
            .enumerate()
            .map(|(n, i)| assessment_rule_item::ActiveModel {
                id: Set(Uuid::new_v4()),
                rule_set_id: Set(id),
                position: Set(i32::try_from(n).unwrap_or(0) + 1),
                key: Set(i.key.clone()),
                title: Set(i.title.clone()),
                max_points: Set(i.max_points),
                measure: Set(i.measure),
                per_miss: Set(i.per_miss),
            });
        assessment_rule_item::Entity::insert_many(items)
            .exec(&txn)
            .await?;
        let items: Vec<_> = s
            .items
            .iter()
            .map(|i| {
                serde_json::json!({ "key": i.key, "title": i.title, "maxPoints": i.max_points,
                "measure": i.measure, "perMiss": i.per_miss })
            })
            .collect();
        audit::record(
            &txn,
            AuditEntry::new(
                req,
                Some(scope.account_id()),
                "set",
                "assessment_rules",
                id.to_string(),
            )
            .at_node(node.code)
            .after(
                &serde_json::json!({ "role": s.role, "periodKind": s.period_kind,
                    "passMark": s.pass_mark, "fenPerPoint": s.fen_per_point.0, "items": items }),
            ),
        )
        .await?;
    }
    txn.commit().await?;
    let code = crate::grid::service::grid_code(&node)?;
    let shown = rules::effective(&state.db, code).await?;
    Ok((node.into_inner(), shown))
}
