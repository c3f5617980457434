//! Setting and editing campaigns, and reading the ones a caller works
//! under. A campaign is visible to its own subtree and to every node below
//! it (the townships read the deadlines set above them: `authz::decide`).
use super::MilestoneKind;
use crate::audit::{self, AuditEntry};
use crate::authz::{self, Action, Authorized};
use crate::documents::kinds;
use crate::error::{AppError, AppResult, Key};
use crate::scope::Scope;
use crate::state::{AppState, RequestContext};
use crate::validate;
use chrono::NaiveDate;
use entity::{campaign, campaign_milestone, record_version};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

pub const MAX_NAME: usize = 100;
pub const MAX_MILESTONES: usize = 20;

pub struct MilestoneDraft {
    pub kind: MilestoneKind,
    pub title: String,
    pub due_on: NaiveDate,
    pub document_kind: Option<String>,
}

pub struct CampaignDraft {
    pub name: String,
    pub year: i32,
    pub milestones: Vec<MilestoneDraft>,
}

/// A campaign with its milestones in order.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Full {
    pub campaign: campaign::Model,
    pub milestones: Vec<campaign_milestone::Model>,
}

/// A campaign the caller may read, with its milestones.
pub struct Shown {
    pub campaign: Authorized<campaign::Model>,
    pub milestones: Vec<campaign_milestone::Model>,
}

impl Full {
    pub fn shown(self, scope: &Scope) -> AppResult<Shown> {
        Ok(Shown {
            campaign: authz::authorize(scope, Action::Read, self.campaign)?,
            milestones: self.milestones,
        })
    }
}

async fn checked(db: &impl ConnectionTrait, draft: CampaignDraft) -> AppResult<CampaignDraft> {
    let name = validate::name("name", &draft.name, MAX_NAME)?;
    if !(2000..=2100).contains(&draft.year) {
        return Err(AppError::input("year", Key::CampaignYearInvalid));
    }
    if draft.milestones.is_empty() {
        return Err(AppError::input(
            "milestones",
            Key::CampaignMilestonesRequired,
        ));
    }
    if draft.milestones.len() > MAX_MILESTONES {
        return Err(
            AppError::input("milestones", Key::CampaignTooManyMilestones)
                .with("max", MAX_MILESTONES),
        );
    }
    let mut milestones = Vec::with_capacity(draft.milestones.len());
    for m in draft.milestones {
        let title = validate::name("title", &m.title, MAX_NAME)?;
        let document_kind = match (m.kind, m.document_kind) {
            (MilestoneKind::Document, Some(k)) => {
                kinds::check_active(db, &k)
                    .await
                    .map_err(|_| AppError::input("documentKind", Key::DocumentKindUnknown))?;
                Some(k)
            }
            (MilestoneKind::Document, None) => {
                return Err(AppError::input(
                    "documentKind",
                    Key::CampaignDocumentKindRequired,
                ))
            }
            // Only a DOCUMENT milestone is met by a document.
            (_, _) => None,
        };
        milestones.push(MilestoneDraft {
            title,
            document_kind,
            ..m
        });
    }
    milestones.sort_by_key(|m| m.due_on);
    Ok(CampaignDraft {
        name,
        year: draft.year,
        milestones,
    })
}

async fn insert_milestones(
    db: &impl ConnectionTrait,
    campaign_id: Uuid,
    milestones: Vec<MilestoneDraft>,
) -> AppResult<Vec<campaign_milestone::Model>> {
    let mut out = Vec::with_capacity(milestones.len());
    for (i, m) in milestones.into_iter().enumerate() {
        out.push(
            campaign_milestone::ActiveModel {
                id: Set(Uuid::new_v4()),
                campaign_id: Set(campaign_id),
                position: Set(i32::try_from(i).unwrap_or(i32::MAX) + 1),
                kind: Set(m.kind),
                title: Set(m.title),
                due_on: Set(m.due_on),
                document_kind: Set(m.document_kind),
            }
            .insert(db)
            .await?,
        );
    }
    Ok(out)
}

pub async fn create(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    node_id: Uuid,
    draft: CampaignDraft,
) -> AppResult<Full> {
    let node = crate::grid::service::find(&state.db, scope, node_id).await?;
    authz::check(scope, Action::CreateCampaign, &*node)?;
    let draft = checked(&state.db, draft).await?;
    let (_writer, txn) = state.begin_write().await?;
    let now = state.now();
    let campaign = campaign::ActiveModel {
        id: Set(Uuid::new_v4()),
        node_id: Set(node.id),
        node_code: Set(node.code),
        node_level: Set(node.level),
        name: Set(draft.name),
        year: Set(draft.year),
        version: Set(1),
        created_by: Set(scope.account_id()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let milestones = insert_milestones(&txn, campaign.id, draft.milestones).await?;
    let full = Full {
        campaign,
        milestones,
    };
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "create",
            "campaign",
            full.campaign.id.to_string(),
        )
        .at_node(node.code)
        .after(&full),
    )
    .await?;
    txn.commit().await?;
    Ok(full)
}

