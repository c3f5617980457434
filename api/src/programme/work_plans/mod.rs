//! A village's annual safety work plan (年度工作计划): one per village and
//! year; a changed plan is a correction of that one (a new version), never
//! a second plan.
pub mod schema;
pub mod service;

use super::RecordKind;

crate::programme_record!(work_plan, adopted_on, AdoptedOn, |_| RecordKind::WorkPlan);
