//! Recording the county's decision on a sanction: the subject (a township
//! for a warning interview, a post for an award disqualification), the day
//! it was decided, why, and the documents (the interview's minutes, the
//! decision paper). One decision per kind, subject and year; never deleted.
use super::rules;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::idempotency::{self, IdempotencyKey};
use crate::programme::evidence;
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::sanction::{self, SanctionKind};
use entity::{appointment, grid_node};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

pub const MAX_REASON: usize = 1000;
/// Owner kind of a sanction's documents in `record_documents`.
pub const OWNER_KIND: &str = "SANCTION";

pub struct NewSanction {
    pub kind: SanctionKind,
    pub subject_id: Uuid,
    pub year: i32,
    pub decided_on: NaiveDate,
    pub reason: String,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: IdempotencyKey,
}

/// The subject as the decision sees it: its node, and the post's person.
struct Subject {
    node: grid_node::Model,
    post: Option<appointment::Model>,
}

/// Reads the subject, NOT_FOUND outside the caller's subtree, and asks the
/// decision whether the caller may sanction it.
async fn subject(
    db: &impl ConnectionTrait,
    scope: &Scope,
    new: &NewSanction,
) -> AppResult<Subject> {
    match new.kind {
        SanctionKind::WarningInterview => {
            // The rule table refuses a node that is not a township.
            let node = crate::grid::service::find(db, scope, new.subject_id).await?;
            authz::check(scope, Action::RecordSanction, &*node)?;
            Ok(Subject {
                node: node.into_inner(),
                post: None,
            })
        }
        SanctionKind::AwardDisqualification => {
            let post = authz::find::<appointment::Entity>(
                db,
                scope,
                new.subject_id,
                appointment::Column::NodeCode,
            )
            .await?;
            authz::check(scope, Action::RecordSanction, &*post)?;
            let node = crate::grid::service::find(db, scope, post.node_id).await?;
            Ok(Subject {
                node: node.into_inner(),
                post: Some(post.into_inner()),
            })
        }
    }
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewSanction,
) -> AppResult<sanction::Model> {
    let year = rules::check_year(new.year)?;
    let today = state.today();
    if new.decided_on > today {
        return Err(AppError::input("decidedOn", Key::RecordDayInFuture));
    }
    validate::work_date("decidedOn", new.decided_on, today)?;
    let reason = validate::text("reason", &new.reason, MAX_REASON)?;
    let found = subject(&state.db, scope, &new).await?;
    let subject_key = found.post.as_ref().map_or(found.node.id, |p| p.id);

    let (_writer, txn) = state.begin_write().await?;
    if let Some(made) =
        idempotency::stored::<sanction::Entity>(&txn, scope, &new.idempotency_key).await?
    {
        return Ok(made);
    }
    let exists = sanction::Entity::find()
        .filter(sanction::Column::Kind.eq(new.kind))
        .filter(sanction::Column::Year.eq(year))
        .filter(match new.kind {
            SanctionKind::WarningInterview => sanction::Column::SubjectNodeId.eq(subject_key),
            SanctionKind::AwardDisqualification => sanction::Column::AppointmentId.eq(subject_key),
        })
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Err(AppError::conflict(Key::SanctionExists).with("year", year));
    }
    let now = state.now();
    let active = sanction::ActiveModel {
        id: Set(Uuid::new_v4()),
        kind: Set(new.kind),
        year: Set(year),
        subject_node_id: Set(found.node.id),
        subject_code: Set(found.node.code),
        appointment_id: Set(found.post.as_ref().map(|p| p.id)),
        person_id: Set(found.post.as_ref().map(|p| p.person_id)),
        decided_on: Set(new.decided_on),
        reason: Set(reason),
        decided_by: Set(scope.account_id()),
        decided_by_person: Set(scope.person_id()),
        idempotency_key: Set(new.idempotency_key.as_str().to_string()),
        created_at: Set(now),
    };
    let Some(made) = idempotency::insert(&txn, active).await? else {
        drop(txn);
        return idempotency::winner::<sanction::Entity>(&state.db, scope, &new.idempotency_key)
            .await;
    };
    evidence::cite(&txn, scope, OWNER_KIND, made.id, &new.document_ids, now).await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "record",
            "sanction",
            made.id.to_string(),
        )
        .at_node(made.subject_code)
        .after(&serde_json::json!({ "sanction": &made, "documents": &new.document_ids })),
    )
    .await?;
    txn.commit().await?;
    Ok(made)
}

/// The decisions recorded at or below `under` (default: the caller's
/// node), for a year or all years, in grid order. One statement.
pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    under: Option<Uuid>,
    year: Option<i32>,
) -> AppResult<Vec<authz::Authorized<sanction::Model>>> {
    use sea_orm::QueryOrder;
    let range = crate::grid::service::range_under(db, scope, under).await?;
    let mut q = authz::scoped::<sanction::Entity>(range, sanction::Column::SubjectCode);
    if let Some(y) = year {
        q = q.filter(sanction::Column::Year.eq(y));
    }
    let rows = q
        .order_by_desc(sanction::Column::Year)
        .order_by_asc(sanction::Column::SubjectCode)
        .order_by_asc(sanction::Column::DecidedOn)
        .order_by_asc(sanction::Column::Id)
        .all(db)
        .await?;
    Ok(authz::visible(scope, rows))
}

/// One decision the caller may see; NOT_FOUND otherwise.
pub async fn find(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: Uuid,
) -> AppResult<authz::Authorized<sanction::Model>> {
    authz::find::<sanction::Entity>(db, scope, id, sanction::Column::SubjectCode).await
}
