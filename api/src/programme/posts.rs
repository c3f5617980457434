//! Posts (appointments) that a programme record is about: the attendees of
//! a training, the holders of the notebooks issued or checked. Each must be
//! held on the record's day at or below its node; a date a record sets on
//! an appointment (trained, notebook issued) keeps the first one, since the
//! campaign asks when each post was first trained and equipped.
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult, Key};
use crate::grid::code::{GridCode, Level};
use crate::grid::coverage::current_on;
use crate::scope::Scope;
use crate::state::RequestContext;
use crate::versioned;
use chrono::{DateTime, NaiveDate, Utc};
use entity::{appointment, grid_node};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use uuid::Uuid;

/// Posts one record may name.
pub const MAX_POSTS: usize = 500;

/// The date on an appointment a record sets.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PostDate {
    Trained,
    NotebookIssued,
}

impl PostDate {
    fn of(self, a: &appointment::Model) -> Option<NaiveDate> {
        match self {
            PostDate::Trained => a.training_date,
            PostDate::NotebookIssued => a.notebook_issued_date,
        }
    }

    fn audit_action(self) -> &'static str {
        match self {
            PostDate::Trained => "set_training_date",
            PostDate::NotebookIssued => "issue_notebook",
        }
    }
}

/// The distinct ids, at most [`MAX_POSTS`], at least one.
pub fn distinct(field: &'static str, ids: &[Uuid]) -> AppResult<Vec<Uuid>> {
    let mut unique = ids.to_vec();
    unique.sort();
    unique.dedup();
    if unique.is_empty() {
        return Err(AppError::input(field, Key::PostsRequired));
    }
    if unique.len() > MAX_POSTS {
        return Err(AppError::input(field, Key::PostsTooMany).with("max", MAX_POSTS));
    }
    Ok(unique)
}

/// The appointments `ids`, each held on `day` at or below `node` (and so
/// in the caller's subtree, which holds the node); any other id is refused
/// on `field` without saying which, like a missing one.
pub async fn held_under(
    db: &impl ConnectionTrait,
    field: &'static str,
    node: &grid_node::Model,
    ids: &[Uuid],
    day: NaiveDate,
) -> AppResult<Vec<appointment::Model>> {
    let unique = distinct(field, ids)?;
    let level = Level::from_number(node.level).ok_or(AppError::NotFound)?;
    let range = GridCode::new(node.code, level).subtree();
    let found = appointment::Entity::find()
        .filter(appointment::Column::Id.is_in(unique.clone()))
        .filter(appointment::Column::NodeCode.between(range.lo, range.hi))
        .filter(current_on(day))
        .all(db)
        .await?;
    if found.len() != unique.len() {
        return Err(AppError::input(field, Key::PostNotHeldUnder));
    }
    Ok(found)
}

/// Sets `which` to `day` on each post that has none or a later one, each
/// change a new version with its audit row; returns the posts as they are.
pub async fn stamp(
    txn: &impl ConnectionTrait,
    req: &RequestContext,
    scope: &Scope,
    posts: Vec<appointment::Model>,
    which: PostDate,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> AppResult<Vec<appointment::Model>> {
    let mut out = Vec::with_capacity(posts.len());
    for post in posts {
        if which.of(&post).is_some_and(|d| d <= day) {
            out.push(post);
            continue;
        }
        let mut active = post.clone().into_active_model();
        match which {
            PostDate::Trained => active.training_date = Set(Some(day)),
            PostDate::NotebookIssued => active.notebook_issued_date = Set(Some(day)),
        }
        let after = versioned::save(
            txn,
            active,
            appointment::Column::Version,
            appointment::Column::UpdatedAt,
            post.version,
            now,
        )
        .await?;
        audit::record(
            txn,
            AuditEntry::new(
                req,
                Some(scope.account_id()),
                which.audit_action(),
                "appointment",
                post.id.to_string(),
            )
            .at_node(post.node_code)
            .before(&post)
            .after(&after),
        )
        .await?;
        out.push(after);
    }
    Ok(out)
}
