//! The county office enters an item's points by hand, with a note and
//! evidence documents: for the items without a rule, and for an automatic
//! one only with a note (its computed value stays shown). Each entry is a
//! new version; the older ones are kept. Refused once the year is locked.
use super::card::Card;
use super::service;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action};
use crate::error::{AppError, AppResult, Key};
use crate::state::{AppState, RequestContext};
use crate::{documents, validate};
use entity::scorecard_entry;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

pub const MAX_NOTE: usize = 2_000;
pub const MAX_DOCUMENTS: usize = 20;

pub struct NewEntry {
    pub card_id: Uuid,
    pub item_key: String,
    pub points: i32,
    pub note: Option<String>,
    pub document_ids: Vec<Uuid>,
}

pub async fn set(
    state: &AppState,
    req: &RequestContext,
    scope: &crate::scope::Scope,
    new: NewEntry,
) -> AppResult<Card> {
    let today = state.today();
    let (_writer, txn) = state.begin_write().await?;
    let card = service::find(&txn, scope, new.card_id, today).await?;
    authz::check(scope, Action::SetScorecardItem, &*card)?;
    let item = card
        .parts
        .iter()
        .flat_map(|p| &p.items)
        .find(|i| i.key == new.item_key)
        .ok_or(AppError::input("itemKey", Key::ScorecardItemUnknown))?;
    if !(0..=item.max_points).contains(&new.points) {
        return Err(
            AppError::input("points", Key::ScorecardPointsOutOfRange).with("max", item.max_points)
        );
    }
    let note = new.note.as_deref().unwrap_or("").trim();
    let note = if note.is_empty() {
        // An override of a computed score says why; an item by hand may not.
        if item.auto.is_some() {
            return Err(AppError::input("note", Key::ScorecardNoteRequired));
        }
        String::new()
    } else {
        validate::text("note", note, MAX_NOTE)?
    };
    if new.document_ids.len() > MAX_DOCUMENTS {
        return Err(AppError::input(
            "documentIds",
            Key::ScorecardTemplateInvalid,
        ));
    }
    for id in &new.document_ids {
        // A document the caller may not see is NOT_FOUND, like a missing one.
        documents::service::find(&txn, scope, *id).await?;
    }
    let versions = scorecard_entry::Entity::find()
        .filter(scorecard_entry::Column::TownshipId.eq(card.township.id))
        .filter(scorecard_entry::Column::Year.eq(card.year))
        .filter(scorecard_entry::Column::ItemKey.eq(&new.item_key))
        .count(&txn)
        .await?;
    let row = scorecard_entry::ActiveModel {
        id: Set(Uuid::new_v4()),
        county_code: Set(card.county_code),
        township_id: Set(card.township.id),
        township_code: Set(card.township.code),
        year: Set(card.year),
        item_key: Set(new.item_key.clone()),
        points: Set(new.points),
        note: Set(note),
        document_ids: Set(serde_json::to_string(&new.document_ids).unwrap_or_else(|_| "[]".into())),
        version: Set(i32::try_from(versions).unwrap_or(i32::MAX - 1) + 1),
        entered_by: Set(scope.account_id()),
        created_at: Set(state.now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "set_item",
            "scorecard",
            card.id.to_string(),
        )
        .at_node(card.township.code)
        .before(&serde_json::json!({ "item": item }))
        .after(&row),
    )
    .await?;
    txn.commit().await?;
    let fresh = service::card_of(&state.db, scope, card.township.id, card.year, today).await?;
    Ok(fresh.into_inner())
}
