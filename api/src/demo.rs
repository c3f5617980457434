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

/// username, node, role, person (from the demo grid).
fn demo_accounts(g: &DemoGrid) -> Vec<(&'static str, Option<Uuid>, Role, Option<Uuid>)> {
    vec![
        ("fenggang", Some(g.county_id), Role::Admin, None),
        ("longquan", g.longquan_id, Role::Admin, None),
        ("heba", g.heba_id, Role::Admin, None),
        (
            "lingyun",
            g.lingyun_id,
            Role::VillageOfficer,
            g.lingyun_officer_person_id,
        ),
        (
            "lingyun-1",
            g.lingyun_group1_id,
            Role::GroupLiaison,
            g.lingyun_liaison_person_id,
        ),
        ("zunyi", g.city_id, Role::Viewer, None),
    ]
}

pub async fn load(db: &DatabaseConnection, demo_password: &str) -> anyhow::Result<()> {
    let grid = load_demo_grid(db).await?;
    let mut created = 0;
    for (username, node_id, role, person_id) in demo_accounts(&grid) {
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
        let model = accounts::insert(&txn, username, hash, &node, role, person_id)
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
