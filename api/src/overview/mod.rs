//! The month's numbers: quotas per post, completeness, leader visits, and
//! the per-child table, all as grouped counts over the subtree's code range.
pub mod leaders;
pub mod month_table;
pub mod posts;
pub mod quota;
pub mod rules_schema;
pub mod schema;
pub mod township_meetings;
pub mod year_schema;
pub mod year_table;
