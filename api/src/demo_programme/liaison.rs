//! The group liaison's demo year: per villager group a few ceremony
//! notices each with its on-site reminder, 3–8 registered vehicles (some
//! unlicensed, the odd one retired), some persuasion talks, and a seasonal
//! warning per season (straw and fire in winter and spring, swimming and
//! wasps in summer, mushrooms in the rainy season, roads at festivals).
//! Deterministic: every choice comes from the group's code.
use super::Demo;
use crate::grid::code::Level;
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use entity::ceremony_notice::CeremonyKind;
use entity::persuasion::PersuasionReason;
use entity::seasonal_warning::WarningTopic;
use entity::vehicle::VehicleKind;
use entity::{
    ceremony_notice as cn, on_site_reminder as osr, persuasion as pe, seasonal_warning as sw,
    vehicle as ve,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

const HOSTS: [&str; 6] = ["张家", "王家", "李家", "杨家", "陈家", "罗家"];
const OWNERS: [&str; 6] = ["张明", "王德贵", "李光荣", "杨正华", "陈兴国", "罗永福"];
const DRIVERS: [&str; 4] = ["赵四", "刘二", "周勇", "吴海"];
const KINDS: [VehicleKind; 5] = [
    VehicleKind::Motorcycle,
    VehicleKind::Tricycle,
    VehicleKind::Car,
    VehicleKind::Van,
    VehicleKind::Tractor,
];
const REASONS: [PersuasionReason; 4] = [
    PersuasionReason::NoHelmet,
    PersuasionReason::DrunkDriving,
    PersuasionReason::PassengersOnCargo,
    PersuasionReason::Overloading,
];
/// A warning per season: (month, day, topic).
const SEASONS: [(u32, u32, WarningTopic); 5] = [
    (2, 10, WarningTopic::Fire),
    (4, 2, WarningTopic::FirewoodStraw),
    (6, 20, WarningTopic::WildMushrooms),
    (7, 15, WarningTopic::UnsafeSwimming),
    (9, 25, WarningTopic::RoadTraffic),
];

fn at(day: NaiveDate, hour: u32) -> chrono::DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default()))
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let present = cn::Entity::find()
        .filter(cn::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if present > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let now = demo.clock.now();
    let (mut notices, mut reminders, mut vehicles, mut talks, mut warnings) =
        (vec![], vec![], vec![], vec![], vec![]);
    for g in demo.at(Level::Group) {
        let liaison = demo
            .appointments
            .iter()
            .find(|a| a.node_code == g.code)
            .map(|a| a.person_id);
        let Some(author) = demo.author_of(liaison) else {
            continue;
        };
        let seed = g.code % 997;
        let stamp = |key: String| (Uuid::new_v4(), key);
        for i in 0..(2 + seed % 2) {
            let noticed = today - Duration::days(20 + (seed * 7 + i * 97) % 300);
            let held = noticed + Duration::days(3 + i);
            let (id, key) = stamp(format!("demo-cn-{}-{i}", g.code));
            notices.push(cn::ActiveModel {
                id: Set(id),
                node_id: Set(g.id),
                node_code: Set(g.code),
                kind: Set(if (seed + i) % 3 == 0 {
                    CeremonyKind::Funeral
                } else {
                    CeremonyKind::Wedding
                }),
                host_name: Set(HOSTS[((seed + i) % 6) as usize].into()),
                noticed_on: Set(noticed),
                held_on: Set(held),
                place: Set(format!("{}院坝", g.name)),
                expected_guests: Set(60 + ((seed * 13 + i) % 240) as i32),
                notes: Set("已提醒厨房用气、用电，燃放烟花远离柴草".into()),
                author_id: Set(author),
                idempotency_key: Set(key),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
            let (rid, rkey) = stamp(format!("demo-osr-{}-{i}", g.code));
            reminders.push(osr::ActiveModel {
                id: Set(rid),
                node_id: Set(g.id),
                node_code: Set(g.code),
                ceremony_notice_id: Set(id),
                reminded_at: Set(at(held, 2)),
                reminded_on: Set(held),
                topics: Set(r#"["FOOD_SAFETY","GAS","DRINK_DRIVING"]"#.into()),
                notes: Set("现场查看灶台与液化气瓶".into()),
                author_id: Set(author),
                idempotency_key: Set(rkey),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
        }
        let count = 3 + seed % 6;
        let mut first_vehicle = None;
        for i in 0..count {
            let (id, key) = stamp(format!("demo-ve-{}-{i}", g.code));
            first_vehicle.get_or_insert(id);
            let retired = i == 4 && seed % 2 == 0;
            vehicles.push(ve::ActiveModel {
                id: Set(id),
                node_id: Set(g.id),
                node_code: Set(g.code),
                plate: Set(format!("贵C{:05}", (g.code % 90_000 + i * 1_111) % 100_000)),
                kind: Set(KINDS[((seed + i) % 5) as usize]),
                owner_name: Set(OWNERS[((seed + i) % 6) as usize].into()),
                owner_phone: Set(format!("138{:08}", (g.code * 7 + i) % 100_000_000)),
                licensed: Set((seed + i) % 4 != 0),
                registered_on: Set(today - Duration::days(300 - i * 5)),
                retired_on: Set(retired.then(|| today - Duration::days(40))),
                retired_reason: Set(retired.then(|| "已报废".to_string())),
                author_id: Set(author),
                idempotency_key: Set(key),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
        }
        for i in 0..(1 + seed % 3) {
            let day = today - Duration::days(10 + (seed * 11 + i * 53) % 280);
            let (id, key) = stamp(format!("demo-pe-{}-{i}", g.code));
            talks.push(pe::ActiveModel {
                id: Set(id),
                node_id: Set(g.id),
                node_code: Set(g.code),
                vehicle_id: Set(if i == 0 { first_vehicle } else { None }),
                driver_name: Set(DRIVERS[((seed + i) % 4) as usize].into()),
                talked_at: Set(at(day, 10)),
                talked_on: Set(day),
                reason: Set(REASONS[((seed + i) % 4) as usize]),
                notes: Set("当面劝导，本人表示改正".into()),
                author_id: Set(author),
                idempotency_key: Set(key),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
        }
        for (i, (m, d, topic)) in SEASONS.iter().enumerate() {
            let Some(day) = NaiveDate::from_ymd_opt(chrono::Datelike::year(&today), *m, *d) else {
                continue;
            };
            let day = if day > today {
                day - Duration::days(365)
            } else {
                day
            };
            let (id, key) = stamp(format!("demo-sw-{}-{i}", g.code));
            warnings.push(sw::ActiveModel {
                id: Set(id),
                node_id: Set(g.id),
                node_code: Set(g.code),
                topic: Set(*topic),
                given_at: Set(at(day, 1)),
                given_on: Set(day),
                households: Set(20 + (seed % 30) as i32),
                notes: Set("入户提醒并在群里发通知".into()),
                author_id: Set(author),
                idempotency_key: Set(key),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            });
        }
    }
    for chunk in notices.chunks(200) {
        cn::Entity::insert_many(chunk.to_vec())
            .exec(demo.db)
            .await?;
    }
    for chunk in reminders.chunks(200) {
        osr::Entity::insert_many(chunk.to_vec())
            .exec(demo.db)
            .await?;
    }
    for chunk in vehicles.chunks(200) {
        ve::Entity::insert_many(chunk.to_vec())
            .exec(demo.db)
            .await?;
    }
    for chunk in talks.chunks(200) {
        pe::Entity::insert_many(chunk.to_vec())
            .exec(demo.db)
            .await?;
    }
    for chunk in warnings.chunks(200) {
        sw::Entity::insert_many(chunk.to_vec())
            .exec(demo.db)
            .await?;
    }
    Ok(())
}