/// Replaces the name, year and milestones. The campaign as it was is kept
/// whole in `record_versions` with the reason; a stale `version` is
/// CONFLICT. Milestone ids change with an edit.
pub async fn update(
    state: &AppState,
    req: &RequestContext,
    scope: &Scope,
    id: Uuid,
    version: i32,
    reason: &str,
    draft: CampaignDraft,
) -> AppResult<Full> {
    let reason = validate::text("reason", reason, crate::programme::correct::MAX_REASON)?;
    if reason.trim().is_empty() {
        return Err(AppError::input("reason", Key::RecordReasonRequired));
    }
    let draft = checked(&state.db, draft).await?;
    let (_writer, txn) = state.begin_write().await?;
    let before = find_in(&txn, scope, id).await?;
    authz::check(scope, Action::EditCampaign, &before.campaign)?;
    if before.campaign.version != version {
        return Err(AppError::Conflict);
    }
    let now = state.now();
    record_version::ActiveModel {
        id: Set(Uuid::new_v4()),
        record_kind: Set("campaign".to_string()),
        record_id: Set(id),
        node_code: Set(before.campaign.node_code),
        version: Set(version),
        snapshot: Set(serde_json::to_string(&before).map_err(AppError::internal)?),
        reason: Set(reason.clone()),
        corrected_by: Set(scope.account_id()),
        corrected_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let mut active: campaign::ActiveModel = before.campaign.clone().into();
    active.name = Set(draft.name);
    active.year = Set(draft.year);
    active.version = Set(version + 1);
    active.updated_at = Set(now);
    let campaign = active.update(&txn).await?;
    // The old milestones live on in the snapshot above.
    campaign_milestone::Entity::delete_many()
        .filter(campaign_milestone::Column::CampaignId.eq(id))
        .exec(&txn)
        .await?;
    let milestones = insert_milestones(&txn, id, draft.milestones).await?;
    let after = Full {
        campaign,
        milestones,
    };
    let mut recorded = serde_json::to_value(&after).unwrap_or_default();
    if let Some(obj) = recorded.as_object_mut() {
        obj.insert("reason".into(), reason.into());
    }
    audit::record(
        &txn,
        AuditEntry::new(
            req,
            Some(scope.account_id()),
            "update",
            "campaign",
            id.to_string(),
        )
        .at_node(after.campaign.node_code)
        .before(&before)
        .after(&recorded),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

async fn find_in(db: &impl ConnectionTrait, scope: &Scope, id: Uuid) -> AppResult<Full> {
    let campaign = campaign::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let campaign = authz::authorize(scope, Action::Read, campaign)?.into_inner();
    let milestones = milestones_of(db, &[id]).await?;
    Ok(Full {
        campaign,
        milestones,
    })
}

/// A campaign the caller may read (set at, above or below the caller's
/// node), with its milestones; NOT_FOUND otherwise, like a missing id.
pub async fn find(db: &impl ConnectionTrait, scope: &Scope, id: Uuid) -> AppResult<Shown> {
    find_in(db, scope, id).await?.shown(scope)
}

pub async fn milestones_of(
    db: &impl ConnectionTrait,
    campaign_ids: &[Uuid],
) -> AppResult<Vec<campaign_milestone::Model>> {
    Ok(campaign_milestone::Entity::find()
        .filter(campaign_milestone::Column::CampaignId.is_in(campaign_ids.iter().copied()))
        .order_by_asc(campaign_milestone::Column::CampaignId)
        .order_by_asc(campaign_milestone::Column::Position)
        .all(db)
        .await?)
}

/// The campaigns the caller works under (set at an ancestor or at the
/// caller's own node) and those set below, newest year first; `year`
/// narrows them. Two statements.
pub async fn list(
    db: &impl ConnectionTrait,
    scope: &Scope,
    year: Option<i32>,
) -> AppResult<Vec<Shown>> {
    let above: Vec<i64> = scope
        .root()
        .ancestors()
        .into_iter()
        .map(|a| a.code)
        .collect();
    let r = scope.range();
    let mut q = campaign::Entity::find().filter(
        Condition::any()
            .add(campaign::Column::NodeCode.between(r.lo, r.hi))
            .add(campaign::Column::NodeCode.is_in(above)),
    );
    if let Some(y) = year {
        q = q.filter(campaign::Column::Year.eq(y));
    }
    let campaigns: Vec<campaign::Model> = q
        .order_by_desc(campaign::Column::Year)
        .order_by_asc(campaign::Column::Name)
        .all(db)
        .await?
        .into_iter()
        // The same decision as a single read (an ancestor's code that is
        // not a campaign's level's prefix is dropped here).
        .filter(|c| authz::check(scope, Action::Read, c).is_ok())
        .collect();
    let ids: Vec<Uuid> = campaigns.iter().map(|c| c.id).collect();
    let mut milestones = milestones_of(db, &ids).await?;
    campaigns
        .into_iter()
        .map(|c| {
            let (mine, rest): (Vec<_>, Vec<_>) =
                milestones.drain(..).partition(|m| m.campaign_id == c.id);
            milestones = rest;
            Full {
                campaign: c,
                milestones: mine,
            }
            .shown(scope)
        })
        .collect()
}
