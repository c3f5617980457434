use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
    Code,
    Level,
    ParentId,
    Name,
    SubsidyExempt,
    Demonstration,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LevelLabels {
    Table,
    Level,
    NameZh,
    NameEn,
}

/// The six levels as the seed writes them (村（社区）: a village or an urban
/// community); editable data, not code.
const LEVELS: [(i16, &str, &str); 6] = [
    (1, "省", "Province"),
    (2, "市（州）", "City"),
    (3, "县（区）", "County"),
    (4, "乡镇（街道）", "Township"),
    (5, "村（社区）", "Village"),
    (6, "村民组", "Villager group"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GridNodes::Table)
                    .col(pk_uuid(GridNodes::Id))
                    .col(big_integer_uniq(GridNodes::Code))
                    .col(small_integer(GridNodes::Level))
                    .col(uuid_null(GridNodes::ParentId))
                    .col(string_len(GridNodes::Name, 100))
                    .col(boolean(GridNodes::SubsidyExempt).default(false))
                    .col(boolean(GridNodes::Demonstration).default(false))
                    .col(integer(GridNodes::Version).default(1))
                    .col(timestamp_with_time_zone(GridNodes::CreatedAt))
                    .col(timestamp_with_time_zone(GridNodes::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(GridNodes::Table, GridNodes::ParentId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Children of a node, and level-filtered subtree scans.
        manager
            .create_index(
                Index::create()
                    .name("idx_grid_nodes_parent")
                    .table(GridNodes::Table)
                    .col(GridNodes::ParentId)
                    .col(GridNodes::Code)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_grid_nodes_level_code")
                    .table(GridNodes::Table)
                    .col(GridNodes::Level)
                    .col(GridNodes::Code)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LevelLabels::Table)
                    .col(small_integer(LevelLabels::Level).primary_key())
                    .col(string_len(LevelLabels::NameZh, 20))
                    .col(string_len(LevelLabels::NameEn, 40))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(LevelLabels::Table)
            .columns([LevelLabels::Level, LevelLabels::NameZh, LevelLabels::NameEn])
            .to_owned();
        for (level, zh, en) in LEVELS {
            insert.values_panic([level.into(), zh.into(), en.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LevelLabels::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(GridNodes::Table).to_owned())
            .await
    }
}
