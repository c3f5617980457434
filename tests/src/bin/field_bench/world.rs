//! What the generator reads back from the database before writing records:
//! the grid (by code), the posts with their holders' logins, the township
//! leaders and the sectors. Records only ever point at rows that exist.
use anyhow::Result;
use entity::{account, appointment, grid_node, sector};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

use crate::people::{ROLE_LIAISON, ROLE_OFFICER};
use entity::account::Role;

pub struct Node {
    pub id: Uuid,
    pub code: i64,
    pub level: i16,
    pub parent: Option<i64>,
}

/// A village officer's or group liaison's post and the login of its holder.
pub struct Post {
    pub appointment_id: Uuid,
    pub person_id: Uuid,
    pub account_id: Uuid,
    pub node_code: i64,
    pub officer: bool,
}

pub struct World {
    pub nodes: HashMap<i64, Node>,
    /// Group codes of each village, in code order.
    pub groups: HashMap<i64, Vec<i64>>,
    /// Village codes of each township, in code order.
    pub villages: HashMap<i64, Vec<i64>>,
    pub posts: Vec<Post>,
    /// Leader logins by township code.
    pub leaders_of: HashMap<i64, Vec<Uuid>>,
    /// Login of whoever holds the post at a node (officer at a village,
    /// liaison at a group), for the steps taken at that level.
    pub holder: HashMap<i64, Uuid>,
    pub sectors: Vec<String>,
}

impl World {
    pub async fn load(db: &DatabaseConnection) -> Result<World> {
        let rows = grid_node::Entity::find()
            .order_by_asc(grid_node::Column::Code)
            .all(db)
            .await?;
        let code_of: HashMap<Uuid, i64> = rows.iter().map(|n| (n.id, n.code)).collect();
        let mut nodes = HashMap::new();
        let mut groups: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut villages: HashMap<i64, Vec<i64>> = HashMap::new();
        for n in rows {
            let parent = n.parent_id.and_then(|p| code_of.get(&p).copied());
            match (n.level, parent) {
                (6, Some(p)) => groups.entry(p).or_default().push(n.code),
                (5, Some(p)) => villages.entry(p).or_default().push(n.code),
                _ => {}
            }
            nodes.insert(
                n.code,
                Node {
                    id: n.id,
                    code: n.code,
                    level: n.level,
                    parent,
                },
            );
        }
        let accounts = account::Entity::find()
            .filter(account::Column::Disabled.eq(false))
            .order_by_asc(account::Column::NodeCode)
            .order_by_asc(account::Column::Username)
            .all(db)
            .await?;
        let by_person: HashMap<Uuid, Uuid> = accounts
            .iter()
            .filter_map(|a| a.person_id.map(|p| (p, a.id)))
            .collect();
        let mut leaders_of: HashMap<i64, Vec<Uuid>> = HashMap::new();
        for a in accounts.iter().filter(|a| a.role == Role::Leader) {
            leaders_of.entry(a.node_code).or_default().push(a.id);
        }
        let appointments = appointment::Entity::find()
            .filter(appointment::Column::EndDate.is_null())
            .filter(appointment::Column::Role.is_in([ROLE_OFFICER, ROLE_LIAISON]))
            .order_by_asc(appointment::Column::NodeCode)
            .all(db)
            .await?;
        let mut holder = HashMap::new();
        let mut posts = Vec::new();
        for a in appointments {
            let Some(&account_id) = by_person.get(&a.person_id) else {
                continue;
            };
            holder.insert(a.node_code, account_id);
            posts.push(Post {
                appointment_id: a.id,
                person_id: a.person_id,
                account_id,
                node_code: a.node_code,
                officer: a.role == ROLE_OFFICER,
            });
        }
        let sectors = sector::Entity::find()
            .filter(sector::Column::Active.eq(true))
            .order_by_asc(sector::Column::SortOrder)
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.code)
            .collect();
        Ok(World {
            nodes,
            groups,
            villages,
            posts,
            leaders_of,
            holder,
            sectors,
        })
    }

    /// The code of the node one level up, if any.
    pub fn parent(&self, code: i64) -> Option<i64> {
        self.nodes.get(&code).and_then(|n| n.parent)
    }

    /// A login acting for the level at `code`: its officer or liaison, else
    /// one of the township's leaders (for townships, and villages without
    /// an officer).
    pub fn actor_at(&self, code: i64, salt: u64) -> Option<Uuid> {
        if let Some(a) = self.holder.get(&code) {
            return Some(*a);
        }
        let leaders = self.leaders_of.get(&(code / 1_000_000 * 1_000_000))?;
        if leaders.is_empty() {
            return None;
        }
        leaders.get((salt % leaders.len() as u64) as usize).copied()
    }
}
