//! What the records say about a post in a period, per measure: the misses
//! and the evidence behind them. Four statements whatever the period: the
//! post's inspections or patrols, the hazards at its node, the village's
//! safety meetings, and the notebook checks of the post.
//!
//! A month counts toward the quota when it has ended (by the server's
//! clock) and the post was held the whole month: a month still running,
//! or split by a replacement, is nobody's shortfall.
use super::form::Evidence;
use super::period::{Month, Period};
use crate::error::AppResult;
use crate::field_rules::FieldRules;
use crate::grid::code::{GridCode, Level};
use chrono::{Datelike, NaiveDate};
use entity::assessment_rule_item::AssessmentMeasure;
use entity::hazard::HazardState;
use entity::inspection::InspectionKind;
use entity::meeting::MeetingKind;
use entity::subsidy_standard::SubsidyRole;
use entity::{appointment, hazard, inspection, meeting, notebook_check};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Misses of one measure, with what they are based on.
#[derive(Clone, Debug, Default)]
pub struct Counted {
    pub misses: i32,
    pub evidence: Vec<Evidence>,
}

/// Village safety meetings a year (the notice: ≥ 4).
const MEETINGS_A_YEAR: i64 = 4;

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The months of `period` that count for the post `a` as of `today`.
pub fn counted_months(period: &Period, a: &appointment::Model, today: NaiveDate) -> Vec<Month> {
    period
        .months()
        .into_iter()
        .filter(|(_, _, first, next)| {
            *next <= today && a.start_date <= *first && a.end_date.is_none_or(|e| e >= *next)
        })
        .collect()
}

/// Every measure's misses for the post `a` (of `role`) in `period`.
pub async fn count_all(
    db: &impl ConnectionTrait,
    a: &appointment::Model,
    role: SubsidyRole,
    period: &Period,
    today: NaiveDate,
    field: &FieldRules,
) -> AppResult<HashMap<AssessmentMeasure, Counted>> {
    let Some((from, to)) = period.span() else {
        return Ok(HashMap::new());
    };
    let months = counted_months(period, a, today);
    let mut out = HashMap::new();
    out.insert(
        AssessmentMeasure::InspectionQuota,
        quota(db, a, role, (from, to), &months, field).await?,
    );
    out.insert(
        AssessmentMeasure::HazardFollowUp,
        hazards(db, a, role, (from, to), today).await?,
    );
    let meetings = match role {
        SubsidyRole::VillageOfficer => village_meetings(db, a, period, &months).await?,
        SubsidyRole::GroupLiaison => Counted::default(),
    };
    out.insert(AssessmentMeasure::VillageMeetings, meetings);
    out.insert(
        AssessmentMeasure::NotebookCheck,
        notebooks(db, a, (from, to)).await?,
    );
    Ok(out)
}

async fn quota(
    db: &impl ConnectionTrait,
    a: &appointment::Model,
    role: SubsidyRole,
    (from, to): (NaiveDate, NaiveDate),
    months: &[Month],
    field: &FieldRules,
) -> AppResult<Counted> {
    let (kind, label, quota) = match role {
        SubsidyRole::VillageOfficer => (
            InspectionKind::VillageInspection,
            "检查",
            field.quota_village_officer,
        ),
        SubsidyRole::GroupLiaison => (
            InspectionKind::GroupPatrol,
            "巡查",
            field.quota_group_liaison,
        ),
    };
    let rows = inspection::Entity::find()
        .filter(inspection::Column::AppointmentId.eq(a.id))
        .filter(inspection::Column::Kind.eq(kind))
        .filter(inspection::Column::OccurredOn.gte(from))
        .filter(inspection::Column::OccurredOn.lt(to))
        .order_by_asc(inspection::Column::OccurredOn)
        .all(db)
        .await?;
    let mut out = Counted::default();
    for (_, month, first, next) in months {
        let done: Vec<_> = rows
            .iter()
            .filter(|i| i.occurred_on >= *first && i.occurred_on < *next)
            .collect();
        if u32::try_from(done.len()).unwrap_or(u32::MAX) < quota {
            out.misses += 1;
            out.evidence.push(Evidence {
                summary: format!("{month}月 {label} {}/{quota} 次", done.len()),
                record_ids: done.iter().map(|i| i.id).collect(),
            });
        }
    }
    Ok(out)
}

