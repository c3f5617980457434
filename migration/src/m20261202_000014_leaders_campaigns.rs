//! The township's leaders and the county's campaign (issue 8):
//! - `appointments.in_charge_of_safety` and the role `TOWNSHIP_LEADER`
//!   (领导班子成员, one of them 分管安全) in the stored-values check;
//! - `village_assignments`: a leader's assigned villages (挂包村), each
//!   from `since` until `until`, so the history stays;
//! - `duty_reports`: a leader's monthly duty report (履职报告), one per
//!   leader per month;
//! - `roster_submissions`: the roster as the township sent it to the county;
//! - `demonstrations`: a township's demonstration village and group;
//!
//! The last three are programme records: the shared columns of migration
//! 10's `record_table` (author, idempotency key, version, stamps).
//! - `campaigns` and `campaign_milestones`: the county's deadlines.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Appointments {
    Table,
    Id,
    InChargeOfSafety,
}

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum VillageAssignments {
    Table,
    Id,
    AppointmentId,
    VillageId,
    VillageCode,
    TownshipCode,
    Since,
    Until,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DutyReports {
    Table,
    Id,
    AppointmentId,
    PersonId,
    NodeId,
    NodeCode,
    ReportedOn,
    Month,
    CoversGridWork,
    Summary,
    AuthorId,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RosterSubmissions {
    Table,
    Id,
    NodeId,
    NodeCode,
    SubmittedOn,
    Entries,
    Missing,
    EntryCount,
    MissingCount,
    AuthorId,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Demonstrations {
    Table,
    Id,
    TownshipCode,
    NodeId,
    NodeCode,
    Level,
    Since,
    Until,
    AuthorId,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Campaigns {
    Table,
    Id,
    NodeId,
    NodeCode,
    NodeLevel,
    Name,
    Year,
    Version,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CampaignMilestones {
    Table,
    Id,
    CampaignId,
    Position,
    Kind,
    Title,
    DueOn,
    DocumentKind,
}

const OLD_ROLES: &str = "'VILLAGE_OFFICER', 'GROUP_LIAISON'";
const NEW_ROLES: &str = "'VILLAGE_OFFICER', 'GROUP_LIAISON', 'TOWNSHIP_LEADER'";
const ROLE_CHECK: &str = "appointments_role_known";
const MILESTONE_KINDS: &str = "'ROSTER_SUBMITTED', 'TRAINING_DONE', 'NOTEBOOKS_ISSUED', \
    'TRAINING_AND_NOTEBOOKS', 'DEMONSTRATION_SITES', 'COVERAGE_COMPLETE', 'BUILD_OUT', 'DOCUMENT'";

/// Replaces the stored-values check on `table.column` (see migration 9:
/// CHECK on PostgreSQL, a pair of triggers on SQLite).
async fn set_check(
    db: &impl ConnectionTrait,
    table: &str,
    column: &str,
    name: &str,
    list: &str,
    fresh: bool,
) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
            if !fresh {
                db.execute_unprepared(&format!(
                    "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}"
                ))
                .await?;
            }
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({column} IN ({list}))"
            ))
            .await?;
        }
        DbBackend::Sqlite => {
            for (when, event) in [
                ("insert", "INSERT".to_string()),
                ("update", format!("UPDATE OF {column}")),
            ] {
                // One batch, so the drop and the create reach one connection.
                db.execute_unprepared(&format!(
                    "DROP TRIGGER IF EXISTS {name}_{when}; \
                     CREATE TRIGGER {name}_{when} BEFORE {event} ON {table} \
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

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden + 'static,
    cols: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut i = Index::create().name(name).table(table).to_owned();
    for c in cols {
        i.col(c);
    }
    if unique {
        i.unique();
    }
    manager.create_index(i).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        manager
            .alter_table(
                Table::alter()
                    .table(Appointments::Table)
                    .add_column(boolean(Appointments::InChargeOfSafety).default(false))
                    .to_owned(),
            )
            .await?;
        set_check(db, "appointments", "role", ROLE_CHECK, NEW_ROLES, false).await?;

        manager
            .create_table(
                Table::create()
                    .table(VillageAssignments::Table)
                    .col(pk_uuid(VillageAssignments::Id))
                    .col(uuid(VillageAssignments::AppointmentId))
                    .col(uuid(VillageAssignments::VillageId))
                    .col(big_integer(VillageAssignments::VillageCode))
                    .col(big_integer(VillageAssignments::TownshipCode))
                    .col(date(VillageAssignments::Since))
                    .col(date_null(VillageAssignments::Until))
                    .col(uuid(VillageAssignments::CreatedBy))
                    .col(timestamp_with_time_zone(VillageAssignments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VillageAssignments::Table, VillageAssignments::AppointmentId)
                            .to(Appointments::Table, Appointments::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VillageAssignments::Table, VillageAssignments::VillageId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_village_assignments_appointment",
            VillageAssignments::Table,
            vec![VillageAssignments::AppointmentId.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "idx_village_assignments_township",
            VillageAssignments::Table,
            vec![VillageAssignments::TownshipCode.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(DutyReports::Table)
                    .col(pk_uuid(DutyReports::Id))
                    .col(uuid(DutyReports::AppointmentId))
                    .col(uuid(DutyReports::PersonId))
                    .col(uuid(DutyReports::NodeId))
                    .col(big_integer(DutyReports::NodeCode))
                    .col(date(DutyReports::ReportedOn))
                    .col(string_len(DutyReports::Month, 7))
                    .col(boolean(DutyReports::CoversGridWork))
                    .col(text(DutyReports::Summary))
                    .col(uuid(DutyReports::AuthorId))
                    .col(string_len_uniq(DutyReports::IdempotencyKey, 64))
                    .col(integer(DutyReports::Version).default(1))
                    .col(timestamp_with_time_zone(DutyReports::CreatedAt))
                    .col(timestamp_with_time_zone(DutyReports::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DutyReports::Table, DutyReports::AppointmentId)
                            .to(Appointments::Table, Appointments::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_duty_reports_code_month",
            DutyReports::Table,
            vec![
                DutyReports::NodeCode.into_iden(),
                DutyReports::Month.into_iden(),
            ],
            false,
        )
        .await?;
        // One report per leader per month: a second is a correction.
        index(
            manager,
            "idx_duty_reports_appointment_month",
            DutyReports::Table,
            vec![
                DutyReports::AppointmentId.into_iden(),
                DutyReports::Month.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RosterSubmissions::Table)
                    .col(pk_uuid(RosterSubmissions::Id))
                    .col(uuid(RosterSubmissions::NodeId))
                    .col(big_integer(RosterSubmissions::NodeCode))
                    .col(date(RosterSubmissions::SubmittedOn))
                    .col(text(RosterSubmissions::Entries))
                    .col(text(RosterSubmissions::Missing))
                    .col(integer(RosterSubmissions::EntryCount))
                    .col(integer(RosterSubmissions::MissingCount))
                    .col(uuid(RosterSubmissions::AuthorId))
                    .col(string_len_uniq(RosterSubmissions::IdempotencyKey, 64))
                    .col(integer(RosterSubmissions::Version).default(1))
                    .col(timestamp_with_time_zone(RosterSubmissions::CreatedAt))
                    .col(timestamp_with_time_zone(RosterSubmissions::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RosterSubmissions::Table, RosterSubmissions::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_roster_submissions_code_day",
            RosterSubmissions::Table,
            vec![
                RosterSubmissions::NodeCode.into_iden(),
                RosterSubmissions::SubmittedOn.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Demonstrations::Table)
                    .col(pk_uuid(Demonstrations::Id))
                    .col(big_integer(Demonstrations::TownshipCode))
                    .col(uuid(Demonstrations::NodeId))
                    .col(big_integer(Demonstrations::NodeCode))
                    .col(small_integer(Demonstrations::Level))
                    .col(date(Demonstrations::Since))
                    .col(date_null(Demonstrations::Until))
                    .col(uuid(Demonstrations::AuthorId))
                    .col(string_len_uniq(Demonstrations::IdempotencyKey, 64))
                    .col(integer(Demonstrations::Version).default(1))
                    .col(timestamp_with_time_zone(Demonstrations::CreatedAt))
                    .col(timestamp_with_time_zone(Demonstrations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Demonstrations::Table, Demonstrations::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_demonstrations_township",
            Demonstrations::Table,
            vec![Demonstrations::TownshipCode.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Campaigns::Table)
                    .col(pk_uuid(Campaigns::Id))
                    .col(uuid(Campaigns::NodeId))
                    .col(big_integer(Campaigns::NodeCode))
                    .col(small_integer(Campaigns::NodeLevel))
                    .col(string_len(Campaigns::Name, 100))
                    .col(integer(Campaigns::Year))
                    .col(integer(Campaigns::Version).default(1))
                    .col(uuid(Campaigns::CreatedBy))
                    .col(timestamp_with_time_zone(Campaigns::CreatedAt))
                    .col(timestamp_with_time_zone(Campaigns::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Campaigns::Table, Campaigns::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CampaignMilestones::Table)
                    .col(pk_uuid(CampaignMilestones::Id))
                    .col(uuid(CampaignMilestones::CampaignId))
                    .col(integer(CampaignMilestones::Position))
                    .col(string_len(CampaignMilestones::Kind, 32))
                    .col(string_len(CampaignMilestones::Title, 100))
                    .col(date(CampaignMilestones::DueOn))
                    .col(string_len_null(CampaignMilestones::DocumentKind, 40))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignMilestones::Table, CampaignMilestones::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_campaign_milestones_campaign",
            CampaignMilestones::Table,
            vec![
                CampaignMilestones::CampaignId.into_iden(),
                CampaignMilestones::Position.into_iden(),
            ],
            false,
        )
        .await?;
        set_check(
            db,
            "campaign_milestones",
            "kind",
            "campaign_milestones_kind_known",
            MILESTONE_KINDS,
            true,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DbBackend::Sqlite {
            for when in ["insert", "update"] {
                db.execute_unprepared(&format!(
                    "DROP TRIGGER IF EXISTS campaign_milestones_kind_known_{when}"
                ))
                .await?;
            }
        }
        for table in [
            CampaignMilestones::Table.into_iden(),
            Campaigns::Table.into_iden(),
            Demonstrations::Table.into_iden(),
            RosterSubmissions::Table.into_iden(),
            DutyReports::Table.into_iden(),
            VillageAssignments::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        db.execute_unprepared("DELETE FROM appointments WHERE role = 'TOWNSHIP_LEADER'")
            .await?;
        set_check(db, "appointments", "role", ROLE_CHECK, OLD_ROLES, false).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Appointments::Table)
                    .drop_column(Appointments::InChargeOfSafety)
                    .to_owned(),
            )
            .await
    }
}
