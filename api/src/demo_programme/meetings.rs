//! A year of meetings: each township's monthly safety meeting (one in eight
//! without the grid work on its agenda), its leading group each quarter,
//! and each village's safety meetings — four a year, but one village in six
//! held only three, so the year table has a shortfall to show.
use super::Demo;
use crate::divisions::synth::hash;
use crate::grid::code::Level;
use chrono::{Datelike, Duration, NaiveDate, TimeZone};
use entity::appointment::AppointmentRole;
use entity::meeting::{self, MeetingKind};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

const TOWNSHIP_TOPICS: [&str; 4] = [
    "通报上月隐患排查整改情况，部署本月网格巡查",
    "传达县安委办通知，研究汛期防溺水工作",
    "听取各村安全员履职情况汇报，安排森林防火",
    "分析道路交通安全形势，落实挂包村责任",
];
const VILLAGE_TOPICS: [&str; 4] = [
    "布置村民组巡查，讲解柴草堆放和用电安全",
    "防溺水、野生菌中毒提醒，红白喜事报备",
    "冬春火灾防范，排查独居老人用火用电",
    "机动车劝导和农村道路交通安全",
];

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = meeting::Entity::find()
        .filter(meeting::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let mut rows = Vec::new();
    for township in demo.at(Level::Township) {
        for back in 0..12 {
            let month = months_back(today, back);
            let seed = hash(township.code, 7_000 + back as u64);
            let day = month + Duration::days(3 + (seed % 12) as i64);
            let covers = !seed.is_multiple_of(8);
            let topics = TOWNSHIP_TOPICS[(seed % 4) as usize];
            rows.extend(row(
                demo,
                township,
                MeetingKind::TownshipMonthly,
                day,
                topics,
                covers,
                seed,
            ));
            if back % 3 == 1 {
                let day = month + Duration::days(15 + (seed % 10) as i64);
                rows.extend(row(
                    demo,
                    township,
                    MeetingKind::LeadingGroup,
                    day,
                    "研究网格化管理推进情况和考核办法",
                    true,
                    seed,
                ));
            }
        }
    }
    for village in demo.at(Level::Village) {
        let short = hash(village.code, 7_100).is_multiple_of(6);
        for quarter in 0..4 {
            if short && quarter == 0 {
                continue;
            }
            let seed = hash(village.code, 7_200 + quarter);
            let month = months_back(today, quarter as u32 * 3 + (seed % 3) as u32);
            let day = month + Duration::days(1 + (seed % 25) as i64);
            let topics = VILLAGE_TOPICS[quarter as usize];
            rows.extend(row(
                demo,
                village,
                MeetingKind::VillageSafety,
                day,
                topics,
                true,
                seed,
            ));
        }
    }
    let made = rows.len();
    for chunk in rows.chunks(300) {
        meeting::Entity::insert_many(chunk.iter().cloned().map(meeting::ActiveModel::from))
            .exec(demo.db)
            .await?;
    }
    tracing::info!(meetings = made, "demo meetings loaded");
    Ok(())
}

/// The first day of the month `back` months before today's.
fn months_back(today: NaiveDate, back: u32) -> NaiveDate {
    let index = today.year() * 12 + today.month0() as i32 - back as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(today)
}

fn row(
    demo: &Demo<'_>,
    node: &entity::grid_node::Model,
    kind: MeetingKind,
    held_on: NaiveDate,
    topics: &str,
    covers_grid_work: bool,
    seed: u64,
) -> Option<meeting::Model> {
    if held_on > demo.clock.today() {
        return None;
    }
    // The posts at and below the node: the village's officer and its
    // groups' liaisons, or the township's own and its villages' officers.
    let range = crate::grid::code::GridCode::new(node.code, level_of(node)).subtree();
    let attendees: Vec<Uuid> = demo
        .appointments
        .iter()
        .filter(|a| range.contains(a.node_code))
        .filter(|a| kind != MeetingKind::TownshipMonthly || a.role != AppointmentRole::GroupLiaison)
        .map(|a| a.person_id)
        .collect();
    let chair = demo
        .appointments
        .iter()
        .find(|a| a.node_id == node.id)
        .map(|a| a.person_id);
    let author_id = demo.author_of(chair)?;
    let at = crate::clock::china()
        .from_local_datetime(&held_on.and_hms_opt(18, 0, 0)?)
        .single()?
        .with_timezone(&chrono::Utc);
    Some(meeting::Model {
        // Node code, kind and day make a meeting unique: so does the id.
        id: Uuid::from_u64_pair(
            node.code as u64,
            (held_on.num_days_from_ce() as u64) << 8 | kind.to_value().len() as u64,
        ),
        node_id: node.id,
        node_code: node.code,
        kind,
        held_on,
        topics: topics.into(),
        covers_grid_work,
        attendee_ids: serde_json::to_string(&attendees).ok()?,
        attendee_count: attendees.len() as i32 + (seed % 9) as i32,
        minutes: format!("{topics}。会议由{}主持，参会人员签到。", node.name),
        author_id,
        idempotency_key: format!("demo-meeting-{}-{}-{held_on}", node.code, kind.to_value()),
        version: 1,
        created_at: at,
        updated_at: at,
    })
}

fn level_of(node: &entity::grid_node::Model) -> Level {
    Level::from_number(node.level).unwrap_or(Level::Group)
}
