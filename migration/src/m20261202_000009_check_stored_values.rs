use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// The database itself refuses a state, severity, kind or role the code
/// does not know (a hand-edited row, a script with a typo), so every value
/// read back parses. The lists are this migration's own copy: a later
/// value comes with a later migration. PostgreSQL: CHECK constraints.
/// SQLite cannot add a constraint to an existing table without rebuilding
/// it (and its foreign keys and indexes), so there the same rule is a pair
/// of BEFORE INSERT / BEFORE UPDATE triggers per column.
#[derive(DeriveMigrationName)]
pub struct Migration;

const HAZARD_STATES: &[&str] = &[
    "REPORTED",
    "FIXED_ON_SPOT",
    "RECTIFYING",
    "RECTIFIED",
    "CLOSED",
    "REOPENED",
];
const HAZARD_SEVERITIES: &[&str] = &["GENERAL", "MAJOR"];
const HAZARD_ACTIONS: &[&str] = &[
    "REPORT",
    "FIX_ON_SPOT",
    "PLAN_RECTIFICATION",
    "RECTIFY",
    "VERIFY_PASSED",
    "VERIFY_FAILED",
    "REOPEN",
    "ESCALATE",
    "AUTO_ESCALATE",
    "EDIT",
];
const INSPECTION_KINDS: &[&str] = &["VILLAGE_INSPECTION", "GROUP_PATROL", "LEADER_VISIT"];
const APPOINTMENT_ROLES: &[&str] = &["VILLAGE_OFFICER", "GROUP_LIAISON"];

/// (table, column, nullable, allowed values)
fn checked() -> Vec<(&'static str, &'static str, bool, &'static [&'static str])> {
    vec![
        ("hazards", "state", false, HAZARD_STATES),
        ("hazards", "severity", false, HAZARD_SEVERITIES),
        ("hazard_events", "action", false, HAZARD_ACTIONS),
        ("hazard_events", "from_state", true, HAZARD_STATES),
        ("hazard_events", "to_state", false, HAZARD_STATES),
        ("inspections", "kind", false, INSPECTION_KINDS),
        ("appointments", "role", false, APPOINTMENT_ROLES),
    ]
}

fn name(table: &str, column: &str) -> String {
    format!("{table}_{column}_known")
}

fn allowed(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        for (table, column, nullable, values) in checked() {
            let name = name(table, column);
            let list = allowed(values);
            match backend {
                DbBackend::Postgres => {
                    // NULL passes a CHECK, which is what a nullable column wants.
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({column} IN ({list}))"
                    ))
                    .await?;
                }
                DbBackend::Sqlite => {
                    let bad = if nullable {
                        format!("NEW.{column} IS NOT NULL AND NEW.{column} NOT IN ({list})")
                    } else {
                        format!("NEW.{column} IS NULL OR NEW.{column} NOT IN ({list})")
                    };
                    for (when, event) in [
                        ("insert", "INSERT".to_string()),
                        ("update", format!("UPDATE OF {column}")),
                    ] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {name}_{when} BEFORE {event} ON {table} \
                             WHEN {bad} \
                             BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {name}'); END"
                        ))
                        .await?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        for (table, column, _, _) in checked() {
            let name = name(table, column);
            match backend {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}"
                    ))
                    .await?;
                }
                DbBackend::Sqlite => {
                    for when in ["insert", "update"] {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name}_{when}"))
                            .await?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}
