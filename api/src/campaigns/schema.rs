//! GraphQL for campaigns: `campaigns`, `campaign`, `createCampaign`,
//! `updateCampaign`.
use super::service::{self, CampaignDraft, MilestoneDraft, Shown};
use super::MilestoneKind;
use crate::authz::{self, loaders, Action};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::campaign_milestone;

/// A county's campaign (工作部署) with its dated milestones.
pub struct Campaign(pub Shown);

/// One deadline of a campaign.
#[derive(SimpleObject)]
pub struct CampaignMilestone {
    /// The milestone's id (new ids after each edit of the campaign).
    pub id: ID,
    /// 1, 2, …: in order of the due day.
    pub position: i32,
    /// What meets it.
    pub kind: Option<MilestoneKind>,
    /// As the notice words it.
    pub title: String,
    /// The last day to meet it on time.
    pub due_on: NaiveDate,
    /// For `DOCUMENT`: the document kind that meets it.
    pub document_kind: Option<String>,
}

impl From<&campaign_milestone::Model> for CampaignMilestone {
    fn from(m: &campaign_milestone::Model) -> Self {
        CampaignMilestone {
            id: ids::to_id(m.id),
            position: m.position,
            kind: Some(m.kind),
            title: m.title.clone(),
            due_on: m.due_on,
            document_kind: m.document_kind.clone(),
        }
    }
}

/// A county's campaign (工作部署) with its dated milestones.
#[Object]
impl Campaign {
    /// The campaign's id: a random UUID.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.campaign.id)
    }
    /// Its name, e.g. "2018 年安全生产网格化建设".
    async fn name(&self) -> &str {
        &self.0.campaign.name
    }
    /// The year it runs in.
    async fn year(&self) -> i32 {
        self.0.campaign.year
    }
    /// The name of the node that set it (a county, or above the caller).
    async fn set_at_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(loaders::node_name(ctx, self.0.campaign.node_id).await?)
    }
    /// Its milestones, by due day.
    async fn milestones(&self) -> Vec<CampaignMilestone> {
        self.0
            .milestones
            .iter()
            .map(CampaignMilestone::from)
            .collect()
    }
    /// Bumped by each edit; `updateCampaign` names the one it read.
    async fn version(&self) -> i32 {
        self.0.campaign.version
    }
    /// What the caller may do with it now, by the server's own decision.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0.campaign))
    }
    /// When it was set.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.campaign.created_at
    }
    /// When it was last edited.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.campaign.updated_at
    }
}

/// A milestone as the county sets it.
#[derive(InputObject)]
pub struct MilestoneInput {
    /// What meets it.
    pub kind: MilestoneKind,
    /// As the notice words it (at most 100 characters).
    pub title: String,
    /// The last day to meet it on time.
    pub due_on: NaiveDate,
    /// For `DOCUMENT` only: the document kind that meets it.
    pub document_kind: Option<String>,
}

/// A campaign as the county sets it.
#[derive(InputObject)]
pub struct CampaignInput {
    /// Its name (at most 100 characters).
    pub name: String,
    /// The year it runs in.
    pub year: i32,
    /// One to twenty milestones (stored in order of due day).
    pub milestones: Vec<MilestoneInput>,
}

impl From<CampaignInput> for CampaignDraft {
    fn from(i: CampaignInput) -> Self {
        CampaignDraft {
            name: i.name,
            year: i.year,
            milestones: i
                .milestones
                .into_iter()
                .map(|m| MilestoneDraft {
                    kind: m.kind,
                    title: m.title,
                    due_on: m.due_on,
                    document_kind: m.document_kind,
                })
                .collect(),
        }
    }
}

#[derive(Default)]
pub struct CampaignsQuery;

#[Object]
impl CampaignsQuery {
    /// The campaigns you work under (set at your node or above) and those
    /// set below you, newest year first.
    async fn campaigns(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only campaigns of this year.")] year: Option<i32>,
    ) -> GqlResult<Vec<Campaign>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(service::list(&st.db, sc, year)
            .await?
            .into_iter()
            .map(Campaign)
            .collect())
    }

    /// One campaign (NOT_FOUND when neither above nor below you).
    async fn campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign's id.")] id: ID,
    ) -> GqlResult<Campaign> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(Campaign(service::find(&st.db, sc, ids::parse(&id)?).await?))
    }
}

#[derive(Default)]
pub struct CampaignsMutation;

#[Object]
impl CampaignsMutation {
    /// Sets a campaign for the townships below a county (administrators
    /// of a county or above).
    async fn create_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The county (or higher node) that sets it.")] node_id: ID,
        #[graphql(desc = "The campaign.")] input: CampaignInput,
    ) -> GqlResult<Campaign> {
        let (st, req, sc) = all(ctx)?;
        let full = service::create(st, req, sc, ids::parse(&node_id)?, input.into()).await?;
        Ok(Campaign(full.shown(sc)?))
    }

    /// Replaces a campaign's name, year and milestones; the campaign as it
    /// was is kept with the reason.
    async fn update_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it changes (kept with the old version).")] reason: String,
        #[graphql(desc = "The campaign as it is to be.")] input: CampaignInput,
    ) -> GqlResult<Campaign> {
        let (st, req, sc) = all(ctx)?;
        let full = service::update(
            st,
            req,
            sc,
            ids::parse(&id)?,
            version,
            &reason,
            input.into(),
        )
        .await?;
        Ok(Campaign(full.shown(sc)?))
    }
}
