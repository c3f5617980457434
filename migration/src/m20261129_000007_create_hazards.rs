use sea_orm_migration::{prelude::*, schema::*};

/// Hazards (隐患) and their history: every transition is a row in
/// `hazard_events`, so who did what and when is never lost.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Hazards {
    Table,
    Id,
    NodeId,
    NodeCode,
    HandlingNodeId,
    HandlingCode,
    HandlingLevel,
    Title,
    Description,
    Severity,
    Category,
    State,
    Deadline,
    ResponsiblePersonId,
    ResponsibleName,
    Measures,
    Latitude,
    Longitude,
    AccuracyM,
    InspectionId,
    ReportedBy,
    ReportedAt,
    RectifiedBy,
    RectifiedAt,
    ClosedAt,
    LastEscalatedOn,
    IdempotencyKey,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum HazardEvents {
    Table,
    Id,
    HazardId,
    NodeCode,
    Action,
    FromState,
    ToState,
    FromHandlingCode,
    ToHandlingCode,
    ActorId,
    Note,
    Deadline,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GridNodes {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Hazards::Table)
                    .col(pk_uuid(Hazards::Id))
                    .col(uuid(Hazards::NodeId))
                    .col(big_integer(Hazards::NodeCode))
                    .col(uuid(Hazards::HandlingNodeId))
                    .col(big_integer(Hazards::HandlingCode))
                    .col(small_integer(Hazards::HandlingLevel))
                    .col(string_len(Hazards::Title, 100))
                    .col(text(Hazards::Description))
                    .col(string_len(Hazards::Severity, 16))
                    .col(string_len(Hazards::Category, 40))
                    .col(string_len(Hazards::State, 16))
                    .col(date_null(Hazards::Deadline))
                    .col(uuid_null(Hazards::ResponsiblePersonId))
                    .col(string_len_null(Hazards::ResponsibleName, 50))
                    .col(text_null(Hazards::Measures))
                    .col(double_null(Hazards::Latitude))
                    .col(double_null(Hazards::Longitude))
                    .col(double_null(Hazards::AccuracyM))
                    .col(uuid_null(Hazards::InspectionId))
                    .col(uuid(Hazards::ReportedBy))
                    .col(timestamp_with_time_zone(Hazards::ReportedAt))
                    .col(uuid_null(Hazards::RectifiedBy))
                    .col(timestamp_with_time_zone_null(Hazards::RectifiedAt))
                    .col(timestamp_with_time_zone_null(Hazards::ClosedAt))
                    .col(date_null(Hazards::LastEscalatedOn))
                    .col(string_len_uniq(Hazards::IdempotencyKey, 64))
                    .col(integer(Hazards::Version).default(1))
                    .col(timestamp_with_time_zone(Hazards::CreatedAt))
                    .col(timestamp_with_time_zone(Hazards::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Hazards::Table, Hazards::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Hazards::Table, Hazards::HandlingNodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("idx_hazards_code", vec![Hazards::NodeCode, Hazards::State]),
            (
                "idx_hazards_state_deadline",
                vec![Hazards::State, Hazards::Deadline],
            ),
            ("idx_hazards_handling", vec![Hazards::HandlingCode]),
        ] {
            let mut index = Index::create().name(name).table(Hazards::Table).to_owned();
            for c in cols {
                index.col(c);
            }
            manager.create_index(index).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(HazardEvents::Table)
                    .col(pk_uuid(HazardEvents::Id))
                    .col(uuid(HazardEvents::HazardId))
                    .col(big_integer(HazardEvents::NodeCode))
                    .col(string_len(HazardEvents::Action, 24))
                    .col(string_len_null(HazardEvents::FromState, 16))
                    .col(string_len(HazardEvents::ToState, 16))
                    .col(big_integer_null(HazardEvents::FromHandlingCode))
                    .col(big_integer(HazardEvents::ToHandlingCode))
                    .col(uuid_null(HazardEvents::ActorId))
                    .col(text_null(HazardEvents::Note))
                    .col(date_null(HazardEvents::Deadline))
                    .col(timestamp_with_time_zone(HazardEvents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(HazardEvents::Table, HazardEvents::HazardId)
                            .to(Hazards::Table, Hazards::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_hazard_events_hazard")
                    .table(HazardEvents::Table)
                    .col(HazardEvents::HazardId)
                    .col(HazardEvents::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(HazardEvents::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Hazards::Table).to_owned())
            .await
    }
}
