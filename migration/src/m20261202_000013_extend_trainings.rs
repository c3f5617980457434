use sea_orm_migration::{prelude::*, schema::*};

/// What issue 8's contract asks of a training beyond migration 000010's
/// table (its topics and length), and one work plan per village and year
/// held by the database too, not only by the service.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Trainings {
    Table,
    Topics,
    DurationMinutes,
}

#[derive(DeriveIden)]
enum WorkPlans {
    Table,
    NodeId,
    Year,
}

const PLAN_YEAR_INDEX: &str = "idx_work_plans_node_year";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Trainings::Table)
                    .add_column(text(Trainings::Topics).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Trainings::Table)
                    .add_column(integer_null(Trainings::DurationMinutes))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(PLAN_YEAR_INDEX)
                    .table(WorkPlans::Table)
                    .col(WorkPlans::NodeId)
                    .col(WorkPlans::Year)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(PLAN_YEAR_INDEX)
                    .table(WorkPlans::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Trainings::DurationMinutes, Trainings::Topics] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Trainings::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
