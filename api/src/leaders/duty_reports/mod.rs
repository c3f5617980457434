//! Duty reports (履职报告): each township leader reports monthly on how
//! they did their safety duties, and the notice asks that every report
//! cover the grid work. One per leader per month (the unique index says so
//! too); a second is a correction of the first.
pub mod schema;
pub mod service;

use crate::programme::RecordKind;

crate::programme_record!(duty_report, reported_on, ReportedOn, |_| {
    RecordKind::DutyReport
});
