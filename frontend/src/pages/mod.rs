//! One file (or folder) per screen.

mod accounts;
// Issue 9, officer assessments (考核): the list of a period and the form.
mod assessment;
pub mod assessments;
mod campaigns;
// Issue 8: the programme kinds beside meetings, on the desk.
mod desk;
mod documents;
mod field;
mod forms;
mod hazard;
mod hazards;
mod inspections;
// Integrity signals (诚信预警).
mod integrity;
mod ledger_button;
mod login;
mod meetings;
mod month;
mod node;
mod not_allowed;
mod not_found;
mod outbox;
mod password;
mod payroll;
mod records;
mod roster;
mod sanctions;
// The township scorecard (考核表).
mod scorecards;
mod search;
mod subsidies;
mod tokens;
mod year;
mod year_picker;

pub use accounts::AccountsPage;
pub use assessment::AssessmentPage;
pub use assessments::AssessmentsPage;
pub use campaigns::CampaignsPage;
pub use desk::{DeskListPage, DeskRecordPage};
pub use documents::DocumentsPage;
pub use field::{
    CeremonyFormPage, FieldHome, HazardReportPage, MeetingFormPage, PatrolPage, PersuasionFormPage,
    PublicityFormPage, ReminderFormPage, VehicleFormPage, WarningFormPage,
};
pub use hazard::HazardPage;
pub use hazards::HazardsPage;
pub use inspections::InspectionsPage;
pub use integrity::IntegrityPage;
pub use login::LoginPage;
pub use meetings::{MeetingPage, MeetingsPage};
pub use month::MonthPage;
pub use node::NodePage;
pub use not_allowed::NotAllowed;
pub use not_found::NotFound;
pub use outbox::OutboxPage;
pub use password::PasswordPage;
pub use payroll::PayrollPage;
pub use roster::RosterPage;
pub use sanctions::SanctionsPage;
pub use scorecards::{ScorecardPage, ScorecardsPage};
pub use search::SearchPage;
pub use subsidies::SubsidiesPage;
pub use tokens::TokensPage;
pub use year::YearPage;
