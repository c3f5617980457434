use sea_orm_migration::{prelude::*, schema::*};

/// 复查销号 is separated by person, not account: the hazard keeps the
/// person who reported the fix, so the one authorization decision can
/// refuse (and `allowedActions` leave out) a check by any account of that
/// person without a query of its own. Existing fixes take the person of
/// the account that made them.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Hazards {
    Table,
    RectifiedByPersonId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Hazards::Table)
                    .add_column(uuid_null(Hazards::RectifiedByPersonId))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE hazards SET rectified_by_person_id = \
                 (SELECT person_id FROM accounts WHERE accounts.id = hazards.rectified_by) \
                 WHERE rectified_by IS NOT NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Hazards::Table)
                    .drop_column(Hazards::RectifiedByPersonId)
                    .to_owned(),
            )
            .await
    }
}
