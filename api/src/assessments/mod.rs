//! Officer assessments (考核, issue 9): the township assesses its village
//! officers, the village its group liaisons, by rules that are data
//! (`rules`: a county default, overridden per township and per village).
//! A form opens filled from the records (`measures`), the assessor adjusts
//! items with a note and evidence, submits, the level above approves, and
//! the approved form is locked; a correction is a new version (`steps`,
//! the state table `lifecycle`). The approved assessment's deduction is
//! what the subsidy ledger takes off (`subsidies::ledger`).
pub mod form;
pub mod kinds;
pub mod lifecycle;
pub mod measures;
pub mod period;
pub mod queries;
pub mod rules;
pub mod rules_schema;
pub mod schema;
pub mod set_rules;
pub mod start;
pub mod steps;
