//! The assessment form (考核表) as stored: one entry per rule item with the
//! points the records give (`auto_points`), the points now (`points`), the
//! evidence and the assessor's note and documents. Stored as a JSON array
//! on the assessment, so the form is exactly what was assessed whatever
//! the rules say later.
use crate::error::{AppError, AppResult};
use entity::assessment::AssessmentGrade;
use entity::assessment_rule_item::AssessmentMeasure;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What a deduction is based on: a readable line and the records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub summary: String,
    pub record_ids: Vec<Uuid>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub key: String,
    pub title: String,
    pub max_points: i32,
    pub measure: AssessmentMeasure,
    pub per_miss: i32,
    /// What the records give; none for a manual item.
    pub auto_points: Option<i32>,
    pub misses: i32,
    /// The points now; none for a manual item not yet scored.
    pub points: Option<i32>,
    pub evidence: Vec<Evidence>,
    pub note: Option<String>,
    pub document_ids: Vec<Uuid>,
}

/// `max(0, max − misses × per miss)`.
pub fn auto_points(max_points: i32, misses: i32, per_miss: i32) -> i32 {
    let lost = i64::from(misses.max(0)) * i64::from(per_miss.max(0));
    let left = i64::from(max_points) - lost;
    i32::try_from(left.max(0)).unwrap_or(0)
}

pub fn total(items: &[Item]) -> i32 {
    items.iter().map(|i| i.points.unwrap_or(0)).sum()
}

pub fn max_total(items: &[Item]) -> i32 {
    items.iter().map(|i| i.max_points).sum()
}

/// 优秀 ≥ 90, 合格 ≥ the pass mark, 不合格 below.
pub fn grade(total: i32, pass_mark: i32) -> AssessmentGrade {
    if total >= 90 && total >= pass_mark {
        AssessmentGrade::Excellent
    } else if total >= pass_mark {
        AssessmentGrade::Pass
    } else {
        AssessmentGrade::Fail
    }
}

/// Fen off the subsidy: the points lost × the fen per point.
pub fn deduction_fen(max_total: i32, total: i32, fen_per_point: i64) -> i64 {
    i64::from((max_total - total).max(0)) * fen_per_point.max(0)
}

pub fn encode(items: &[Item]) -> AppResult<String> {
    serde_json::to_string(items).map_err(AppError::internal)
}

pub fn decode(text: &str) -> AppResult<Vec<Item>> {
    serde_json::from_str(text).map_err(AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_floor_at_zero_and_grades_follow_the_pass_mark() {
        assert_eq!(auto_points(40, 2, 10), 20);
        assert_eq!(auto_points(10, 3, 10), 0);
        assert_eq!(grade(90, 60), AssessmentGrade::Excellent);
        assert_eq!(grade(89, 60), AssessmentGrade::Pass);
        assert_eq!(grade(59, 60), AssessmentGrade::Fail);
        assert_eq!(deduction_fen(100, 75, 1200), 30_000);
    }
}
