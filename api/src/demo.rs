//! `serve --demo`: the Fenggang County grid and six demo accounts, loaded
//! into an empty database; on a loaded one it adds nothing.
use crate::accounts::service as accounts;
use crate::audit::{self, AuditEntry};
use crate::auth::{password, role::Role};
use crate::divisions::{load_demo_grid, DemoGrid};
use entity::{account, grid_node};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

pub const DEFAULT_PASSWORD: &str = "safegrid-demo";

/// 凤冈县 as a 15-digit grid code.
pub const COUNTY_CODE: i64 = 520_327_000_000_000;

/// The person of a demo account that the demo grid has none for: name and
/// phone of a made-up office worker.
type MadeUp = (&'static str, &'static str);

/// username, node, role, and the demo grid's person (the officer and the
/// liaison in post) or one to make.
type DemoAccount = (&'static str, Option<Uuid>, Role, Result<Uuid, MadeUp>);

fn demo_accounts(g: &DemoGrid) -> Vec<DemoAccount> {
    let held = |person: Option<Uuid>, made_up: MadeUp| person.ok_or(made_up);
    vec![
        (
            "fenggang",
            Some(g.county_id),
            Role::Admin,
            Err(("杨建国", "19985270001")),
        ),
        (
            "longquan",
            g.longquan_id,
            Role::Admin,
            Err(("刘芳", "19985270002")),
        ),
        ("heba", g.heba_id, Role::Admin, Err(("陈明", "19985270003"))),
        (
            "lingyun",
            g.lingyun_id,
            Role::VillageOfficer,
            held(g.lingyun_officer_person_id, ("凌云村安全员", "19985270004")),
        ),
        (
            "lingyun-1",
            g.lingyun_group1_id,
            Role::GroupLiaison,
            held(
                g.lingyun_liaison_person_id,
                ("凌云一组联络员", "19985270005"),
            ),
        ),
        (
            "zunyi",
            g.city_id,
            Role::Viewer,
            Err(("赵丽", "19985270006")),
        ),
    ]
}

/// A person for a demo account, registered at its node.
async fn make_person(
    txn: &sea_orm::DatabaseTransaction,
    node: &grid_node::Model,
    (name, phone): MadeUp,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Uuid> {
    use sea_orm::{ActiveModelTrait, Set};
    let model = entity::person::ActiveModel {
        id: Set(Uuid::new_v4()),
        node_id: Set(node.id),
        node_code: Set(node.code),
        name: Set(name.to_string()),
        phone: Set(phone.to_string()),
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
        AuditEntry::system("demo", now, None, "create", "person", model.id.to_string())
            .at_node(model.node_code)
            .after(&model),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    Ok(model.id)
}

pub async fn load(db: &DatabaseConnection, demo_password: &str) -> anyhow::Result<()> {
    let grid = load_demo_grid(db).await?;
    let mut created = 0;
    for (username, node_id, role, person) in demo_accounts(&grid) {
        let Some(node_id) = node_id else { continue };
        let exists = account::Entity::find()
            .filter(account::Column::Username.eq(username))
            .one(db)
            .await?;
        if exists.is_some() {
            continue;
        }
        let Some(node) = grid_node::Entity::find_by_id(node_id).one(db).await? else {
            continue;
        };
        let hash = password::hash_password(demo_password.to_string())
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let txn = audit::begin_write(db).await?;
        let now = crate::clock::Clock::System.now();
        let person_id = match person {
            Ok(id) => id,
            Err(made_up) => make_person(&txn, &node, made_up, now).await?,
        };
        // The demo's own accounts log straight in (no forced change).
        let model = accounts::insert(&txn, username, hash, &node, role, person_id, false)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        audit::record(
            &txn,
            AuditEntry::system("demo", now, None, "create", "account", model.id.to_string())
                .at_node(model.node_code)
                .after(&model),
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        txn.commit().await?;
        created += 1;
    }
    tracing::info!(
        nodes = grid.nodes,
        persons = grid.persons,
        accounts = created,
        "demo data loaded"
    );
    Ok(())
}
