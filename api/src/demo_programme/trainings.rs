//! Two trainings per township in the last year, between them every
//! officer and liaison in post (officers at the first, liaisons at the
//! second); a post without a training date gets the first it attended.
use super::Demo;
use crate::grid::code::{GridCode, Level};
use chrono::{Duration, NaiveDate};
use entity::appointment::AppointmentRole;
use entity::{appointment, training};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// Days before today of a township's two sessions (the second varies by
/// township so the year table is not a grid of equal dates).
fn days_ago(township_code: i64, session: usize) -> i64 {
    let spread = (township_code / 1_000_000 % 7) * 9;
    if session == 0 {
        300 - spread
    } else {
        120 - spread / 3
    }
}

pub fn day(today: NaiveDate, days_ago: i64) -> NaiveDate {
    today - Duration::days(days_ago)
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = training::Entity::find()
        .filter(training::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let now = demo.clock.now();
    for township in demo.at(Level::Township) {
        let range = GridCode::new(township.code, Level::Township).subtree();
        let author = demo
            .accounts
            .iter()
            .find(|a| a.node_code == township.code && a.role == entity::account::Role::Admin)
            .or_else(|| demo.clerk())
            .map(|a| a.id);
        let Some(author) = author else { continue };
        let posts: Vec<&appointment::Model> = demo
            .appointments
            .iter()
            .filter(|a| range.contains(a.node_code))
            .collect();
        for (session, role) in [
            AppointmentRole::VillageOfficer,
            AppointmentRole::GroupLiaison,
        ]
        .into_iter()
        .enumerate()
        {
            let held_on = day(today, days_ago(township.code, session));
            let attendees: Vec<&&appointment::Model> = posts
                .iter()
                .filter(|a| a.role == role && a.start_date <= held_on)
                .collect();
            if attendees.is_empty() {
                continue;
            }
            let ids: Vec<Uuid> = attendees.iter().map(|a| a.id).collect();
            let (title, topics) = if session == 0 {
                (
                    "村级安全员业务培训",
                    "安全生产法规、隐患排查方法、工作笔记本填写",
                )
            } else {
                (
                    "组级安全联络员培训",
                    "红白喜事打招呼、跟场提醒、季节性安全提醒",
                )
            };
            training::ActiveModel {
                id: Set(Uuid::new_v4()),
                node_id: Set(township.id),
                node_code: Set(township.code),
                held_on: Set(held_on),
                title: Set(title.into()),
                attendee_appointment_ids: Set(serde_json::to_string(&ids)?),
                attendee_count: Set(ids.len() as i32),
                notes: Set(String::new()),
                topics: Set(topics.into()),
                duration_minutes: Set(Some(180)),
                author_id: Set(author),
                idempotency_key: Set(format!("demo-training-{}-{session}", township.code)),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(demo.db)
            .await?;
            for post in attendees.iter().filter(|a| a.training_date.is_none()) {
                let mut active = (**post).clone().into_active_model();
                active.training_date = Set(Some(held_on));
                active.update(demo.db).await?;
            }
        }
    }
    Ok(())
}
