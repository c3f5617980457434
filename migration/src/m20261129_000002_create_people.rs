use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Persons {
    Table,
    Id,
    NodeId,
    NodeCode,
    Name,
    Phone,
    IdNumber,
    AuxiliaryPost,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Appointments {
    Table,
    Id,
    PersonId,
    NodeId,
    NodeCode,
    Role,
    StartDate,
    EndDate,
    TrainingDate,
    NotebookIssuedDate,
    Version,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
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
                    .table(Persons::Table)
                    .col(pk_uuid(Persons::Id))
                    .col(uuid(Persons::NodeId))
                    .col(big_integer(Persons::NodeCode))
                    .col(string_len(Persons::Name, 50))
                    .col(string_len(Persons::Phone, 20))
                    .col(string_len_null(Persons::IdNumber, 18))
                    .col(string_len_null(Persons::AuxiliaryPost, 40))
                    .col(integer(Persons::Version).default(1))
                    .col(timestamp_with_time_zone(Persons::CreatedAt))
                    .col(timestamp_with_time_zone(Persons::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Persons::Table, Persons::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_persons_node_code")
                    .table(Persons::Table)
                    .col(Persons::NodeCode)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Appointments::Table)
                    .col(pk_uuid(Appointments::Id))
                    .col(uuid(Appointments::PersonId))
                    .col(uuid(Appointments::NodeId))
                    .col(big_integer(Appointments::NodeCode))
                    .col(string_len(Appointments::Role, 30))
                    .col(date(Appointments::StartDate))
                    .col(date_null(Appointments::EndDate))
                    .col(date_null(Appointments::TrainingDate))
                    .col(date_null(Appointments::NotebookIssuedDate))
                    .col(integer(Appointments::Version).default(1))
                    .col(uuid_null(Appointments::CreatedBy))
                    .col(timestamp_with_time_zone(Appointments::CreatedAt))
                    .col(timestamp_with_time_zone(Appointments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appointments::Table, Appointments::PersonId)
                            .to(Persons::Table, Persons::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appointments::Table, Appointments::NodeId)
                            .to(GridNodes::Table, GridNodes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Coverage and subtree lists scan appointments by grid code range.
        manager
            .create_index(
                Index::create()
                    .name("idx_appointments_node_code")
                    .table(Appointments::Table)
                    .col(Appointments::NodeCode)
                    .col(Appointments::EndDate)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appointments_person")
                    .table(Appointments::Table)
                    .col(Appointments::PersonId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Appointments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Persons::Table).to_owned())
            .await
    }
}
