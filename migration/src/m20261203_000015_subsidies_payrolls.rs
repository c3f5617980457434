//! Subsidies and payrolls (issue 9):
//! - `subsidy_standards`: a county's standard per year and post, in fen;
//! - `payrolls`: one payer's subsidies for a year (DRAFT → APPROVED → PAID);
//! - `payroll_lines`: the ledger rows a payroll was prepared from, and
//!   the adjustments made later, each with its reason.
//!
//! Money is `BIGINT` fen everywhere. The stored states and kinds are
//! checked like migration 9's (CHECK on PostgreSQL, triggers on SQLite).
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
enum Appointments {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum SubsidyStandards {
    Table,
    Id,
    NodeId,
    NodeCode,
    Year,
    Role,
    AmountFen,
    Version,
    SetBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Payrolls {
    Table,
    Id,
    PayerNodeId,
    PayerCode,
    PayerLevel,
    Role,
    Year,
    Period,
    Status,
    TotalFen,
    PaidFen,
    PreparedBy,
    PreparedByPerson,
    PreparedAt,
    ApprovedBy,
    ApprovedAt,
    PaidBy,
    PaidOn,
    Reference,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PayrollLines {
    Table,
    Id,
    PayrollId,
    PayerCode,
    Position,
    Kind,
    AppointmentId,
    PersonId,
    PersonName,
    NodeId,
    NodeCode,
    DaysInPost,
    StandardFen,
    ProratedFen,
    DeductionFen,
    FundingSource,
    AmountFen,
    Reason,
    IdempotencyKey,
    CreatedBy,
    CreatedAt,
}

const ROLES: &str = "'VILLAGE_OFFICER', 'GROUP_LIAISON'";
/// (table, column, check name, allowed values)
const CHECKS: [(&str, &str, &str, &str); 5] = [
    (
        "subsidy_standards",
        "role",
        "subsidy_standards_role_known",
        ROLES,
    ),
    ("payrolls", "role", "payrolls_role_known", ROLES),
    (
        "payrolls",
        "status",
        "payrolls_status_known",
        "'DRAFT', 'APPROVED', 'PAID'",
    ),
    (
        "payroll_lines",
        "kind",
        "payroll_lines_kind_known",
        "'LEDGER', 'ADJUSTMENT'",
    ),
    (
        "payroll_lines",
        "funding_source",
        "payroll_lines_funding_known",
        "'COUNTY_BUDGET', 'POVERTY_ALLEVIATION_FUND'",
    ),
];

/// The stored-values check on `table.column` (see migration 9).
async fn add_check(
    db: &impl ConnectionTrait,
    (table, column, name, list): (&str, &str, &str, &str),
) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
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
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {name}_{when} BEFORE {event} ON {table} \
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
        manager
            .create_table(
                Table::create()
                    .table(SubsidyStandards::Table)
                    .col(pk_uuid(SubsidyStandards::Id))
                    .col(uuid(SubsidyStandards::NodeId))
                    .col(big_integer(SubsidyStandards::NodeCode))
                    .col(integer(SubsidyStandards::Year))
                    .col(string_len(SubsidyStandards::Role, 16))
                    .col(big_integer(SubsidyStandards::AmountFen))
                    .col(integer(SubsidyStandards::Version).default(1))
                    .col(uuid(SubsidyStandards::SetBy))
                    .col(timestamp_with_time_zone(SubsidyStandards::CreatedAt))
                    .col(timestamp_with_time_zone(SubsidyStandards::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SubsidyStandards::Table, SubsidyStandards::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One standard per county, year and post: a change is a new version.
        index(
            manager,
            "idx_subsidy_standards_county_year_role",
            SubsidyStandards::Table,
            vec![
                SubsidyStandards::NodeCode.into_iden(),
                SubsidyStandards::Year.into_iden(),
                SubsidyStandards::Role.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Payrolls::Table)
                    .col(pk_uuid(Payrolls::Id))
                    .col(uuid(Payrolls::PayerNodeId))
                    .col(big_integer(Payrolls::PayerCode))
                    .col(small_integer(Payrolls::PayerLevel))
                    .col(string_len(Payrolls::Role, 16))
                    .col(integer(Payrolls::Year))
                    .col(string_len_null(Payrolls::Period, 40))
                    .col(string_len(Payrolls::Status, 16))
                    .col(big_integer(Payrolls::TotalFen))
                    .col(big_integer_null(Payrolls::PaidFen))
                    .col(uuid(Payrolls::PreparedBy))
                    .col(uuid(Payrolls::PreparedByPerson))
                    .col(timestamp_with_time_zone(Payrolls::PreparedAt))
                    .col(uuid_null(Payrolls::ApprovedBy))
                    .col(timestamp_with_time_zone_null(Payrolls::ApprovedAt))
                    .col(uuid_null(Payrolls::PaidBy))
                    .col(date_null(Payrolls::PaidOn))
                    .col(string_len_null(Payrolls::Reference, 100))
                    .col(string_len_uniq(Payrolls::IdempotencyKey, 64))
                    .col(integer(Payrolls::Version).default(1))
                    .col(timestamp_with_time_zone(Payrolls::CreatedAt))
                    .col(timestamp_with_time_zone(Payrolls::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Payrolls::Table, Payrolls::PayerNodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One payroll per payer, year and post.
        index(
            manager,
            "idx_payrolls_payer_year_role",
            Payrolls::Table,
            vec![
                Payrolls::PayerNodeId.into_iden(),
                Payrolls::Year.into_iden(),
                Payrolls::Role.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "idx_payrolls_code_year",
            Payrolls::Table,
            vec![Payrolls::PayerCode.into_iden(), Payrolls::Year.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PayrollLines::Table)
                    .col(pk_uuid(PayrollLines::Id))
                    .col(uuid(PayrollLines::PayrollId))
                    .col(big_integer(PayrollLines::PayerCode))
                    .col(integer(PayrollLines::Position))
                    .col(string_len(PayrollLines::Kind, 16))
                    .col(uuid(PayrollLines::AppointmentId))
                    .col(uuid(PayrollLines::PersonId))
                    .col(string_len(PayrollLines::PersonName, 50))
                    .col(uuid(PayrollLines::NodeId))
                    .col(big_integer(PayrollLines::NodeCode))
                    .col(integer(PayrollLines::DaysInPost))
                    .col(big_integer(PayrollLines::StandardFen))
                    .col(big_integer(PayrollLines::ProratedFen))
                    .col(big_integer(PayrollLines::DeductionFen))
                    .col(string_len(PayrollLines::FundingSource, 32))
                    .col(big_integer(PayrollLines::AmountFen))
                    .col(text_null(PayrollLines::Reason))
                    .col(string_len_null(PayrollLines::IdempotencyKey, 64).unique_key())
                    .col(uuid(PayrollLines::CreatedBy))
                    .col(timestamp_with_time_zone(PayrollLines::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PayrollLines::Table, PayrollLines::PayrollId)
                            .to(Payrolls::Table, Payrolls::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PayrollLines::Table, PayrollLines::AppointmentId)
                            .to(Appointments::Table, Appointments::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_payroll_lines_payroll",
            PayrollLines::Table,
            vec![
                PayrollLines::PayrollId.into_iden(),
                PayrollLines::Position.into_iden(),
            ],
            true,
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
            for (_, _, name, _) in CHECKS {
                for when in ["insert", "update"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name}_{when}"))
                        .await?;
                }
            }
        }
        for table in [
            PayrollLines::Table.into_iden(),
            Payrolls::Table.into_iden(),
            SubsidyStandards::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
