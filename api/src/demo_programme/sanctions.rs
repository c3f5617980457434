//! The county's sanction register for the demo: after the 2018 build-out,
//! a warning interview (警示约谈) for each township the records show late
//! with its roster (the first deadline), decided in July 2018, so
//! the register has a year of decisions and this year's proposals stand
//! beside it undecided.
use super::leaders::at_six_pm;
use super::Demo;
use crate::campaigns::progress::{self, MilestoneStatus};
use crate::grid::code::Level;
use chrono::NaiveDate;
use entity::campaign_milestone::MilestoneKind;
use entity::sanction::{self, SanctionKind};
use entity::{campaign, campaign_milestone};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = sanction::Entity::find()
        .filter(sanction::Column::SubjectCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    let Some(clerk) = demo.clerk().cloned() else {
        return Ok(());
    };
    if existing > 0 {
        return Ok(());
    }
    let Some(build_out) = campaign::Entity::find()
        .filter(campaign::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .filter(campaign::Column::Year.eq(2018))
        .one(demo.db)
        .await?
    else {
        return Ok(());
    };
    let milestones = campaign_milestone::Entity::find()
        .filter(campaign_milestone::Column::CampaignId.eq(build_out.id))
        .order_by_asc(campaign_milestone::Column::Position)
        .all(demo.db)
        .await?;
    let Some(decided_on) = NaiveDate::from_ymd_opt(2018, 7, 12) else {
        return Ok(());
    };
    let Some(at) = at_six_pm(decided_on) else {
        return Ok(());
    };
    let rows = progress::compute(demo.db, &milestones, 2018, demo.county, decided_on)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    for t in rows {
        let late: Vec<&str> = t
            .milestones
            .iter()
            .filter(|m| {
                matches!(
                    m.status,
                    MilestoneStatus::DoneLate | MilestoneStatus::NotDone
                )
            })
            .map(|m| m.milestone.title.as_str())
            .collect();
        // The county interviewed the townships late with the names and
        // phones (the first deadline); the rest were told to catch up.
        let roster_late = t.milestones.iter().any(|m| {
            m.milestone.kind == MilestoneKind::RosterSubmitted
                && matches!(
                    m.status,
                    MilestoneStatus::DoneLate | MilestoneStatus::NotDone
                )
        });
        if !roster_late || t.township.level != Level::Township.number() {
            continue;
        }
        let id = Uuid::from_u64_pair(t.township.code as u64, 9_600 + 2018);
        sanction::Model {
            id,
            kind: SanctionKind::WarningInterview,
            year: 2018,
            subject_node_id: t.township.id,
            subject_code: t.township.code,
            appointment_id: None,
            person_id: None,
            decided_on,
            reason: format!(
                "未按期完成：{}。县安委办约谈{}主要负责人，限期整改。",
                late.join("；"),
                t.township.name
            ),
            decided_by: clerk.id,
            decided_by_person: clerk.person_id,
            idempotency_key: format!("demo-sanction-{}", id.simple()),
            created_at: at,
        }
        .into_active_model()
        .reset_all()
        .insert(demo.db)
        .await?;
    }
    Ok(())
}
