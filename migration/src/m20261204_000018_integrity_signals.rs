//! Integrity signals (诚信预警): what the county's scan found that looks
//! like an invented officer or a diverted subsidy, one row per finding.
//! The `fingerprint` (kind + the ids involved) is unique, so a finding seen
//! again by a later scan is the same row and a dismissal stays. Rows are
//! never deleted. Kind and status are checked like migration 15's.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum IntegritySignals {
    Table,
    Id,
    Fingerprint,
    Kind,
    Status,
    NodeId,
    NodeCode,
    Facts,
    Evidence,
    DetectedAt,
    LastDetectedAt,
    DismissedBy,
    DismissedAt,
    DismissReason,
    Version,
    CreatedAt,
    UpdatedAt,
}

/// (column, check name, allowed values)
const CHECKS: [(&str, &str, &str); 2] = [
    (
        "kind",
        "integrity_signals_kind_known",
        "'SAME_PERSON_TWO_POSTS', 'SHARED_PHONE', 'PAID_WITHOUT_RECORDS', 'IMPOSSIBLE_TRAVEL', \
         'REUSED_PHOTO', 'RECORD_BURST', 'FAR_FROM_NODE'",
    ),
    (
        "status",
        "integrity_signals_status_known",
        "'OPEN', 'DISMISSED'",
    ),
];

const TABLE: &str = "integrity_signals";

/// The stored-values check on `integrity_signals.column` (see migration 9).
async fn add_check(
    db: &impl ConnectionTrait,
    (column, name, list): (&str, &str, &str),
) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.execute_unprepared(&format!(
                "ALTER TABLE {TABLE} ADD CONSTRAINT {name} CHECK ({column} IN ({list}))"
            ))
            .await?;
        }
        DbBackend::Sqlite => {
            for (when, event) in [
                ("insert", "INSERT".to_string()),
                ("update", format!("UPDATE OF {column}")),
            ] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {name}_{when} BEFORE {event} ON {TABLE} \
                     WHEN NEW.{column} IS NULL OR NEW.{column} NOT IN ({list}) \
                     BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {name}'); END"
                ))
                .await?;
            }
        }
        _ => {}
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IntegritySignals::Table)
                    .col(pk_uuid(IntegritySignals::Id))
                    .col(string_len_uniq(IntegritySignals::Fingerprint, 200))
                    .col(string_len(IntegritySignals::Kind, 32))
                    .col(string_len(IntegritySignals::Status, 16))
                    .col(uuid(IntegritySignals::NodeId))
                    .col(big_integer(IntegritySignals::NodeCode))
                    .col(text(IntegritySignals::Facts))
                    .col(text(IntegritySignals::Evidence))
                    .col(timestamp_with_time_zone(IntegritySignals::DetectedAt))
                    .col(timestamp_with_time_zone(IntegritySignals::LastDetectedAt))
                    .col(uuid_null(IntegritySignals::DismissedBy))
                    .col(timestamp_with_time_zone_null(IntegritySignals::DismissedAt))
                    .col(text_null(IntegritySignals::DismissReason))
                    .col(integer(IntegritySignals::Version).default(1))
                    .col(timestamp_with_time_zone(IntegritySignals::CreatedAt))
                    .col(timestamp_with_time_zone(IntegritySignals::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(IntegritySignals::Table, IntegritySignals::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The county's list: a subtree range, newest first.
        manager
            .create_index(
                Index::create()
                    .name("idx_integrity_signals_code")
                    .table(IntegritySignals::Table)
                    .col(IntegritySignals::NodeCode)
                    .col(IntegritySignals::DetectedAt)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for check in CHECKS {
            add_check(db, check).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DbBackend::Sqlite {
            for (_, name, _) in CHECKS {
                for when in ["insert", "update"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name}_{when}"))
                        .await?;
                }
            }
        }
        manager
            .drop_table(Table::drop().table(IntegritySignals::Table).to_owned())
            .await
    }
}
