//! One migration per change, each with a working `down`.
pub use sea_orm_migration::prelude::*;

mod m20261129_000001_create_grid_nodes;
mod m20261129_000002_create_people;
mod m20261129_000003_create_accounts;
mod m20261129_000004_create_audit_log;
mod m20261129_000005_create_api_tokens;
mod m20261129_000006_create_inspections;
mod m20261129_000007_create_hazards;
mod m20261202_000008_link_accounts_to_persons;
mod m20261202_000009_check_stored_values;
mod m20261202_000010_programme_records;
mod m20261202_000012_liaison_records;
mod m20261202_000013_extend_trainings;
mod m20261202_000014_leaders_campaigns;
mod m20261203_000015_subsidies_payrolls;
mod m20261203_000016_rectifier_person;
mod m20261204_000017_assessments;
mod m20261204_000018_integrity_signals;
mod m20261204_000019_scorecards;
mod m20261204_000020_sanctions;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_create_grid_nodes::Migration),
            Box::new(m20261129_000002_create_people::Migration),
            Box::new(m20261129_000003_create_accounts::Migration),
            Box::new(m20261129_000004_create_audit_log::Migration),
            Box::new(m20261129_000005_create_api_tokens::Migration),
            Box::new(m20261129_000006_create_inspections::Migration),
            Box::new(m20261129_000007_create_hazards::Migration),
            Box::new(m20261202_000008_link_accounts_to_persons::Migration),
            Box::new(m20261202_000009_check_stored_values::Migration),
            Box::new(m20261202_000010_programme_records::Migration),
            Box::new(m20261202_000012_liaison_records::Migration),
            Box::new(m20261202_000013_extend_trainings::Migration),
            Box::new(m20261202_000014_leaders_campaigns::Migration),
            Box::new(m20261203_000015_subsidies_payrolls::Migration),
            Box::new(m20261203_000016_rectifier_person::Migration),
            Box::new(m20261204_000017_assessments::Migration),
            Box::new(m20261204_000018_integrity_signals::Migration),
            Box::new(m20261204_000019_scorecards::Migration),
            Box::new(m20261204_000020_sanctions::Migration),
        ]
    }
}
