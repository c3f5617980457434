//! Officer assessments (考核, issue 9):
//! - `assessment_rule_sets` and `assessment_rule_items`: the rules
//!   (考核细则) as data, per node and post; a new set supersedes the old;
//! - `assessments`: one post's assessment for a period, with its form as
//!   a JSON array, DRAFT → SUBMITTED → APPROVED, corrections as versions.
//!
//! The stored states and kinds are checked like migration 15's (CHECK on
//! PostgreSQL, triggers on SQLite). The built-in default rules live in
//! code (`api::assessments::rules`), the county's fallback.
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
enum AssessmentRuleSets {
    Table,
    Id,
    NodeId,
    NodeCode,
    NodeLevel,
    Role,
    PeriodKind,
    PassMark,
    FenPerPoint,
    SetBy,
    SupersededAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AssessmentRuleItems {
    Table,
    Id,
    RuleSetId,
    Position,
    Key,
    Title,
    MaxPoints,
    Measure,
    PerMiss,
}

#[derive(DeriveIden)]
enum Assessments {
    Table,
    Id,
    AppointmentId,
    PersonId,
    NodeId,
    NodeCode,
    Role,
    Period,
    Year,
    PeriodKind,
    RuleSetId,
    RuleNodeId,
    PassMark,
    FenPerPoint,
    Items,
    Total,
    MaxTotal,
    Grade,
    Status,
    Version,
    PreviousId,
    Superseded,
    Reason,
    AssessorAccount,
    AssessorPerson,
    AssessorCode,
    AssessorLevel,
    SubmittedByPerson,
    SubmittedAt,
    ApprovedBy,
    ApprovedByPerson,
    ApprovedAt,
    DeductionFen,
    Edits,
    CreatedAt,
    UpdatedAt,
}

const ROLES: &str = "'VILLAGE_OFFICER', 'GROUP_LIAISON'";
const PERIODS: &str = "'MONTH', 'YEAR'";
/// (table, column, check name, allowed values)
const CHECKS: [(&str, &str, &str, &str); 7] = [
    (
        "assessment_rule_sets",
        "role",
        "assessment_rule_sets_role_known",
        ROLES,
    ),
    (
        "assessment_rule_sets",
        "period_kind",
        "assessment_rule_sets_period_known",
        PERIODS,
    ),
    (
        "assessment_rule_items",
        "measure",
        "assessment_rule_items_measure_known",
        "'INSPECTION_QUOTA', 'HAZARD_FOLLOW_UP', 'VILLAGE_MEETINGS', 'NOTEBOOK_CHECK', 'MANUAL'",
    ),
    ("assessments", "role", "assessments_role_known", ROLES),
    (
        "assessments",
        "period_kind",
        "assessments_period_known",
        PERIODS,
    ),
    (
        "assessments",
        "status",
        "assessments_status_known",
        "'DRAFT', 'SUBMITTED', 'APPROVED'",
    ),
    (
        "assessments",
        "grade",
        "assessments_grade_known",
        "'EXCELLENT', 'PASS', 'FAIL'",
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
                    .table(AssessmentRuleSets::Table)
                    .col(pk_uuid(AssessmentRuleSets::Id))
                    .col(uuid(AssessmentRuleSets::NodeId))
                    .col(big_integer(AssessmentRuleSets::NodeCode))
                    .col(small_integer(AssessmentRuleSets::NodeLevel))
                    .col(string_len(AssessmentRuleSets::Role, 16))
                    .col(string_len(AssessmentRuleSets::PeriodKind, 8))
                    .col(integer(AssessmentRuleSets::PassMark))
                    .col(big_integer(AssessmentRuleSets::FenPerPoint))
                    .col(uuid(AssessmentRuleSets::SetBy))
                    .col(timestamp_with_time_zone_null(
                        AssessmentRuleSets::SupersededAt,
                    ))
                    .col(timestamp_with_time_zone(AssessmentRuleSets::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssessmentRuleSets::Table, AssessmentRuleSets::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_assessment_rule_sets_code_role",
            AssessmentRuleSets::Table,
            vec![
                AssessmentRuleSets::NodeCode.into_iden(),
                AssessmentRuleSets::Role.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(AssessmentRuleItems::Table)
                    .col(pk_uuid(AssessmentRuleItems::Id))
                    .col(uuid(AssessmentRuleItems::RuleSetId))
                    .col(integer(AssessmentRuleItems::Position))
                    .col(string_len(AssessmentRuleItems::Key, 40))
                    .col(string_len(AssessmentRuleItems::Title, 100))
                    .col(integer(AssessmentRuleItems::MaxPoints))
                    .col(string_len(AssessmentRuleItems::Measure, 24))
                    .col(integer(AssessmentRuleItems::PerMiss))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssessmentRuleItems::Table, AssessmentRuleItems::RuleSetId)
                            .to(AssessmentRuleSets::Table, AssessmentRuleSets::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_assessment_rule_items_set",
            AssessmentRuleItems::Table,
            vec![
                AssessmentRuleItems::RuleSetId.into_iden(),
                AssessmentRuleItems::Position.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Assessments::Table)
                    .col(pk_uuid(Assessments::Id))
                    .col(uuid(Assessments::AppointmentId))
                    .col(uuid(Assessments::PersonId))
                    .col(uuid(Assessments::NodeId))
                    .col(big_integer(Assessments::NodeCode))
                    .col(string_len(Assessments::Role, 16))
                    .col(string_len(Assessments::Period, 7))
                    .col(integer(Assessments::Year))
                    .col(string_len(Assessments::PeriodKind, 8))
                    .col(uuid_null(Assessments::RuleSetId))
                    .col(uuid_null(Assessments::RuleNodeId))
                    .col(integer(Assessments::PassMark))
                    .col(big_integer(Assessments::FenPerPoint))
                    .col(text(Assessments::Items))
                    .col(integer(Assessments::Total))
                    .col(integer(Assessments::MaxTotal))
                    .col(string_len(Assessments::Grade, 16))
                    .col(string_len(Assessments::Status, 16))
                    .col(integer(Assessments::Version))
                    .col(uuid_null(Assessments::PreviousId))
                    .col(boolean(Assessments::Superseded).default(false))
                    .col(text_null(Assessments::Reason))
                    .col(uuid(Assessments::AssessorAccount))
                    .col(uuid(Assessments::AssessorPerson))
                    .col(big_integer(Assessments::AssessorCode))
                    .col(small_integer(Assessments::AssessorLevel))
                    .col(uuid_null(Assessments::SubmittedByPerson))
                    .col(timestamp_with_time_zone_null(Assessments::SubmittedAt))
                    .col(uuid_null(Assessments::ApprovedBy))
                    .col(uuid_null(Assessments::ApprovedByPerson))
                    .col(timestamp_with_time_zone_null(Assessments::ApprovedAt))
                    .col(big_integer_null(Assessments::DeductionFen))
                    .col(integer(Assessments::Edits).default(1))
                    .col(timestamp_with_time_zone(Assessments::CreatedAt))
                    .col(timestamp_with_time_zone(Assessments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Assessments::Table, Assessments::AppointmentId)
                            .to(Appointments::Table, Appointments::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Assessments::Table, Assessments::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One version number per post and period: starting twice, or two
        // revisions racing, cannot make a second one.
        index(
            manager,
            "idx_assessments_post_period_version",
            Assessments::Table,
            vec![
                Assessments::AppointmentId.into_iden(),
                Assessments::Period.into_iden(),
                Assessments::Version.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "idx_assessments_code_period",
            Assessments::Table,
            vec![
                Assessments::NodeCode.into_iden(),
                Assessments::Period.into_iden(),
            ],
            false,
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
            Assessments::Table.into_iden(),
            AssessmentRuleItems::Table.into_iden(),
            AssessmentRuleSets::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
