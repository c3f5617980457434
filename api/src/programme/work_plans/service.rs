//! Recording and correcting work plans.
use crate::error::{AppError, AppResult, Key};
use crate::programme::drills::service::{MAX_TEXT, MAX_TITLE};
use crate::programme::{self, correct, NewRecord, Opened, RecordKind};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::{Datelike, NaiveDate};
use entity::work_plan;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

pub struct NewWorkPlan {
    pub node_id: Uuid,
    pub year: i32,
    pub adopted_on: NaiveDate,
    pub title: String,
    pub content: String,
    pub photo_ids: Vec<Uuid>,
    pub document_ids: Vec<Uuid>,
    pub idempotency_key: String,
}

/// A plan is adopted in its year or late in the year before.
pub fn plan_year(year: i32, adopted_on: NaiveDate) -> AppResult<i32> {
    if year != adopted_on.year() && year != adopted_on.year() + 1 {
        return Err(AppError::input("year", Key::WorkPlanYearRange));
    }
    Ok(year)
}

pub async fn record(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    new: NewWorkPlan,
) -> AppResult<work_plan::Model> {
    let year = plan_year(new.year, new.adopted_on)?;
    let title = validate::text("title", &new.title, MAX_TITLE)?;
    let content = validate::text("content", &new.content, MAX_TEXT)?;
    let draft = match programme::open::<work_plan::Entity>(
        state,
        req,
        scope,
        NewRecord {
            kind: RecordKind::WorkPlan,
            node_id: new.node_id,
            on: new.adopted_on,
            on_field: "adoptedOn",
            photo_ids: new.photo_ids,
            document_ids: new.document_ids,
            idempotency_key: new.idempotency_key,
        },
    )
    .await?
    {
        Opened::Existing(m) => return Ok(m),
        Opened::New(d) => d,
    };
    // The writer queue is held: no other plan can land between this look
    // and the insert (and the unique index says so too).
    let existing = work_plan::Entity::find()
        .filter(work_plan::Column::NodeId.eq(draft.node().id))
        .filter(work_plan::Column::Year.eq(year))
        .one(draft.txn())
        .await?;
    if let Some(plan) = existing {
        return Err(AppError::conflict(Key::WorkPlanExists)
            .with("year", year)
            .with("workPlanId", plan.id.to_string()));
    }
    draft
        .finish::<work_plan::Entity>(work_plan::ActiveModel {
            year: Set(year),
            title: Set(title),
            content: Set(content),
            ..Default::default()
        })
        .await
}

#[allow(clippy::too_many_arguments)]
pub async fn correct(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    title: Option<String>,
    content: Option<String>,
) -> AppResult<work_plan::Model> {
    let title = title
        .map(|t| validate::text("title", &t, MAX_TITLE))
        .transpose()?;
    let content = content
        .map(|t| validate::text("content", &t, MAX_TEXT))
        .transpose()?;
    correct::correct::<work_plan::Entity>(state, req, scope, id, version, reason, move |m| {
        if let Some(t) = title {
            m.title = Set(t);
        }
        if let Some(t) = content {
            m.content = Set(t);
        }
        Ok(())
    })
    .await
}
