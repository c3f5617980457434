//! The county's campaigns for the demo: the notice's 2018 build-out (roster
//! by 05-25, training and notebooks by 05-30, the whole build-out with a
//! demonstration village and group by 06-30) and this year's campaign; the
//! townships' roster submissions and demonstration sites, most on time,
//! some late, a few not at all, so the campaign board has all three.
use super::leaders::at_six_pm;
use super::Demo;
use crate::divisions::synth::hash;
use crate::grid::code::{GridCode, Level};
use crate::leaders::rosters;
use chrono::{Datelike, Duration, NaiveDate};
use entity::campaign_milestone::MilestoneKind;
use entity::{campaign, campaign_milestone, demonstration, grid_node, roster_submission};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

/// How a township did in a campaign: by its code, the same on every start.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    OnTime,
    Late,
    /// Only part of it (a demonstration village but no group).
    Partly,
    Never,
}

fn standing(code: i64, salt: u64) -> Standing {
    match hash(code, salt) % 100 {
        0..=64 => Standing::OnTime,
        65..=81 => Standing::Late,
        82..=91 => Standing::Partly,
        _ => Standing::Never,
    }
}

fn day(y: i32, m: u32, d: u32) -> anyhow::Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| anyhow::anyhow!("no day {y}-{m}-{d}"))
}

