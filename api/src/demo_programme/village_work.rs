//! A village's year of its own programme work, typed up by its officer:
//! one emergency drill before the flood season, two or three publicity
//! sessions, and the year's work plan adopted early in the year.
use super::trainings::day;
use super::Demo;
use crate::grid::code::Level;
use chrono::{Datelike, NaiveDate};
use entity::{drill, grid_node, publicity, work_plan};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

const SCENARIOS: [&str; 4] = [
    "山洪灾害避险转移演练",
    "森林火灾扑救演练",
    "地质灾害隐患点撤离演练",
    "农房火灾疏散演练",
];
const TOPICS: [&str; 5] = [
    "防溺水安全教育",
    "不采食野生菌",
    "柴草堆放与用火安全",
    "农村道路交通安全",
    "马蜂窝处置常识",
];

/// The year's plan: adopted in mid-January, or last December when today
/// is before that (a plan for the coming year).
fn adopted(today: NaiveDate, village: &grid_node::Model) -> (i32, NaiveDate) {
    let offset = (village.code % 10) as u32;
    let mid_january = NaiveDate::from_ymd_opt(today.year(), 1, 10 + offset).unwrap_or(today);
    if mid_january <= today {
        (today.year(), mid_january)
    } else {
        (today.year(), day(today, 20))
    }
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = drill::Entity::find()
        .filter(drill::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let now = demo.clock.now();
    for (n, village) in demo.at(Level::Village).enumerate() {
        let officer = demo
            .appointments
            .iter()
            .find(|a| {
                a.node_id == village.id
                    && a.role == entity::appointment::AppointmentRole::VillageOfficer
            })
            .map(|a| a.person_id);
        let Some(author) = demo.author_of(officer) else {
            continue;
        };
        let seed = village.code as usize + n;
        drill::ActiveModel {
            id: Set(Uuid::new_v4()),
            node_id: Set(village.id),
            node_code: Set(village.code),
            held_on: Set(day(today, 190 + (seed % 40) as i64)),
            scenario: Set(SCENARIOS[seed % SCENARIOS.len()].into()),
            participant_count: Set(20 + (seed % 30) as i32),
            notes: Set("演练后召开总结会，完善应急预案".into()),
            author_id: Set(author),
            idempotency_key: Set(format!("demo-drill-{}", village.code)),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(demo.db)
        .await?;
        let sessions = 2 + seed % 2;
        for s in 0..sessions {
            publicity::ActiveModel {
                id: Set(Uuid::new_v4()),
                node_id: Set(village.id),
                node_code: Set(village.code),
                held_on: Set(day(today, 30 + 100 * s as i64 + (seed % 25) as i64)),
                topic: Set(TOPICS[(seed + s) % TOPICS.len()].into()),
                audience_count: Set(30 + ((seed + 7 * s) % 50) as i32),
                notes: Set(String::new()),
                author_id: Set(author),
                idempotency_key: Set(format!("demo-publicity-{}-{s}", village.code)),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(demo.db)
            .await?;
        }
        let (year, adopted_on) = adopted(today, village);
        work_plan::ActiveModel {
            id: Set(Uuid::new_v4()),
            node_id: Set(village.id),
            node_code: Set(village.code),
            year: Set(year),
            adopted_on: Set(adopted_on),
            title: Set(format!("{}{year}年安全生产工作计划", village.name)),
            content: Set("每季度召开一次村级安全会议；汛期前组织一次应急演练；每月开展安全宣传；按月完成四次巡查并记入工作笔记本".into()),
            author_id: Set(author),
            idempotency_key: Set(format!("demo-work-plan-{}-{year}", village.code)),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(demo.db)
        .await?;
    }
    Ok(())
}
