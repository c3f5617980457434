//! Starting an assessment (开始考核): the form for one post and period,
//! filled from the records by the rules in force at the post's node.
//! Starting again returns the current version rather than a second one.
use super::form::{self, Item};
use super::measures;
use super::period::Period;
use super::rules::{self, RuleSet};
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::{GridCode, Level};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::subsidies::ledger::subsidy_role;
use entity::appointment;
use entity::assessment::{self, AssessmentStatus};
use entity::subsidy_standard::SubsidyRole;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

/// The version of the post's assessment for `period` now in force.
pub async fn current(
    db: &impl ConnectionTrait,
    appointment_id: Uuid,
    period: &str,
) -> AppResult<Option<assessment::Model>> {
    Ok(assessment::Entity::find()
        .filter(assessment::Column::AppointmentId.eq(appointment_id))
        .filter(assessment::Column::Period.eq(period))
        .filter(assessment::Column::Superseded.eq(false))
        .order_by_desc(assessment::Column::Version)
        .one(db)
        .await?)
}

/// Where a post sits: a village officer's village, a liaison's group.
pub fn post_node(role: SubsidyRole, code: i64) -> GridCode {
    match role {
        SubsidyRole::VillageOfficer => GridCode::new(code, Level::Village),
        SubsidyRole::GroupLiaison => GridCode::new(code, Level::Group),
    }
}

/// The form of `rules` for the post, filled from the records.
pub async fn fill(
    db: &impl ConnectionTrait,
    (today, field): (chrono::NaiveDate, &crate::field_rules::FieldRules),
    post: &appointment::Model,
    rules: &RuleSet,
    period: &Period,
) -> AppResult<Vec<Item>> {
    let counted = measures::count_all(db, post, rules.role, period, today, field).await?;
    Ok(rules
        .items
        .iter()
        .map(|r| {
            let c = counted.get(&r.measure).cloned().unwrap_or_default();
            let manual = r.measure == entity::assessment_rule_item::AssessmentMeasure::Manual;
            let auto = (!manual).then(|| form::auto_points(r.max_points, c.misses, r.per_miss));
            Item {
                key: r.key.clone(),
                title: r.title.clone(),
                max_points: r.max_points,
                measure: r.measure,
                per_miss: r.per_miss,
                auto_points: auto,
                misses: if manual { 0 } else { c.misses },
                points: auto,
                evidence: if manual { Vec::new() } else { c.evidence },
                note: None,
                document_ids: Vec::new(),
            }
        })
        .collect())
}

pub async fn start(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    appointment_id: Uuid,
    period_text: &str,
) -> AppResult<assessment::Model> {
    let period = Period::parse(period_text)?;
    let post = crate::people::appointments::find(&state.db, scope, appointment_id).await?;
    authz::check(scope, Action::StartAssessment, &post)?;
    let role = subsidy_role(&post.role)
        .ok_or_else(|| AppError::input("appointmentId", Key::AssessmentPostNotAssessed))?;
    if let Some(made) = current(&state.db, post.id, &period.text()).await? {
        return Ok(made);
    }
    let (from, to) = period
        .span()
        .ok_or_else(|| AppError::input("period", Key::AssessmentPeriodInvalid))?;
    if post.start_date >= to || post.end_date.is_some_and(|e| e <= from) {
        return Err(AppError::input("appointmentId", Key::AssessmentNotInPost));
    }
    let rules = rules::effective_for(&state.db, post_node(role, post.node_code), role).await?;
    period.check_kind(rules.period_kind)?;
    let on = (state.today(), &state.settings.field);
    let items = fill(&state.db, on, &post, &rules, &period).await?;
    let me = scope.person_id().ok_or(AppError::Unauthenticated)?;

    let (_writer, txn) = state.begin_write().await?;
    // Writers take turns (`begin_write`), so this second look is final.
    if let Some(made) = current(&txn, post.id, &period.text()).await? {
        return Ok(made);
    }
    let now = state.now();
    let total = form::total(&items);
    let active = assessment::ActiveModel {
        id: Set(Uuid::new_v4()),
        appointment_id: Set(post.id),
        person_id: Set(post.person_id),
        node_id: Set(post.node_id),
        node_code: Set(post.node_code),
        role: Set(role),
        period: Set(period.text()),
        year: Set(period.year),
        period_kind: Set(period.kind()),
        rule_set_id: Set(rules.stored.as_ref().map(|s| s.id)),
        rule_node_id: Set(rules.stored.as_ref().map(|s| s.node_id)),
        pass_mark: Set(rules.pass_mark),
        fen_per_point: Set(rules.fen_per_point),
        items: Set(form::encode(&items)?),
        total: Set(total),
        max_total: Set(form::max_total(&items)),
        grade: Set(form::grade(total, rules.pass_mark)),
        status: Set(AssessmentStatus::Draft),
        version: Set(1),
        previous_id: Set(None),
        superseded: Set(false),
        reason: Set(None),
        assessor_account: Set(scope.account_id()),
        assessor_person: Set(me),
        assessor_code: Set(scope.root().code),
        assessor_level: Set(scope.root().level.number()),
        submitted_by_person: Set(None),
        submitted_at: Set(None),
        approved_by: Set(None),
        approved_by_person: Set(None),
        approved_at: Set(None),
        deduction_fen: Set(None),
        edits: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let made = active.insert(&txn).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "start",
            "assessment",
            made.id.to_string(),
        )
        .at_node(made.node_code)
        .after(&made),
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}