/// Hazards found at the post's node (a village and its groups for an
/// officer, the group for a liaison) whose deadline fell in the period and
/// has passed, and that were not closed by it.
async fn hazards(
    db: &impl ConnectionTrait,
    a: &appointment::Model,
    role: SubsidyRole,
    (from, to): (NaiveDate, NaiveDate),
    today: NaiveDate,
) -> AppResult<Counted> {
    let level = match role {
        SubsidyRole::VillageOfficer => Level::Village,
        SubsidyRole::GroupLiaison => Level::Group,
    };
    let range = GridCode::new(a.node_code, level).subtree();
    let rows = hazard::Entity::find()
        .filter(hazard::Column::NodeCode.between(range.lo, range.hi))
        .filter(hazard::Column::Deadline.gte(from))
        .filter(hazard::Column::Deadline.lt(to.min(today)))
        .order_by_asc(hazard::Column::Deadline)
        .order_by_asc(hazard::Column::Id)
        .all(db)
        .await?;
    let mut out = Counted::default();
    for h in rows {
        let Some(deadline) = h.deadline else { continue };
        let closed_on = h
            .closed_at
            .map(|c| c.with_timezone(&crate::clock::china()).date_naive());
        let closed_in_time = matches!(h.state, HazardState::Closed | HazardState::FixedOnSpot)
            && closed_on.is_none_or(|c| c <= deadline);
        if !closed_in_time {
            out.misses += 1;
            out.evidence.push(Evidence {
                summary: format!("隐患“{}” 限期 {deadline} 未按期销号", h.title),
                record_ids: vec![h.id],
            });
        }
    }
    Ok(out)
}

/// Meetings short of four a year, pro rata over the counted months (a
/// month's assessment counts the year up to that month's end).
async fn village_meetings(
    db: &impl ConnectionTrait,
    a: &appointment::Model,
    period: &Period,
    months: &[Month],
) -> AppResult<Counted> {
    let (Some(first), Some(last)) = (months.first(), months.last()) else {
        return Ok(Counted::default());
    };
    let from = match period.month {
        Some(_) => NaiveDate::from_ymd_opt(period.year, 1, 1).unwrap_or(first.2),
        None => first.2,
    };
    let rows = meeting::Entity::find()
        .filter(meeting::Column::NodeCode.eq(a.node_code))
        .filter(meeting::Column::Kind.eq(MeetingKind::VillageSafety))
        .filter(meeting::Column::HeldOn.gte(from))
        .filter(meeting::Column::HeldOn.lt(last.3))
        .order_by_asc(meeting::Column::HeldOn)
        .all(db)
        .await?;
    let span_months = match period.month {
        Some(m) => i64::from(m),
        None => i64::try_from(months.len()).unwrap_or(12),
    };
    let required = MEETINGS_A_YEAR * span_months / 12;
    let held = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    let short = (required - held).max(0);
    let mut out = Counted::default();
    if short > 0 {
        out.misses = i32::try_from(short).unwrap_or(i32::MAX);
        out.evidence.push(Evidence {
            summary: format!(
                "截至{}月 村级安全会议 {held}/{required} 次",
                last.3.pred_opt().map_or(12, |d| d.month())
            ),
            record_ids: rows.iter().map(|m| m.id).collect(),
        });
    }
    Ok(out)
}

async fn notebooks(
    db: &impl ConnectionTrait,
    a: &appointment::Model,
    (from, to): (NaiveDate, NaiveDate),
) -> AppResult<Counted> {
    let rows = notebook_check::Entity::find()
        .filter(notebook_check::Column::AppointmentId.eq(a.id))
        .filter(notebook_check::Column::Kept.eq(false))
        .filter(notebook_check::Column::CheckedOn.gte(from))
        .filter(notebook_check::Column::CheckedOn.lt(to))
        .order_by_asc(notebook_check::Column::CheckedOn)
        .all(db)
        .await?;
    Ok(Counted {
        misses: count(rows.len()),
        evidence: rows
            .iter()
            .map(|c| Evidence {
                summary: format!("笔记本抽查 {} 未认真填写", c.checked_on),
                record_ids: vec![c.id],
            })
            .collect(),
    })
}
