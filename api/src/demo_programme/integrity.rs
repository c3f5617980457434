//! The demo county's integrity signals (诚信预警), so the county's list is
//! alive on first start: in 龙泉街道 two group liaisons of one village
//! give one phone number (a husband and wife, it will turn out), and a
//! village officer of 何坝街道 typed four inspections into the phone within
//! nine minutes last night. Written directly like the other demo records,
//! then found by the real scan (`integrity_signals::run`), which also finds
//! whatever else the demo's records hold.
use super::Demo;
use crate::grid::code::Level;
use crate::integrity_signals::run;
use chrono::{Duration, TimeZone};
use entity::appointment::AppointmentRole;
use entity::{appointment, grid_node, inspection, integrity_signal, person};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

/// Minutes after 20:00 China time of the four records, and what each says.
const BURST: [(i64, &str, &str); 4] = [
    (1, "FIRE", "入户检查柴草堆放、灶前用火情况"),
    (3, "ROAD_TRAFFIC", "检查村道警示标志"),
    (6, "POWER_LINES", "查看村内电力线路"),
    (9, "FOOD", "提醒农户不采食野生菌"),
];

fn under<'a>(demo: &'a Demo<'_>, name: &str, level: Level) -> Option<&'a grid_node::Model> {
    demo.at(level).find(|n| n.name == name)
}

fn in_subtree(parent: &grid_node::Model, code: i64) -> bool {
    let level = Level::from_number(parent.level).unwrap_or(Level::Group);
    crate::grid::code::GridCode::new(parent.code, level)
        .subtree()
        .contains(code)
}

/// The posts of `role` below `top`, in code order.
fn posts<'a>(
    demo: &'a Demo<'_>,
    top: &grid_node::Model,
    role: AppointmentRole,
) -> Vec<&'a appointment::Model> {
    let mut list: Vec<_> = demo
        .appointments
        .iter()
        .filter(|a| a.role == role && in_subtree(top, a.node_code))
        .collect();
    list.sort_by_key(|a| a.node_code);
    list
}

/// The second liaison of 龙泉街道's first village with two takes the first's phone.
async fn shared_phone(demo: &Demo<'_>) -> anyhow::Result<()> {
    let Some(longquan) = under(demo, "龙泉街道", Level::Township) else {
        return Ok(());
    };
    let liaisons = posts(demo, longquan, AppointmentRole::GroupLiaison);
    let pair = liaisons
        .windows(2)
        .find(|w| w[0].node_code / 1000 == w[1].node_code / 1000);
    let Some([first, second]) = pair else {
        return Ok(());
    };
    let Some(phone) = person::Entity::find_by_id(first.person_id)
        .one(demo.db)
        .await?
        .map(|p| p.phone)
    else {
        return Ok(());
    };
    let Some(other) = person::Entity::find_by_id(second.person_id)
        .one(demo.db)
        .await?
    else {
        return Ok(());
    };
    let mut active: person::ActiveModel = other.into();
    active.phone = Set(phone);
    active.update(demo.db).await?;
    Ok(())
}

/// Four inspections within nine minutes by 何坝街道's second village officer.
async fn burst(demo: &Demo<'_>) -> anyhow::Result<()> {
    let Some(heba) = under(demo, "何坝街道", Level::Township) else {
        return Ok(());
    };
    let officers = posts(demo, heba, AppointmentRole::VillageOfficer);
    let Some(post) = officers.get(1).or(officers.first()) else {
        return Ok(());
    };
    let yesterday = demo.clock.today() - Duration::days(1);
    let china = crate::clock::china();
    let Some(evening) = yesterday
        .and_hms_opt(20, 0, 0)
        .and_then(|t| china.from_local_datetime(&t).single())
    else {
        return Ok(());
    };
    for (minutes, sector, note) in BURST {
        let at = (evening + Duration::minutes(minutes)).to_utc();
        let row = inspection::Model {
            id: Uuid::new_v4(),
            node_id: post.node_id,
            node_code: post.node_code,
            kind: entity::inspection::InspectionKind::VillageInspection,
            occurred_at: at,
            occurred_on: yesterday,
            person_id: Some(post.person_id),
            appointment_id: Some(post.id),
            author_id: demo.author_of(Some(post.person_id)).unwrap_or_default(),
            sectors: serde_json::to_string(&[sector])?,
            notes: note.to_string(),
            latitude: None,
            longitude: None,
            accuracy_m: None,
            idempotency_key: format!("demo-burst-{}", Uuid::new_v4().simple()),
            version: 1,
            created_at: at,
            updated_at: at,
        };
        inspection::ActiveModel::from(row).insert(demo.db).await?;
    }
    Ok(())
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = integrity_signal::Entity::find()
        .filter(integrity_signal::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    shared_phone(demo).await?;
    burst(demo).await?;
    let outcome = run::by_server(demo.db, demo.county, demo.clock.now(), demo.clock.today())
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    tracing::info!(signals = outcome.found, "demo integrity signals found");
    Ok(())
}
