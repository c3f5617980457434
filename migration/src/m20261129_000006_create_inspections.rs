use sea_orm_migration::{prelude::*, schema::*};

/// Inspections (村级检查, 组级巡查, 包村领导走访), the configurable list of
/// sectors they cover, and the photos kept as evidence for any field record.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sectors {
    Table,
    Code,
    NameZh,
    NameEn,
    SortOrder,
    Active,
}

#[derive(DeriveIden)]
enum Inspections {
    Table,
    Id,
    NodeId,
    NodeCode,
    Kind,
    OccurredAt,
    OccurredOn,
    PersonId,
    AppointmentId,
    AuthorId,
    Sectors,
    Notes,
    Latitude,
    Longitude,
    AccuracyM,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Photos {
    Table,
    Id,
    Sha256,
    NodeCode,
    OwnerKind,
    OwnerId,
    UploadedBy,
    Mime,
    ByteSize,
    Width,
    Height,
    ExifLatitude,
    ExifLongitude,
    ExifTakenAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
}

/// The defaults follow the seed notice (附件2, 附件3): what a village officer
/// supervises and what a group liaison is told to watch.
const DEFAULT_SECTORS: &[(&str, &str, &str)] = &[
    ("ROAD_TRAFFIC", "道路交通", "Road traffic"),
    ("FIRE", "消防安全", "Fire safety"),
    (
        "POWER_LINES",
        "用电及电力线路",
        "Electricity and power lines",
    ),
    ("WATER", "水域防溺水", "Water and drowning"),
    ("GEOLOGICAL", "地质灾害", "Geological hazards"),
    ("FOOD", "食品安全", "Food safety"),
    ("CONSTRUCTION", "建筑施工", "Construction"),
    ("ENTERPRISE", "生产经营单位", "Local enterprises"),
    ("FOREST_FIRE", "森林防火", "Forest fire"),
    (
        "SEASONAL",
        "季节性提醒（柴草、野生菌、马蜂窝）",
        "Seasonal warnings",
    ),
    (
        "CEREMONY",
        "红白喜事跟场提醒",
        "Ceremonies (on-site reminders)",
    ),
    ("OTHER", "其他", "Other"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Sectors::Table)
                    .col(string_len(Sectors::Code, 40).primary_key())
                    .col(string_len(Sectors::NameZh, 60))
                    .col(string_len(Sectors::NameEn, 60))
                    .col(integer(Sectors::SortOrder))
                    .col(boolean(Sectors::Active).default(true))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(Sectors::Table)
            .columns([
                Sectors::Code,
                Sectors::NameZh,
                Sectors::NameEn,
                Sectors::SortOrder,
                Sectors::Active,
            ])
            .to_owned();
        for (i, (code, zh, en)) in DEFAULT_SECTORS.iter().enumerate() {
            insert.values_panic([
                (*code).into(),
                (*zh).into(),
                (*en).into(),
                (i as i32 * 10).into(),
                true.into(),
            ]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(Inspections::Table)
                    .col(pk_uuid(Inspections::Id))
                    .col(uuid(Inspections::NodeId))
                    .col(big_integer(Inspections::NodeCode))
                    .col(string_len(Inspections::Kind, 24))
                    .col(timestamp_with_time_zone(Inspections::OccurredAt))
                    .col(date(Inspections::OccurredOn))
                    .col(uuid_null(Inspections::PersonId))
                    .col(uuid_null(Inspections::AppointmentId))
                    .col(uuid(Inspections::AuthorId))
                    .col(text(Inspections::Sectors))
                    .col(text(Inspections::Notes))
                    .col(double_null(Inspections::Latitude))
                    .col(double_null(Inspections::Longitude))
                    .col(double_null(Inspections::AccuracyM))
                    .col(string_len_uniq(Inspections::IdempotencyKey, 64))
                    .col(integer(Inspections::Version).default(1))
                    .col(timestamp_with_time_zone(Inspections::CreatedAt))
                    .col(timestamp_with_time_zone(Inspections::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Inspections::Table, Inspections::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Every inspection query is a subtree (a code range) and a period:
        // (node_code, occurred_on) serves them all. A (day, code) index made
        // SQLite's planner scan the whole month of a city (measured by
        // tests/bench/field-records.sh), so there is none.
        for (name, cols) in [
            (
                "idx_inspections_code_day",
                vec![Inspections::NodeCode, Inspections::OccurredOn],
            ),
            (
                "idx_inspections_appointment_day",
                vec![Inspections::AppointmentId, Inspections::OccurredOn],
            ),
        ] {
            let mut index = Index::create()
                .name(name)
                .table(Inspections::Table)
                .to_owned();
            for c in cols {
                index.col(c);
            }
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Photos::Table)
                    .col(pk_uuid(Photos::Id))
                    .col(string_len(Photos::Sha256, 64))
                    .col(big_integer(Photos::NodeCode))
                    .col(string_len_null(Photos::OwnerKind, 16))
                    .col(uuid_null(Photos::OwnerId))
                    .col(uuid(Photos::UploadedBy))
                    .col(string_len(Photos::Mime, 16))
                    .col(big_integer(Photos::ByteSize))
                    .col(integer(Photos::Width))
                    .col(integer(Photos::Height))
                    .col(double_null(Photos::ExifLatitude))
                    .col(double_null(Photos::ExifLongitude))
                    .col(string_len_null(Photos::ExifTakenAt, 32))
                    .col(timestamp_with_time_zone(Photos::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_photos_owner")
                    .table(Photos::Table)
                    .col(Photos::OwnerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_photos_uploader_hash")
                    .table(Photos::Table)
                    .col(Photos::UploadedBy)
                    .col(Photos::Sha256)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Photos::Table.into_iden(),
            Inspections::Table.into_iden(),
            Sectors::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
