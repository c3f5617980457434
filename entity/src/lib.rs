//! One file per table, nothing else: the domain rules live in `api`. A
//! table's file also defines the values its enum columns hold (states,
//! severities, kinds, roles): the one definition of each stored string,
//! also the GraphQL enum of the same name.
pub mod account;
pub mod api_token;
pub mod appointment;
pub mod assessment;
pub mod assessment_rule_item;
pub mod assessment_rule_set;
pub mod audit_log;
pub mod campaign;
pub mod campaign_milestone;
pub mod ceremony_notice;
pub mod demonstration;
pub mod document;
pub mod document_kind;
pub mod drill;
pub mod duty_report;
pub mod grid_node;
pub mod hazard;
pub mod hazard_event;
pub mod inspection;
pub mod integrity_signal;
pub mod level_label;
pub mod login_challenge;
pub mod meeting;
pub mod notebook_check;
pub mod on_site_reminder;
pub mod payroll;
pub mod payroll_line;
pub mod person;
pub mod persuasion;
pub mod photo;
pub mod publicity;
pub mod record_document;
pub mod record_version;
pub mod recovery_code;
pub mod roster_submission;
pub mod sanction;
pub mod sanction_rule;
pub mod scorecard;
pub mod scorecard_entry;
pub mod scorecard_template;
pub mod scorecard_template_item;
pub mod seasonal_warning;
pub mod sector;
pub mod session;
pub mod subsidy_standard;
pub mod training;
pub mod vehicle;
pub mod village_assignment;
pub mod work_plan;

#[cfg(test)]
mod stored_values;
