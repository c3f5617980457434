//! The scorecard's template as data: parts, items, points and rules. A
//! county edits its own for a year (each edit a new version, the old ones
//! kept); where it has none, the notice's 附件1 applies as [`notice`]
//! writes it, including its items that do not add up to their part.
use entity::campaign_milestone::MilestoneKind;
use entity::scorecard_template_item::{self, ScorecardRule};
use entity::{scorecard_template, scorecard_template_item as item_row};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// One item: its points, and the rule that fills it (none: by hand).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Item {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub rule: Option<ScorecardRule>,
    pub per_unit: Option<i32>,
    pub document_kinds: Vec<String>,
    pub milestone_kind: Option<MilestoneKind>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Part {
    pub key: String,
    pub title: String,
    /// Caps the part whatever its items add up to.
    pub max_points: i32,
    pub items: Vec<Item>,
}

/// The template in force for a county and year.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Template {
    pub year: i32,
    /// 0 for the notice's (nothing stored).
    pub version: i32,
    pub parts: Vec<Part>,
}

impl Template {
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.parts
            .iter()
            .flat_map(|p| &p.items)
            .find(|i| i.key == key)
    }
}

fn item(key: &str, title: &str, max_points: i32, rule: Option<ScorecardRule>) -> Item {
    Item {
        key: key.into(),
        title: title.into(),
        max_points,
        rule,
        per_unit: None,
        document_kinds: Vec::new(),
        milestone_kind: None,
    }
}

fn documents(key: &str, title: &str, max_points: i32, kinds: &[&str]) -> Item {
    Item {
        document_kinds: kinds.iter().map(|k| k.to_string()).collect(),
        ..item(key, title, max_points, Some(ScorecardRule::Documents))
    }
}

fn per_unit(mut i: Item, points: i32) -> Item {
    i.per_unit = Some(points);
    i
}

fn milestone(key: &str, title: &str, max_points: i32, kind: MilestoneKind) -> Item {
    Item {
        milestone_kind: Some(kind),
        ..item(key, title, max_points, Some(ScorecardRule::MilestoneOnTime))
    }
}

fn part(key: &str, title: &str, max_points: i32, items: Vec<Item>) -> Part {
    Part {
        key: key.into(),
        title: title.into(),
        max_points,
        items,
    }
}

/// 附件1 as the notice wrote it. Where an item only deducts ("缺一项扣1分")
/// the notice names no points for it; it gets what its part has left after
/// the items with points (organisation 16, progress 10 each, process 26).
/// 考核情况's items add up to 12 of its 20, as written.
pub fn notice(year: i32) -> Template {
    use ScorecardRule as R;
    Template {
        year,
        version: 0,
        parts: vec![
            part(
                "organisation",
                "组织领导",
                20,
                vec![
                    documents("deployment", "安排部署情况", 2, &["DEPLOYMENT"]),
                    documents("leading_group", "成立领导小组", 1, &["LEADING_GROUP"]),
                    documents("plan", "制定方案", 1, &["IMPLEMENTATION_PLAN"]),
                    per_unit(
                        documents(
                            "management_rules",
                            "制定村、组各项管理制度，缺一项扣1分",
                            16,
                            &["VILLAGE_RULES", "GROUP_RULES"],
                        ),
                        1,
                    ),
                ],
            ),
            part(
                "progress",
                "推进情况",
                30,
                vec![
                    per_unit(
                        item(
                            "officers",
                            "按时选配村、组安全员情况，缺1人扣一分",
                            10,
                            Some(R::RosterMissing),
                        ),
                        1,
                    ),
                    milestone(
                        "demonstration",
                        "按时完成一个示范村、组建设",
                        5,
                        MilestoneKind::DemonstrationSites,
                    ),
                    milestone(
                        "training",
                        "按时完成村、组安全员培训工作",
                        5,
                        MilestoneKind::TrainingDone,
                    ),
                    per_unit(
                        item(
                            "notebooks",
                            "按时发放村、组安全员工作记录本，并指导、督促认真填写，抽查发现1人未认真填写扣2分",
                            10,
                            Some(R::NotebooksNotKept),
                        ),
                        2,
                    ),
                ],
            ),
            part(
                "process",
                "开展过程",
                30,
                vec![
                    item(
                        "leader_visits",
                        "镇乡领导每月对挂包村开展“六级六覆盖”检查不少于1次",
                        2,
                        Some(R::LeaderVisits),
                    ),
                    item(
                        "monthly_meetings",
                        "每月召开安全生产例会，并安排部署“六级六覆盖”工作",
                        2,
                        Some(R::MonthlyMeetings),
                    ),
                    per_unit(
                        item(
                            "duty_reports",
                            "每月领导个人履职报告中无“六级六覆盖”内容，扣2分",
                            26,
                            Some(R::DutyReportsWithoutGridWork),
                        ),
                        2,
                    ),
                ],
            ),
            part(
                "assessment",
                "考核情况",
                20,
                vec![
                    documents(
                        "assessment_rules",
                        "制定村、组安全员考核细则",
                        2,
                        &["ASSESSMENT_RULES"],
                    ),
                    item(
                        "assessments_done",
                        "认真按照考核细则开展考核工作",
                        5,
                        Some(R::AssessmentsDone),
                    ),
                    item(
                        "subsidies",
                        "按时发放村、组安全员补贴",
                        5,
                        Some(R::SubsidiesOnTime),
                    ),
                ],
            ),
        ],
    }
}

