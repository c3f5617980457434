//! The townships' leaders for the demo year: three leaders per township
//! (the first in charge of safety), the villages shared among them (挂包村),
//! a visit a month to one assigned village — but one leader-month in nine
//! missed —, and a duty report for each past month, one in seven without
//! the grid work and one in twelve not filed, so the month table's leader
//! columns have something to show both ways.
use super::Demo;
use crate::divisions::synth::{hash, mobile, person_name};
use crate::grid::code::{GridCode, Level};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use entity::{appointment, duty_report, inspection, person, village_assignment};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

const LEADERS_PER_TOWNSHIP: usize = 3;
const MONTHS: u32 = 12;
const SUMMARIES: [&str; 4] = [
    "走访挂包村，检查村安全员巡查台账，督促整改隐患",
    "参加挂包村安全会议，部署防溺水和森林防火",
    "检查挂包村红白喜事报备和机动车劝导落实情况",
    "听取挂包村网格员工作汇报，研究解决补贴发放问题",
];
const WITHOUT_GRID: &str = "参加乡党委会议，落实信访维稳和项目建设工作";

fn months_back(today: NaiveDate, back: u32) -> NaiveDate {
    let index = today.year() * 12 + today.month0() as i32 - back as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(today)
}

pub(super) fn at_six_pm(day: NaiveDate) -> Option<chrono::DateTime<Utc>> {
    Some(
        crate::clock::china()
            .from_local_datetime(&day.and_hms_opt(18, 0, 0)?)
            .single()?
            .with_timezone(&Utc),
    )
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .filter(appointment::Column::Role.eq("TOWNSHIP_LEADER"))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let Some(clerk) = demo.clerk().map(|a| a.id) else {
        return Ok(());
    };
    let today = demo.clock.today();
    let start = months_back(today, MONTHS);
    let Some(stamp) = at_six_pm(start) else {
        return Ok(());
    };
    let (mut people, mut posts, mut assignments, mut visits, mut reports) =
        (vec![], vec![], vec![], vec![], vec![]);
    for (t, township) in demo.at(Level::Township).enumerate() {
        let range = GridCode::new(township.code, Level::Township).subtree();
        let villages: Vec<_> = demo
            .at(Level::Village)
            .filter(|v| range.contains(v.code))
            .collect();
        for k in 0..LEADERS_PER_TOWNSHIP {
            let seed = hash(township.code, 8_000 + k as u64);
            let person_id = Uuid::from_u64_pair(township.code as u64, 8_000 + k as u64);
            let post_id = Uuid::from_u64_pair(township.code as u64, 8_100 + k as u64);
            people.push(person::Model {
                id: person_id,
                node_id: township.id,
                node_code: township.code,
                name: person_name(seed, !seed.is_multiple_of(4)),
                phone: mobile(90_000_000 + (t * 10 + k) as u64, seed),
                id_number: None,
                auxiliary_post: None,
                version: 1,
                created_at: stamp,
                updated_at: stamp,
            });
            posts.push(appointment::Model {
                id: post_id,
                person_id,
                node_id: township.id,
                node_code: township.code,
                role: entity::appointment::AppointmentRole::TownshipLeader,
                start_date: start,
                end_date: None,
                training_date: None,
                notebook_issued_date: None,
                in_charge_of_safety: k == 0,
                version: 1,
                created_by: Some(clerk),
                created_at: stamp,
                updated_at: stamp,
            });
            // Villages dealt round the leaders like cards.
            let mine: Vec<_> = villages
                .iter()
                .enumerate()
                .filter(|(i, _)| i % LEADERS_PER_TOWNSHIP == k)
                .map(|(_, v)| *v)
                .collect();
            for v in &mine {
                assignments.push(village_assignment::Model {
                    id: Uuid::from_u64_pair(v.code as u64, 8_200),
                    appointment_id: post_id,
                    village_id: v.id,
                    village_code: v.code,
                    township_code: township.code,
                    since: start,
                    until: None,
                    created_by: clerk,
                    created_at: stamp,
                });
            }
            for back in 0..MONTHS {
                let month = months_back(today, back);
                let h = hash(township.code, seed ^ u64::from(back));
                if !mine.is_empty() && !h.is_multiple_of(9) {
                    let v = mine[(h as usize / 9) % mine.len()];
                    let day = month + Duration::days(2 + (h % 20) as i64);
                    if day <= today {
                        visits.extend(visit(post_id, person_id, v, day, clerk));
                    }
                }
                // The current month is still open: its report comes later.
                if back == 0 || h % 12 == 5 {
                    continue;
                }
                let covers = h % 7 != 3;
                let filed = month + Duration::days(27);
                let Some(at) = at_six_pm(filed.min(today)) else {
                    continue;
                };
                reports.push(duty_report::Model {
                    id: Uuid::from_u64_pair(
                        township.code as u64,
                        (k as u64) << 32 | month.num_days_from_ce() as u64,
                    ),
                    appointment_id: post_id,
                    person_id,
                    node_id: township.id,
                    node_code: township.code,
                    reported_on: month,
                    month: month.format("%Y-%m").to_string(),
                    covers_grid_work: covers,
                    summary: if covers {
                        SUMMARIES[(h % 4) as usize].into()
                    } else {
                        WITHOUT_GRID.into()
                    },
                    author_id: clerk,
                    idempotency_key: format!(
                        "demo-duty-{}-{}",
                        post_id.simple(),
                        month.format("%Y-%m")
                    ),
                    version: 1,
                    created_at: at,
                    updated_at: at,
                });
            }
        }
    }
    // A few hundred rows: one insert each keeps this simple.
    for p in people {
        p.into_active_model().reset_all().insert(demo.db).await?;
    }
    for a in posts {
        a.into_active_model().reset_all().insert(demo.db).await?;
    }
    for a in assignments {
        a.into_active_model().reset_all().insert(demo.db).await?;
    }
    for v in visits {
        v.into_active_model().reset_all().insert(demo.db).await?;
    }
    for r in reports {
        r.into_active_model().reset_all().insert(demo.db).await?;
    }
    Ok(())
}

fn visit(
    post_id: Uuid,
    person_id: Uuid,
    village: &entity::grid_node::Model,
    day: NaiveDate,
    author: Uuid,
) -> Option<inspection::Model> {
    let at = crate::clock::china()
        .from_local_datetime(&day.and_hms_opt(10, 30, 0)?)
        .single()?
        .with_timezone(&Utc);
    Some(inspection::Model {
        id: Uuid::from_u64_pair(village.code as u64 ^ 0x1EAD, day.num_days_from_ce() as u64),
        node_id: village.id,
        node_code: village.code,
        kind: entity::inspection::InspectionKind::LeaderVisit,
        occurred_at: at,
        occurred_on: day,
        person_id: Some(person_id),
        appointment_id: Some(post_id),
        author_id: author,
        sectors: "[]".into(),
        notes: "包村领导走访，查看村安全员工作台账和隐患整改".into(),
        latitude: None,
        longitude: None,
        accuracy_m: None,
        idempotency_key: format!("demo-visit-{}-{day}", village.code),
        version: 1,
        created_at: at,
        updated_at: at,
    })
}
