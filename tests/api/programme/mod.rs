//! Programme records and documents (issue 8): who records what where,
//! evidence kept through corrections, idempotency, documents in scope.
pub mod documents;
mod drills;
pub mod fixtures;
pub mod kinds_fixtures;
mod liaison;
mod meetings;
mod notebooks;
mod publicity;
mod trainings;
mod work_plans;
mod year_overview;
