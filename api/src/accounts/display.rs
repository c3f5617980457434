//! How an account is named on records it made: the person's name when the
//! account belongs to a person (a village officer), else the username.
//! Names only — no contact data — so it is safe on any record the caller
//! may already read.
use crate::error::AppResult;
use entity::{account, person};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// Display names for `ids`, in two queries whatever their number.
pub async fn names(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<HashMap<Uuid, String>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let person_ids: Vec<Uuid> = accounts.iter().filter_map(|a| a.person_id).collect();
    let people: HashMap<Uuid, String> = if person_ids.is_empty() {
        HashMap::new()
    } else {
        person::Entity::find()
            .filter(person::Column::Id.is_in(person_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect()
    };
    Ok(accounts
        .into_iter()
        .map(|a| {
            let name = a
                .person_id
                .and_then(|p| people.get(&p).cloned())
                .unwrap_or(a.username);
            (a.id, name)
        })
        .collect())
}

pub async fn name(db: &impl ConnectionTrait, id: Uuid) -> AppResult<String> {
    Ok(names(db, vec![id]).await?.remove(&id).unwrap_or_default())
}
