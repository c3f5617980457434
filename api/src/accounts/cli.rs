//! `safegrid create-admin`: the first account, made from the command line
//! by whoever runs the server.
use crate::accounts::service::{insert, parse_username};
use crate::audit::{self, AuditEntry};
use crate::auth::{password, role::Role};
use crate::grid::code::Level;
use crate::validate;
use entity::{account, grid_node, person};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, Set,
};
use uuid::Uuid;

/// Who the administrator is: an existing person by id, or a new one
/// (named after the username unless a name is given; the phone may be
/// added later in the web app).
#[derive(Default)]
pub struct AdminPerson {
    pub id: Option<Uuid>,
    pub name: Option<String>,
    pub phone: Option<String>,
}

/// An administrator with a new person named after the username.
pub async fn create_admin(
    db: &DatabaseConnection,
    username: &str,
    division_code: &str,
    password_text: String,
) -> anyhow::Result<account::Model> {
    create_admin_for(
        db,
        username,
        division_code,
        password_text,
        AdminPerson::default(),
    )
    .await
}

/// The operator sets their own password here: no change is forced at the
/// first login. The role fits any level (`authz::may_hold`).
pub async fn create_admin_for(
    db: &DatabaseConnection,
    username: &str,
    division_code: &str,
    password_text: String,
    person: AdminPerson,
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
    let level = Level::from_number(node.level)
        .ok_or_else(|| anyhow::anyhow!("node {digits} has level {}", node.level))?;
    if !crate::authz::may_hold(Role::Admin, level) {
        anyhow::bail!("an administrator cannot be at level {}", node.level);
    }
    // Takes its turn on the audit chain with the servers (a lock in the
    // database, not in any one process). The command line runs on the
    // system clock: SAFEGRID_TODAY is for `serve --dev` only.
    let txn = audit::begin_write(db).await?;
    let now = crate::clock::Clock::System.now();
    let person = admin_person(&txn, &node, &username, person, now).await?;
    let model = insert(&txn, &username, hash, &node, Role::Admin, person.id, false)
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

async fn admin_person(
    txn: &DatabaseTransaction,
    node: &grid_node::Model,
    username: &str,
    wanted: AdminPerson,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<person::Model> {
    if let Some(id) = wanted.id {
        return person::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no person with id {id}"));
    }
    let name = validate::name("name", wanted.name.as_deref().unwrap_or(username), 30)
        .map_err(|e| anyhow::anyhow!(e.to_string()))?;
    let phone = match wanted.phone.as_deref().map(str::trim) {
        Some(p) if !p.is_empty() => {
            validate::mobile_phone("phone", p).map_err(|e| anyhow::anyhow!(e.to_string()))?
        }
        _ => String::new(),
    };
    let model = person::ActiveModel {
        id: Set(Uuid::new_v4()),
        node_id: Set(node.id),
        node_code: Set(node.code),
        name: Set(name),
        phone: Set(phone),
        id_number: Set(None),
        auxiliary_post: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        AuditEntry::system("cli", now, None, "create", "person", model.id.to_string())
            .at_node(model.node_code)
            .after(&model),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    Ok(model)
}