pub async fn load(demo: &Demo<'_>) -> anyhow::Result<()> {
    let existing = campaign::Entity::find()
        .filter(campaign::Column::NodeCode.between(demo.county.lo, demo.county.hi))
        .count(demo.db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let Some(clerk) = demo.clerk().map(|a| a.id) else {
        return Ok(());
    };
    let Some(county) = demo.at(Level::County).next().cloned() else {
        return Ok(());
    };
    let year = demo.clock.today().year();
    let build_out = [
        (
            MilestoneKind::RosterSubmitted,
            "上报村安全员、组安全联络员姓名和电话",
            day(2018, 5, 25)?,
        ),
        (
            MilestoneKind::TrainingAndNotebooks,
            "完成培训并发放工作笔记本",
            day(2018, 5, 30)?,
        ),
        (
            MilestoneKind::DemonstrationSites,
            "打造“六级六覆盖”示范村、示范组各一个",
            day(2018, 6, 30)?,
        ),
        (
            MilestoneKind::CoverageComplete,
            "全面完成“六级六覆盖”建设",
            day(2018, 6, 30)?,
        ),
    ];
    let this_year = [
        (
            MilestoneKind::RosterSubmitted,
            "报送年度安全员、联络员名单",
            day(year, 3, 31)?,
        ),
        (
            MilestoneKind::DemonstrationSites,
            "保持示范村、示范组",
            day(year, 6, 30)?,
        ),
        (
            MilestoneKind::CoverageComplete,
            "空缺岗位补齐，村组全覆盖",
            day(year, 9, 30)?,
        ),
    ];
    insert_campaign(
        demo,
        &county,
        clerk,
        "2018 年“六级六覆盖”网格化建设",
        2018,
        &build_out,
        day(2018, 5, 22)?,
    )
    .await?;
    insert_campaign(
        demo,
        &county,
        clerk,
        &format!("{year} 年网格化管理巩固提升"),
        year,
        &this_year,
        day(year, 2, 20)?,
    )
    .await?;

    let townships: Vec<grid_node::Model> = demo.at(Level::Township).cloned().collect();
    for t in &townships {
        // 2018: the roster by 05-25, or late, or never.
        let h = hash(t.code, 9_100);
        let submitted = match standing(t.code, 9_101) {
            Standing::OnTime | Standing::Partly => {
                Some(day(2018, 5, 21)? + Duration::days((h % 5) as i64))
            }
            Standing::Late => Some(day(2018, 5, 28)? + Duration::days((h % 12) as i64)),
            Standing::Never => None,
        };
        let current = match standing(t.code, 9_102) {
            Standing::OnTime | Standing::Partly => {
                Some(day(year, 3, 2)? + Duration::days((h % 25) as i64))
            }
            Standing::Late => Some(day(year, 4, 8)? + Duration::days((h % 20) as i64)),
            Standing::Never => None,
        };
        for on in [submitted, current].into_iter().flatten() {
            roster(demo, t, on, clerk).await?;
        }
        sites(demo, t, clerk).await?;
    }
    Ok(())
}

async fn insert_campaign(
    demo: &Demo<'_>,
    county: &grid_node::Model,
    clerk: Uuid,
    name: &str,
    year: i32,
    milestones: &[(MilestoneKind, &str, NaiveDate)],
    set_on: NaiveDate,
) -> anyhow::Result<()> {
    let Some(at) = at_six_pm(set_on) else {
        return Ok(());
    };
    let id = Uuid::from_u64_pair(county.code as u64, 9_000 + year as u64);
    campaign::Model {
        id,
        node_id: county.id,
        node_code: county.code,
        node_level: county.level,
        name: name.into(),
        year,
        version: 1,
        created_by: clerk,
        created_at: at,
        updated_at: at,
    }
    .into_active_model()
    .reset_all()
    .insert(demo.db)
    .await?;
    for (i, (kind, title, due_on)) in milestones.iter().enumerate() {
        campaign_milestone::Model {
            id: Uuid::from_u64_pair(id.as_u64_pair().1, i as u64),
            campaign_id: id,
            position: i as i32 + 1,
            kind: *kind,
            title: (*title).into(),
            due_on: *due_on,
            document_kind: None,
        }
        .into_active_model()
        .reset_all()
        .insert(demo.db)
        .await?;
    }
    Ok(())
}

/// The roster as the township sent it that day: the real snapshot of its
/// posts then.
async fn roster(
    demo: &Demo<'_>,
    township: &grid_node::Model,
    on: NaiveDate,
    clerk: Uuid,
) -> anyhow::Result<()> {
    let Some(at) = at_six_pm(on) else {
        return Ok(());
    };
    let (entries, missing) = rosters::snapshot(demo.db, township, on)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let id = Uuid::from_u64_pair(township.code as u64, 9_200 + on.num_days_from_ce() as u64);
    roster_submission::Model {
        id,
        node_id: township.id,
        node_code: township.code,
        submitted_on: on,
        entries: serde_json::to_string(&entries)?,
        missing: serde_json::to_string(&missing)?,
        entry_count: entries.len() as i32,
        missing_count: missing.len() as i32,
        author_id: clerk,
        idempotency_key: format!("demo-roster-{}", id.simple()),
        version: 1,
        created_at: at,
        updated_at: at,
    }
    .into_active_model()
    .reset_all()
    .insert(demo.db)
    .await?;
    Ok(())
}

/// The township's demonstration village and group (the grid's marked ones
/// where there are, else its first village and that village's first
/// group), set in June 2018, or later, or only the village, or not at all;
/// in one township in five a newer village replaced the first in 2024.
async fn sites(demo: &Demo<'_>, township: &grid_node::Model, clerk: Uuid) -> anyhow::Result<()> {
    let range = GridCode::new(township.code, Level::Township).subtree();
    let villages: Vec<&grid_node::Model> = demo
        .at(Level::Village)
        .filter(|v| range.contains(v.code))
        .collect();
    let pick = |level: Level, within: Option<&grid_node::Model>| {
        let candidates: Vec<&grid_node::Model> = demo
            .at(level)
            .filter(|n| range.contains(n.code))
            .filter(|n| {
                within.is_none_or(|v| {
                    GridCode::new(v.code, Level::Village)
                        .subtree()
                        .contains(n.code)
                })
            })
            .collect();
        candidates
            .iter()
            .find(|n| n.demonstration)
            .or(candidates.first())
            .copied()
    };
    let Some(village) = pick(Level::Village, None) else {
        return Ok(());
    };
    let group = pick(Level::Group, Some(village));
    let h = hash(township.code, 9_300);
    let since = match standing(township.code, 9_301) {
        Standing::OnTime | Standing::Partly => day(2018, 6, 8)? + Duration::days((h % 20) as i64),
        Standing::Late => day(2018, 7, 6)? + Duration::days((h % 40) as i64),
        Standing::Never => return Ok(()),
    };
    let partly = standing(township.code, 9_301) == Standing::Partly;
    let newer = villages
        .iter()
        .find(|v| v.id != village.id && !v.demonstration)
        .filter(|_| h % 5 == 2 && !partly);
    let replaced_on = day(2024, 3, 15)?;
    let mut made = vec![(village, since, newer.map(|_| replaced_on))];
    if let Some(n) = newer {
        made.push((n, replaced_on, None));
    }
    if let (Some(g), false) = (group, partly) {
        made.push((g, since, None));
    }
    for (node, since, until) in made {
        let Some(at) = at_six_pm(since) else {
            continue;
        };
        let id = Uuid::from_u64_pair(node.code as u64, 9_400 + since.num_days_from_ce() as u64);
        demonstration::Model {
            id,
            township_code: township.code,
            node_id: node.id,
            node_code: node.code,
            level: node.level,
            since,
            until,
            author_id: clerk,
            idempotency_key: format!("demo-site-{}", id.simple()),
            version: 1,
            created_at: at,
            updated_at: at,
        }
        .into_active_model()
        .reset_all()
        .insert(demo.db)
        .await?;
        // The grid's mark follows the current sites.
        grid_node::Entity::update_many()
            .col_expr(
                grid_node::Column::Demonstration,
                Expr::value(until.is_none()),
            )
            .filter(grid_node::Column::Id.eq(node.id))
            .exec(demo.db)
            .await?;
    }
    Ok(())
}
