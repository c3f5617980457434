//! The township scorecard (考核表, 附件1):
//! - `scorecard_templates` / `scorecard_template_items`: a county's
//!   template for a year, as versions (an edit adds a version);
//! - `scorecard_entries`: points entered by hand, as versions;
//! - `scorecards`: the locked cards, one per township and year, with the
//!   total and the rank.
//!
//! The stored rule and milestone kinds are checked like migration 15's
//! (CHECK on PostgreSQL, triggers on SQLite).
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
enum ScorecardTemplates {
    Table,
    Id,
    CountyId,
    CountyCode,
    Year,
    Version,
    SetBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ScorecardTemplateItems {
    Table,
    Id,
    TemplateId,
    PartPosition,
    PartKey,
    PartTitle,
    PartMaxPoints,
    Position,
    ItemKey,
    Title,
    MaxPoints,
    Rule,
    PerUnit,
    DocumentKinds,
    MilestoneKind,
}

#[derive(DeriveIden)]
enum ScorecardEntries {
    Table,
    Id,
    CountyCode,
    TownshipId,
    TownshipCode,
    Year,
    ItemKey,
    Points,
    Note,
    DocumentIds,
    Version,
    EnteredBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Scorecards {
    Table,
    Id,
    CountyCode,
    TownshipId,
    TownshipCode,
    Year,
    Total,
    Rank,
    Parts,
    LockedBy,
    LockedAt,
}

const RULES: &str = "'DOCUMENTS', 'ROSTER_MISSING', 'MILESTONE_ON_TIME', 'NOTEBOOKS_NOT_KEPT', \
     'LEADER_VISITS', 'MONTHLY_MEETINGS', 'DUTY_REPORTS_WITHOUT_GRID_WORK', 'ASSESSMENTS_DONE', \
     'SUBSIDIES_ON_TIME'";
const MILESTONES: &str = "'ROSTER_SUBMITTED', 'TRAINING_DONE', 'NOTEBOOKS_ISSUED', \
     'TRAINING_AND_NOTEBOOKS', 'DEMONSTRATION_SITES', 'COVERAGE_COMPLETE', 'BUILD_OUT', 'DOCUMENT'";
/// (table, column, check name, allowed values); both columns may be NULL
/// (an item entered by hand has no rule).
const CHECKS: [(&str, &str, &str, &str); 2] = [
    (
        "scorecard_template_items",
        "rule",
        "scorecard_items_rule_known",
        RULES,
    ),
    (
        "scorecard_template_items",
        "milestone_kind",
        "scorecard_items_milestone_known",
        MILESTONES,
    ),
];

async fn add_check(
    db: &impl ConnectionTrait,
    (table, column, name, list): (&str, &str, &str, &str),
) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DbBackend::Postgres => {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({column} IS NULL OR {column} IN ({list}))"
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
                     WHEN NEW.{column} IS NOT NULL AND NEW.{column} NOT IN ({list}) \
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
                    .table(ScorecardTemplates::Table)
                    .col(pk_uuid(ScorecardTemplates::Id))
                    .col(uuid(ScorecardTemplates::CountyId))
                    .col(big_integer(ScorecardTemplates::CountyCode))
                    .col(integer(ScorecardTemplates::Year))
                    .col(integer(ScorecardTemplates::Version))
                    .col(uuid(ScorecardTemplates::SetBy))
                    .col(timestamp_with_time_zone(ScorecardTemplates::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ScorecardTemplates::Table, ScorecardTemplates::CountyId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Two editors saving at once: one of them gets the unique violation.
        index(
            manager,
            "idx_scorecard_templates_county_year_version",
            ScorecardTemplates::Table,
            vec![
                ScorecardTemplates::CountyCode.into_iden(),
                ScorecardTemplates::Year.into_iden(),
                ScorecardTemplates::Version.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ScorecardTemplateItems::Table)
                    .col(pk_uuid(ScorecardTemplateItems::Id))
                    .col(uuid(ScorecardTemplateItems::TemplateId))
                    .col(integer(ScorecardTemplateItems::PartPosition))
                    .col(string_len(ScorecardTemplateItems::PartKey, 40))
                    .col(string_len(ScorecardTemplateItems::PartTitle, 200))
                    .col(integer(ScorecardTemplateItems::PartMaxPoints))
                    .col(integer(ScorecardTemplateItems::Position))
                    .col(string_len(ScorecardTemplateItems::ItemKey, 40))
                    .col(text(ScorecardTemplateItems::Title))
                    .col(integer(ScorecardTemplateItems::MaxPoints))
                    .col(string_len_null(ScorecardTemplateItems::Rule, 40))
                    .col(integer_null(ScorecardTemplateItems::PerUnit))
                    .col(string_len_null(ScorecardTemplateItems::DocumentKinds, 400))
                    .col(string_len_null(ScorecardTemplateItems::MilestoneKind, 40))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ScorecardTemplateItems::Table,
                                ScorecardTemplateItems::TemplateId,
                            )
                            .to(ScorecardTemplates::Table, ScorecardTemplates::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_scorecard_template_items_key",
            ScorecardTemplateItems::Table,
            vec![
                ScorecardTemplateItems::TemplateId.into_iden(),
                ScorecardTemplateItems::ItemKey.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ScorecardEntries::Table)
                    .col(pk_uuid(ScorecardEntries::Id))
                    .col(big_integer(ScorecardEntries::CountyCode))
                    .col(uuid(ScorecardEntries::TownshipId))
                    .col(big_integer(ScorecardEntries::TownshipCode))
                    .col(integer(ScorecardEntries::Year))
                    .col(string_len(ScorecardEntries::ItemKey, 40))
                    .col(integer(ScorecardEntries::Points))
                    .col(text(ScorecardEntries::Note))
                    .col(text(ScorecardEntries::DocumentIds))
                    .col(integer(ScorecardEntries::Version))
                    .col(uuid(ScorecardEntries::EnteredBy))
                    .col(timestamp_with_time_zone(ScorecardEntries::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ScorecardEntries::Table, ScorecardEntries::TownshipId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_scorecard_entries_version",
            ScorecardEntries::Table,
            vec![
                ScorecardEntries::TownshipId.into_iden(),
                ScorecardEntries::Year.into_iden(),
                ScorecardEntries::ItemKey.into_iden(),
                ScorecardEntries::Version.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "idx_scorecard_entries_county_year",
            ScorecardEntries::Table,
            vec![
                ScorecardEntries::CountyCode.into_iden(),
                ScorecardEntries::Year.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Scorecards::Table)
                    .col(pk_uuid(Scorecards::Id))
                    .col(big_integer(Scorecards::CountyCode))
                    .col(uuid(Scorecards::TownshipId))
                    .col(big_integer(Scorecards::TownshipCode))
                    .col(integer(Scorecards::Year))
                    .col(integer(Scorecards::Total))
                    .col(integer(Scorecards::Rank))
                    .col(text(Scorecards::Parts))
                    .col(uuid(Scorecards::LockedBy))
                    .col(timestamp_with_time_zone(Scorecards::LockedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Scorecards::Table, Scorecards::TownshipId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Locked once: a second lock of the year finds the rows there.
        index(
            manager,
            "idx_scorecards_township_year",
            Scorecards::Table,
            vec![
                Scorecards::TownshipId.into_iden(),
                Scorecards::Year.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "idx_scorecards_county_year",
            Scorecards::Table,
            vec![
                Scorecards::CountyCode.into_iden(),
                Scorecards::Year.into_iden(),
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
            Scorecards::Table.into_iden(),
            ScorecardEntries::Table.into_iden(),
            ScorecardTemplateItems::Table.into_iden(),
            ScorecardTemplates::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
