//! The township's roster sent to the county (名单报送): a frozen copy of
//! every current village officer and group liaison post under the township,
//! with names and phones as they were that day, and the posts nobody held.
//! Later appointments do not change a submitted copy; the county keeps it
//! with its date (the campaign's ROSTER_SUBMITTED is the first one).
use crate::error::AppResult;
use crate::grid::code::{GridCode, Level};
use crate::grid::coverage::{current_on, post_for};
use crate::programme::{self, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use entity::{appointment, grid_node, person, roster_submission};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

crate::programme_record!(roster_submission, submitted_on, SubmittedOn, |_| {
    RecordKind::RosterSubmission
});

/// One held post as submitted.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entry {
    pub node_id: Uuid,
    pub node_code: i64,
    pub node_name: String,
    pub role: String,
    pub appointment_id: Uuid,
    pub person_id: Uuid,
    pub name: String,
    pub phone: String,
    /// When the holder took the post (absent on copies submitted before
    /// it was kept).
    #[serde(default)]
    pub start_date: Option<chrono::NaiveDate>,
}

/// A post nobody held on the day it was submitted.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Missing {
    pub node_id: Uuid,
    pub node_code: i64,
    pub node_name: String,
    pub role: String,
}

pub async fn submit(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    township_id: Uuid,
    idempotency_key: Option<String>,
) -> AppResult<roster_submission::Model> {
    let today = req.today();
    // Without a key every call is a new submission (a resend is a new copy).
    let key = idempotency_key.unwrap_or_else(|| Uuid::new_v4().simple().to_string());
    let draft = match programme::open::<roster_submission::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::RosterSubmission,
            node_id: township_id,
            on: today,
            on_field: "townshipId",
            photo_ids: vec![],
            document_ids: vec![],
            idempotency_key: key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    let (entries, missing) = snapshot(draft.txn(), draft.node(), today).await?;
    draft
        .finish::<roster_submission::Entity>(roster_submission::ActiveModel {
            entries: Set(serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into())),
            missing: Set(serde_json::to_string(&missing).unwrap_or_else(|_| "[]".into())),
            entry_count: Set(i32::try_from(entries.len()).unwrap_or(i32::MAX)),
            missing_count: Set(i32::try_from(missing.len()).unwrap_or(i32::MAX)),
            ..Default::default()
        })
        .await
}

/// Every village and group under `township` with the post's holders on
/// `day` (three statements whatever the size of the township).
pub async fn snapshot(
    db: &impl ConnectionTrait,
    township: &grid_node::Model,
    day: chrono::NaiveDate,
) -> AppResult<(Vec<Entry>, Vec<Missing>)> {
    let level = Level::from_number(township.level).ok_or(crate::error::AppError::NotFound)?;
    let range = GridCode::new(township.code, level).subtree();
    let nodes = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(range.lo, range.hi))
        .filter(grid_node::Column::Level.is_in([Level::Village.number(), Level::Group.number()]))
        .order_by_asc(grid_node::Column::Code)
        .all(db)
        .await?;
    let posts = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(current_on(day))
        .order_by_asc(appointment::Column::NodeCode)
        .order_by_asc(appointment::Column::StartDate)
        .all(db)
        .await?;
    let people: HashMap<Uuid, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(posts.iter().map(|a| a.person_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut entries = Vec::new();
    let mut missing = Vec::new();
    for node in &nodes {
        let Some(role) = Level::from_number(node.level).and_then(post_for) else {
            continue;
        };
        let held: Vec<_> = posts
            .iter()
            .filter(|a| a.node_id == node.id && a.role == role)
            .collect();
        if held.is_empty() {
            missing.push(Missing {
                node_id: node.id,
                node_code: node.code,
                node_name: node.name.clone(),
                role: role.to_value(),
            });
        }
        for a in held {
            let (name, phone) = people
                .get(&a.person_id)
                .map(|p| (p.name.clone(), p.phone.clone()))
                .unwrap_or_default();
            entries.push(Entry {
                node_id: node.id,
                node_code: node.code,
                node_name: node.name.clone(),
                role: role.to_value(),
                appointment_id: a.id,
                person_id: a.person_id,
                name,
                phone,
                start_date: Some(a.start_date),
            });
        }
    }
    Ok((entries, missing))
}

pub fn entries(m: &roster_submission::Model) -> Vec<Entry> {
    serde_json::from_str(&m.entries).unwrap_or_default()
}

pub fn missing(m: &roster_submission::Model) -> Vec<Missing> {
    serde_json::from_str(&m.missing).unwrap_or_default()
}
