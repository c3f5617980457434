//! Every account belongs to a person (separation of duties by person), and
//! the 等保 2.0 basics for accounts: a password set by someone else must be
//! changed at first login, and an optional TOTP second factor with
//! single-use recovery codes and a second login step.
//!
//! Accounts made before this migration get a person of their own, named
//! after the username and registered at the account's node; an
//! administrator links the right person later. From here on the database
//! refuses an account without a person (NOT NULL on PostgreSQL, a trigger on
//! SQLite, which cannot alter a column).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::prelude::{ChronoDateTimeUtc, Uuid};
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
    Username,
    NodeId,
    NodeCode,
    PersonId,
    MustChangePassword,
    TotpSecret,
    TotpEnabledAt,
    TotpLastStep,
}

#[derive(DeriveIden)]
enum Persons {
    Table,
    Id,
    NodeId,
    NodeCode,
    Name,
    Phone,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    AccountId,
    CodeHash,
    CreatedAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum LoginChallenges {
    Table,
    Id,
    AccountId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

const SQLITE_TRIGGERS: [&str; 2] = [
    "CREATE TRIGGER accounts_need_a_person_insert BEFORE INSERT ON accounts \
     WHEN NEW.person_id IS NULL BEGIN SELECT RAISE(ABORT, 'an account needs a person'); END",
    "CREATE TRIGGER accounts_need_a_person_update BEFORE UPDATE OF person_id ON accounts \
     WHEN NEW.person_id IS NULL BEGIN SELECT RAISE(ABORT, 'an account needs a person'); END",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            boolean(Accounts::MustChangePassword)
                .default(false)
                .to_owned(),
            string_len_null(Accounts::TotpSecret, 64).to_owned(),
            timestamp_with_time_zone_null(Accounts::TotpEnabledAt).to_owned(),
            big_integer_null(Accounts::TotpLastStep).to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Accounts::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCodes::Table)
                    .col(pk_uuid(RecoveryCodes::Id))
                    .col(uuid(RecoveryCodes::AccountId))
                    .col(string_len_uniq(RecoveryCodes::CodeHash, 64))
                    .col(timestamp_with_time_zone(RecoveryCodes::CreatedAt))
                    .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RecoveryCodes::Table, RecoveryCodes::AccountId)
                            .to(Accounts::Table, Accounts::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_codes_account")
                    .table(RecoveryCodes::Table)
                    .col(RecoveryCodes::AccountId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginChallenges::Table)
                    .col(pk_uuid(LoginChallenges::Id))
                    .col(uuid(LoginChallenges::AccountId))
                    .col(string_len_uniq(LoginChallenges::TokenHash, 64))
                    .col(timestamp_with_time_zone(LoginChallenges::CreatedAt))
                    .col(timestamp_with_time_zone(LoginChallenges::ExpiresAt))
                    .col(timestamp_with_time_zone_null(LoginChallenges::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LoginChallenges::Table, LoginChallenges::AccountId)
                            .to(Accounts::Table, Accounts::Id),
                    )
                    .to_owned(),
            )
            .await?;
        give_every_account_a_person(manager).await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared("ALTER TABLE accounts ALTER COLUMN person_id SET NOT NULL")
                    .await?;
            }
            _ => {
                for trigger in SQLITE_TRIGGERS {
                    db.execute_unprepared(trigger).await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared("ALTER TABLE accounts ALTER COLUMN person_id DROP NOT NULL")
                    .await?;
            }
            _ => {
                db.execute_unprepared("DROP TRIGGER IF EXISTS accounts_need_a_person_insert")
                    .await?;
                db.execute_unprepared("DROP TRIGGER IF EXISTS accounts_need_a_person_update")
                    .await?;
            }
        }
        manager
            .drop_table(Table::drop().table(LoginChallenges::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(RecoveryCodes::Table).to_owned())
            .await?;
        // The persons made for accounts stay: they may be appointed by now.
        for column in [
            Accounts::TotpLastStep,
            Accounts::TotpEnabledAt,
            Accounts::TotpSecret,
            Accounts::MustChangePassword,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Accounts::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// A person named after the username, at the account's node, for every
/// account that has none.
async fn give_every_account_a_person(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let select = Query::select()
        .columns([
            Accounts::Id,
            Accounts::Username,
            Accounts::NodeId,
            Accounts::NodeCode,
        ])
        .from(Accounts::Table)
        .and_where(Expr::col(Accounts::PersonId).is_null())
        .to_owned();
    let rows = db.query_all(&select).await?;
    let now = chrono_now();
    for row in rows {
        let account: Uuid = row.try_get("", "id")?;
        let username: String = row.try_get("", "username")?;
        let node_id: Uuid = row.try_get("", "node_id")?;
        let node_code: i64 = row.try_get("", "node_code")?;
        let person = Uuid::new_v4();
        let insert = Query::insert()
            .into_table(Persons::Table)
            .columns([
                Persons::Id,
                Persons::NodeId,
                Persons::NodeCode,
                Persons::Name,
                Persons::Phone,
                Persons::Version,
                Persons::CreatedAt,
                Persons::UpdatedAt,
            ])
            .values([
                Expr::val(person),
                Expr::val(node_id),
                Expr::val(node_code),
                Expr::val(username),
                Expr::val(String::new()),
                Expr::val(1),
                Expr::val(now),
                Expr::val(now),
            ])
            .map_err(|e| DbErr::Custom(e.to_string()))?
            .to_owned();
        db.execute(&insert).await?;
        let link = Query::update()
            .table(Accounts::Table)
            .value(Accounts::PersonId, person)
            .and_where(Expr::col(Accounts::Id).eq(account))
            .to_owned();
        db.execute(&link).await?;
    }
    Ok(())
}

fn chrono_now() -> ChronoDateTimeUtc {
    ChronoDateTimeUtc::from(std::time::SystemTime::now())
}
