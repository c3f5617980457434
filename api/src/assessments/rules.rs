//! The rules (考核细则) as data: for each post, a node's own rule set if it
//! has one, else the nearest ancestor's, else the built-in county default
//! (the numbers: officers 检查频次 40, 隐患跟踪 20, 村级安全会议 20,
//! 工作笔记 10, 其他职责 10; liaisons 巡查频次 50, 隐患跟踪 20, 工作笔记 10,
//! 红白喜事与劝导 20; pass 60; 12 and 5 yuan per point; by year).
use crate::error::AppResult;
use crate::grid::code::GridCode;
use entity::assessment_rule_item::{self, AssessmentMeasure};
use entity::assessment_rule_set::{self, AssessmentPeriodKind};
use entity::subsidy_standard::SubsidyRole;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub const ROLES: [SubsidyRole; 2] = [SubsidyRole::VillageOfficer, SubsidyRole::GroupLiaison];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleItem {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub measure: AssessmentMeasure,
    pub per_miss: i32,
}

/// The rules one post is assessed by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSet {
    /// The stored set; none for the built-in default.
    pub stored: Option<assessment_rule_set::Model>,
    pub role: SubsidyRole,
    pub period_kind: AssessmentPeriodKind,
    pub pass_mark: i32,
    pub fen_per_point: i64,
    pub items: Vec<RuleItem>,
}

fn item(key: &str, title: &str, max: i32, measure: AssessmentMeasure, per_miss: i32) -> RuleItem {
    RuleItem {
        key: key.into(),
        title: title.into(),
        max_points: max,
        measure,
        per_miss,
    }
}

/// The county's fallback where nobody has set rules.
pub fn built_in(role: SubsidyRole) -> RuleSet {
    use AssessmentMeasure::*;
    let (items, fen_per_point) = match role {
        SubsidyRole::VillageOfficer => (
            vec![
                item("inspections", "检查频次", 40, InspectionQuota, 10),
                item("hazards", "隐患跟踪", 20, HazardFollowUp, 5),
                item("meetings", "村级安全会议", 20, VillageMeetings, 5),
                item("notebook", "工作笔记", 10, NotebookCheck, 10),
                item("other", "其他职责", 10, Manual, 0),
            ],
            1200,
        ),
        SubsidyRole::GroupLiaison => (
            vec![
                item("patrols", "巡查频次", 50, InspectionQuota, 10),
                item("hazards", "隐患跟踪", 20, HazardFollowUp, 5),
                item("notebook", "工作笔记", 10, NotebookCheck, 10),
                item("ceremonies", "红白喜事与劝导", 20, Manual, 0),
            ],
            500,
        ),
    };
    RuleSet {
        stored: None,
        role,
        period_kind: AssessmentPeriodKind::Year,
        pass_mark: 60,
        fen_per_point,
        items,
    }
}

/// The rules in force at `node` for each post, nearest first: two
/// statements whatever the depth (the sets at the node and its
/// ancestors, then their items).
pub async fn effective(db: &impl ConnectionTrait, node: GridCode) -> AppResult<Vec<RuleSet>> {
    let mut codes: Vec<i64> = node.ancestors().iter().map(|a| a.code).collect();
    codes.push(node.code);
    let sets = assessment_rule_set::Entity::find()
        .filter(assessment_rule_set::Column::NodeCode.is_in(codes))
        .filter(assessment_rule_set::Column::SupersededAt.is_null())
        .order_by_desc(assessment_rule_set::Column::NodeLevel)
        .order_by_desc(assessment_rule_set::Column::CreatedAt)
        .all(db)
        .await?;
    let chosen: Vec<assessment_rule_set::Model> = ROLES
        .iter()
        .filter_map(|r| sets.iter().find(|s| s.role == *r).cloned())
        .collect();
    let ids: Vec<uuid::Uuid> = chosen.iter().map(|s| s.id).collect();
    let items = if ids.is_empty() {
        Vec::new()
    } else {
        assessment_rule_item::Entity::find()
            .filter(assessment_rule_item::Column::RuleSetId.is_in(ids))
            .order_by_asc(assessment_rule_item::Column::Position)
            .all(db)
            .await?
    };
    Ok(ROLES
        .iter()
        .map(|r| match chosen.iter().find(|s| s.role == *r) {
            Some(s) => RuleSet {
                role: s.role,
                period_kind: s.period_kind,
                pass_mark: s.pass_mark,
                fen_per_point: s.fen_per_point,
                items: items
                    .iter()
                    .filter(|i| i.rule_set_id == s.id)
                    .map(|i| RuleItem {
                        key: i.key.clone(),
                        title: i.title.clone(),
                        max_points: i.max_points,
                        measure: i.measure,
                        per_miss: i.per_miss,
                    })
                    .collect(),
                stored: Some(s.clone()),
            },
            None => built_in(*r),
        })
        .collect())
}

/// The rules for `role` at `node`.
pub async fn effective_for(
    db: &impl ConnectionTrait,
    node: GridCode,
    role: SubsidyRole,
) -> AppResult<RuleSet> {
    Ok(effective(db, node)
        .await?
        .into_iter()
        .find(|s| s.role == role)
        .unwrap_or_else(|| built_in(role)))
}
