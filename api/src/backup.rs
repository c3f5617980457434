//! `safegrid backup FILE`: a consistent copy of the database while the server
//! runs. SQLite: `VACUUM INTO` (a compact, transactionally consistent file,
//! itself a working SafeGrid database). PostgreSQL: `pg_dump` in custom
//! format (restore with `pg_restore -d URL FILE`).
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};
use std::path::Path;

pub async fn backup(
    db: &DatabaseConnection,
    database_url: &str,
    target: &Path,
) -> anyhow::Result<()> {
    if target.exists() {
        anyhow::bail!("{} exists already; choose a new file", target.display());
    }
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let path = target
                .to_str()
                .ok_or_else(|| anyhow::anyhow!("the backup path must be valid UTF-8"))?;
            // A string literal in SQL: double any single quote.
            let quoted = path.replace('\'', "''");
            db.execute_unprepared(&format!("VACUUM INTO '{quoted}'"))
                .await?;
        }
        DbBackend::Postgres => {
            let status = tokio::process::Command::new("pg_dump")
                .args(["--format=custom", "--no-owner", "--file"])
                .arg(target)
                .arg(database_url)
                .status()
                .await
                .map_err(|e| anyhow::anyhow!("could not run pg_dump: {e}"))?;
            if !status.success() {
                anyhow::bail!("pg_dump failed ({status})");
            }
        }
        other => anyhow::bail!("backups are not supported for {other:?}"),
    }
    Ok(())
}
