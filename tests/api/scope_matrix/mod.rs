//! The scope matrix (SECURITY.md 9, 12, 13): every Query and Mutation field,
//! for every demo role, against its own node, a child, a grandchild, its
//! parent, a sibling and a cousin, with the expected answer. A field of the
//! schema without a row fails `every_field.rs`.
mod assessments_table;
mod campaigns_list;
mod campaigns_table;
mod cases;
mod every_field;
mod integrity_table;
mod liaison_table;
mod money_table;
mod nested;
mod nested_assessments;
mod nested_campaigns;
mod nested_integrity;
mod nested_money;
mod nested_scorecards;
mod operations;
mod positions;
mod programme_table;
mod runner;
mod sanctions_table;
mod scorecards_table;
mod table;
mod users;
