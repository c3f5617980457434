//! Programme records and documents (issue 8): who records what where,
//! evidence kept through corrections, idempotency, documents in scope.
mod documents;
pub mod fixtures;
mod meetings;
mod year_overview;
pub mod kinds_fixtures;
mod trainings;
mod notebooks;
mod drills;
mod publicity;
mod work_plans;
mod liaison;
