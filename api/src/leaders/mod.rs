//! Township leaders (领导班子成员): appointments with the role
//! `TOWNSHIP_LEADER` at a township, one of them in charge of safety
//! (分管安全). Each answers for assigned villages (挂包村), visits them at
//! least once a month (a LEADER_VISIT counts only at a village assigned to
//! that leader's person on that day) and files a monthly duty report
//! (履职报告) that should cover the grid work.
pub mod assignments;
pub mod duty_reports;
pub mod roster_schema;
pub mod rosters;
pub mod schema;
pub mod visits;
