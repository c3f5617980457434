//! The demo county's assessments (考核) of last year: every village
//! officer of a township with a login (何坝街道, 龙泉街道) assessed by the
//! township and approved by the county, every liaison of 凌云村 assessed
//! by the village officer and approved by 何坝街道. The forms are filled
//! from the demo's records by the built-in rules, as the service fills
//! them, and adjusted by the assessor from the paper notebooks where the
//! records are missing; most are approved and pass, a few submitted or in
//! draft, and one officer fails (检查频次 marked down with a note), so the
//! ledger shows deductions. Written directly, like the other demo records, before the
//! payrolls so that last year's paid payrolls carry the deductions.
use super::Demo;
use crate::assessments::form::{self, Item};
use crate::assessments::period::Period;
use crate::assessments::{rules, start};
use crate::field_rules::FieldRules;
use crate::subsidies::ledger::subsidy_role;
use chrono::{Datelike, NaiveDate};
use entity::account::{self, Role};
use entity::assessment::{self, AssessmentStatus};
use entity::{appointment, subsidy_standard::SubsidyRole};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

/// (the assessor's login, the approver's login, the post assessed)
const BOOKS: [(&str, &str, SubsidyRole); 3] = [
    ("heba", "fenggang", SubsidyRole::VillageOfficer),
    ("longquan", "fenggang", SubsidyRole::VillageOfficer),
    ("lingyun", "heba", SubsidyRole::GroupLiaison),
];

fn morning(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    day.and_hms_opt(2, 0, 0).unwrap_or_default().and_utc()
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = assessment::Entity::find()
        .filter(assessment::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = demo.clock.today();
    let year = today.year() - 1;
    let period = Period { year, month: None };
    let (Some((from, _)), Some(made_on)) = (period.span(), NaiveDate::from_ymd_opt(year, 12, 15))
    else {
        return Ok(());
    };
    let field = FieldRules::default();
    let login = |name: &str| demo.accounts.iter().find(|a| a.username == name);
    let mut serial = 0usize;
    for (assessor, approver, role) in BOOKS {
        let (Some(assessor), Some(approver)) = (login(assessor), login(approver)) else {
            continue;
        };
        let range = crate::grid::code::GridCode::new(
            assessor.node_code,
            crate::grid::code::Level::from_number(node_level(demo, assessor))
                .unwrap_or(crate::grid::code::Level::Township),
        )
        .subtree();
        let posts: Vec<&appointment::Model> = demo
            .appointments
            .iter()
            .filter(|a| range.contains(a.node_code) && subsidy_role(&a.role) == Some(role))
            .filter(|a| a.start_date <= from && Some(a.person_id) != assessor.person_id)
            .collect();
        for post in posts {
            serial += 1;
            let node = start::post_node(role, post.node_code);
            let set = rules::effective_for(demo.db, node, role)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            let items = start::fill(demo.db, (today, &field), post, &set, &period)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            let items = scored(items, serial);
            write(
                demo,
                post,
                (assessor, approver),
                &set,
                &period,
                items,
                serial,
                made_on,
            )
            .await?;
        }
    }
    Ok(())
}

fn node_level(demo: &Demo<'_>, a: &account::Model) -> i16 {
    demo.nodes
        .iter()
        .find(|n| n.id == a.node_id)
        .map_or(4, |n| n.level)
}

/// The assessor's marks: manual items a little below full; the items the
/// records fill taken from the paper notebooks where last year's records
/// were never entered (the county started with the system this year), so
/// most pass; and the second post assessed marked down for its
/// inspections (the one failing).
fn scored(mut items: Vec<Item>, serial: usize) -> Vec<Item> {
    let off = i32::try_from(serial % 3).unwrap_or(0) * 2;
    for i in items.iter_mut() {
        if i.auto_points.is_none() {
            i.points = Some((i.max_points - off).max(0));
            i.note = (off > 0).then(|| "部分职责台账不全".to_string());
        } else if serial != 2 && i.auto_points.is_some_and(|p| p < i.max_points) {
            i.points = Some((i.max_points - off).max(i.auto_points.unwrap_or(0)));
            i.note = Some("上年记录未录入系统，据纸质工作记录本核定".to_string());
        } else if serial == 2 && i.key == "inspections" {
            i.points = Some(0);
            i.note = Some("下半年检查记录多为补记，现场核实不符".to_string());
        }
    }
    if serial == 2 {
        for i in items.iter_mut().filter(|i| i.key == "hazards") {
            i.points = Some(5);
            i.note = Some("多处隐患未跟踪整改".to_string());
        }
    }
    items
}

#[allow(clippy::too_many_arguments)]
async fn write(
    demo: &Demo<'_>,
    post: &appointment::Model,
    (assessor, approver): (&account::Model, &account::Model),
    set: &rules::RuleSet,
    period: &Period,
    items: Vec<Item>,
    serial: usize,
    made_on: NaiveDate,
) -> anyhow::Result<()> {
    // Most approved; every fifth submitted, every seventh still a draft.
    let status = if serial.is_multiple_of(7) {
        AssessmentStatus::Draft
    } else if serial.is_multiple_of(5) {
        AssessmentStatus::Submitted
    } else {
        AssessmentStatus::Approved
    };
    let approved = status == AssessmentStatus::Approved;
    let submitted = status != AssessmentStatus::Draft;
    let (Some(assessor_person), Some(role)) = (assessor.person_id, subsidy_role(&post.role)) else {
        return Ok(());
    };
    if approver.person_id == Some(post.person_id) || assessor.role == Role::Viewer {
        return Ok(());
    }
    let total = form::total(&items);
    let max_total = form::max_total(&items);
    let at = morning(made_on);
    let done = morning(made_on + chrono::Days::new(10));
    assessment::ActiveModel {
        id: Set(Uuid::new_v4()),
        appointment_id: Set(post.id),
        person_id: Set(post.person_id),
        node_id: Set(post.node_id),
        node_code: Set(post.node_code),
        role: Set(role),
        period: Set(period.text()),
        year: Set(period.year),
        period_kind: Set(period.kind()),
        rule_set_id: Set(set.stored.as_ref().map(|s| s.id)),
        rule_node_id: Set(set.stored.as_ref().map(|s| s.node_id)),
        pass_mark: Set(set.pass_mark),
        fen_per_point: Set(set.fen_per_point),
        items: Set(form::encode(&items).map_err(|e| anyhow::anyhow!("{e:?}"))?),
        total: Set(total),
        max_total: Set(max_total),
        grade: Set(form::grade(total, set.pass_mark)),
        status: Set(status),
        version: Set(1),
        previous_id: Set(None),
        superseded: Set(false),
        reason: Set(None),
        assessor_account: Set(assessor.id),
        assessor_person: Set(assessor_person),
        assessor_code: Set(assessor.node_code),
        assessor_level: Set(node_level(demo, assessor)),
        submitted_by_person: Set(submitted.then_some(assessor_person)),
        submitted_at: Set(submitted.then_some(at)),
        approved_by: Set(approved.then_some(approver.id)),
        approved_by_person: Set(approver.person_id.filter(|_| approved)),
        approved_at: Set(approved.then_some(done)),
        deduction_fen: Set(
            approved.then(|| form::deduction_fen(max_total, total, set.fen_per_point))
        ),
        edits: Set(1 + i32::from(submitted) + i32::from(approved)),
        created_at: Set(at),
        updated_at: Set(if approved { done } else { at }),
    }
    .insert(demo.db)
    .await?;
    Ok(())
}
