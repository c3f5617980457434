//! Sanctions (issue 9):
//! - `sanction_rules`: a county's rule for a year on when to propose an
//!   award disqualification (months of missed quota; a failed assessment);
//! - `sanctions`: the decisions the county recorded, never deleted.
//!
//! The kinds are checked like migration 9's (CHECK on PostgreSQL, triggers
//! on SQLite).
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
enum SanctionRules {
    Table,
    Id,
    CountyId,
    CountyCode,
    Year,
    MissedMonths,
    OnFailedAssessment,
    Version,
    SetBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sanctions {
    Table,
    Id,
    Kind,
    Year,
    SubjectNodeId,
    SubjectCode,
    AppointmentId,
    PersonId,
    DecidedOn,
    Reason,
    DecidedBy,
    DecidedByPerson,
    IdempotencyKey,
    CreatedAt,
}

const KINDS: &str = "'WARNING_INTERVIEW', 'AWARD_DISQUALIFICATION'";

/// The stored-values check on `sanctions.kind` (see migration 9).
async fn check_kind(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let name = "sanctions_kind_known";
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.execute_unprepared(&format!(
                "ALTER TABLE sanctions ADD CONSTRAINT {name} CHECK (kind IN ({KINDS}))"
            ))
            .await?;
        }
        DbBackend::Sqlite => {
            for (when, event) in [("insert", "INSERT"), ("update", "UPDATE OF kind")] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {name}_{when} BEFORE {event} ON sanctions \
                     WHEN NEW.kind IS NULL OR NEW.kind NOT IN ({KINDS}) \
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
                    .table(SanctionRules::Table)
                    .col(pk_uuid(SanctionRules::Id))
                    .col(uuid(SanctionRules::CountyId))
                    .col(big_integer(SanctionRules::CountyCode))
                    .col(integer(SanctionRules::Year))
                    .col(integer(SanctionRules::MissedMonths))
                    .col(boolean(SanctionRules::OnFailedAssessment))
                    .col(integer(SanctionRules::Version))
                    .col(uuid(SanctionRules::SetBy))
                    .col(timestamp_with_time_zone(SanctionRules::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SanctionRules::Table, SanctionRules::CountyId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One row per version: the newest is the rule.
        manager
            .create_index(
                Index::create()
                    .name("idx_sanction_rules_county_year_version")
                    .table(SanctionRules::Table)
                    .col(SanctionRules::CountyId)
                    .col(SanctionRules::Year)
                    .col(SanctionRules::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sanctions::Table)
                    .col(pk_uuid(Sanctions::Id))
                    .col(string_len(Sanctions::Kind, 32))
                    .col(integer(Sanctions::Year))
                    .col(uuid(Sanctions::SubjectNodeId))
                    .col(big_integer(Sanctions::SubjectCode))
                    .col(uuid_null(Sanctions::AppointmentId))
                    .col(uuid_null(Sanctions::PersonId))
                    .col(date(Sanctions::DecidedOn))
                    .col(text(Sanctions::Reason))
                    .col(uuid(Sanctions::DecidedBy))
                    .col(uuid_null(Sanctions::DecidedByPerson))
                    .col(string_len_uniq(Sanctions::IdempotencyKey, 100))
                    .col(timestamp_with_time_zone(Sanctions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sanctions::Table, Sanctions::SubjectNodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sanctions_code_year")
                    .table(Sanctions::Table)
                    .col(Sanctions::SubjectCode)
                    .col(Sanctions::Year)
                    .to_owned(),
            )
            .await?;
        check_kind(manager.get_connection()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Sanctions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SanctionRules::Table).to_owned())
            .await
    }
}
