//! `safegrid create-admin`: the first account, made from the command line
//! by whoever runs the server.
use crate::accounts::service::{insert, parse_username};
use crate::audit::{self, AuditEntry};
use crate::auth::{password, role::Role};
use entity::{account, grid_node};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

pub async fn create_admin(
    db: &DatabaseConnection,
    username: &str,
    division_code: &str,
    password_text: String,
) -> anyhow::Result<account::Model> {
    let username = parse_username(username).map_err(|e| anyhow::anyhow!(e.to_string()))?;
    password::check_policy(
        &password_text,
        crate::config::Settings::local_default().password_complexity,
    )
    .map_err(|e| anyhow::anyhow!(e.to_string()))?;
    let digits = division_code.trim();
    let code: i64 = digits
        .parse()
        .map_err(|_| anyhow::anyhow!("node code must be digits"))?;
    if digits.is_empty() || digits.len() > 15 {
        anyhow::bail!("node code must have 2 to 15 digits");
    }
    let grid_code = code * 10_i64.pow(15 - digits.len() as u32);
    let node = grid_node::Entity::find()
        .filter(grid_node::Column::Code.eq(grid_code))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no node with code {digits}; import divisions first"))?;
    if account::Entity::find()
        .filter(account::Column::Username.eq(username.as_str()))
        .one(db)
        .await?
        .is_some()
    {
        anyhow::bail!("username {username} is taken");
    }
    let hash = password::hash_password(password_text)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    // Takes its turn on the audit chain with the servers (a lock in the
    // database, not in any one process). The command line runs on the
    // system clock: SAFEGRID_TODAY is for `serve --dev` only.
    let txn = audit::begin_write(db).await?;
    let now = crate::clock::Clock::System.now();
    let model = insert(&txn, &username, hash, &node, Role::Admin, None)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    audit::record(
        &txn,
        AuditEntry::system("cli", now, None, "create", "account", model.id.to_string())
            .at_node(model.node_code)
            .after(&model),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    txn.commit().await?;
    Ok(model)
}