/// The template in force for `year` in each of `counties`: the county's
/// latest version, else the notice's. Two statements for any number of
/// counties.
pub async fn in_force(
    db: &impl ConnectionTrait,
    counties: &[i64],
    year: i32,
) -> Result<HashMap<i64, Template>, sea_orm::DbErr> {
    let versions = scorecard_template::Entity::find()
        .filter(scorecard_template::Column::CountyCode.is_in(counties.iter().copied()))
        .filter(scorecard_template::Column::Year.eq(year))
        .order_by_asc(scorecard_template::Column::Version)
        .all(db)
        .await?;
    // In version order, so the latest is the one kept.
    let latest: HashMap<i64, scorecard_template::Model> =
        versions.into_iter().map(|v| (v.county_code, v)).collect();
    let mut out: HashMap<i64, Template> = counties.iter().map(|c| (*c, notice(year))).collect();
    if latest.is_empty() {
        return Ok(out);
    }
    let ids: Vec<Uuid> = latest.values().map(|v| v.id).collect();
    let rows = item_row::Entity::find()
        .filter(item_row::Column::TemplateId.is_in(ids))
        .order_by_asc(item_row::Column::PartPosition)
        .order_by_asc(item_row::Column::Position)
        .all(db)
        .await?;
    for (county, version) in latest {
        let mine = rows.iter().filter(|r| r.template_id == version.id);
        out.insert(county, from_rows(year, version.version, mine));
    }
    Ok(out)
}

fn from_rows<'a>(
    year: i32,
    version: i32,
    rows: impl Iterator<Item = &'a scorecard_template_item::Model>,
) -> Template {
    let mut parts: Vec<Part> = Vec::new();
    for r in rows {
        if parts.last().is_none_or(|p| p.key != r.part_key) {
            parts.push(part(&r.part_key, &r.part_title, r.part_max_points, vec![]));
        }
        if let Some(p) = parts.last_mut() {
            p.items.push(Item {
                key: r.item_key.clone(),
                title: r.title.clone(),
                max_points: r.max_points,
                rule: r.rule,
                per_unit: r.per_unit,
                document_kinds: r
                    .document_kinds
                    .as_deref()
                    .unwrap_or("")
                    .split(',')
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect(),
                milestone_kind: r.milestone_kind,
            });
        }
    }
    Template {
        year,
        version,
        parts,
    }
}
