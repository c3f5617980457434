//! GraphQL for the township scorecard: `scorecardTemplate`,
//! `setScorecardTemplate`, `scorecard`, `setScorecardItem`,
//! `lockScorecards`, `scorecardRanking`.
use super::card::{Card, CardItem, CardPart};
use super::rules::Finding;
use super::template::{self, Item, Part, Template};
use super::{entries, lock, service, template_edit};
use crate::authz::{self, loaders, Action, Authorized};
use crate::context::{all, scope, state};
use crate::documents::Document;
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::subsidies::standards::{check_year, county_for};
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::campaign_milestone::MilestoneKind;
use entity::scorecard_template_item::ScorecardRule;

/// A township's scorecard for a year (乡镇考核表).
pub struct Scorecard(pub Authorized<Card>);

/// A township's 100-point scorecard for a year (附件1): each item filled
/// by its rule from the records, or entered by the county office with
/// evidence; locked and ranked by the county.
#[Object]
impl Scorecard {
    /// The card's id: the same for a township and year each time.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The township scored.
    async fn township(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.township.id).await?))
    }
    /// The year scored.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The parts (组织领导, 推进情况, …) with their items.
    async fn parts(&self) -> Vec<ScorecardPart> {
        self.0.parts.iter().cloned().map(ScorecardPart).collect()
    }
    /// The sum of the parts, each capped at its maximum.
    async fn total(&self) -> i32 {
        self.0.total
    }
    /// Whether the county has locked the year's cards.
    async fn locked(&self) -> bool {
        self.0.locked.is_some()
    }
    /// When it was locked.
    async fn locked_at(&self) -> Option<DateTime<Utc>> {
        self.0.locked.as_ref().map(|l| l.at)
    }
    /// Its rank among the county's townships, once locked (equal totals
    /// share a rank).
    async fn rank(&self) -> Option<i32> {
        self.0.locked.as_ref().map(|l| l.rank)
    }
    /// What the caller may do with it now, by the server's own decision.
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &*self.0))
    }
}

/// One part of a card and its points.
pub struct ScorecardPart(pub CardPart);

/// One part of a card (组织领导 20, …): its items and its points, capped
/// at its maximum.
#[Object]
impl ScorecardPart {
    /// The part's key in the template.
    async fn key(&self) -> &str {
        &self.0.key
    }
    /// Its title as the template words it.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The most it can score, whatever its items add up to.
    async fn max_points(&self) -> i32 {
        self.0.max_points
    }
    /// Its points: its items' sum, at most `maxPoints`.
    async fn points(&self) -> i32 {
        self.0.points
    }
    /// Its items.
    async fn items(&self) -> Vec<ScorecardItem> {
        self.0.items.iter().cloned().map(ScorecardItem).collect()
    }
}

pub struct ScorecardItem(pub CardItem);

/// One item of a card: its points, and why.
#[Object]
impl ScorecardItem {
    /// The item's key in the template (what `setScorecardItem` names).
    async fn key(&self) -> &str {
        &self.0.key
    }
    /// Its wording in the template.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The points that count: the county office's entry if it made one,
    /// else the rule's.
    async fn points(&self) -> i32 {
        self.0.points
    }
    /// The most it can score.
    async fn max_points(&self) -> i32 {
        self.0.max_points
    }
    /// What the rule computed from the records; null for an item scored
    /// by hand. Shown beside an override.
    async fn auto(&self) -> Option<i32> {
        self.0.auto
    }
    /// The rule that fills it; null when it is entered by hand.
    async fn rule(&self) -> Option<ScorecardRule> {
        self.0.rule
    }
    /// Why it has these points, and the records behind them.
    async fn evidence(&self) -> ScorecardEvidence {
        ScorecardEvidence {
            finding: self.0.finding,
            count: self.0.count,
            of: self.0.of,
            record_ids: self.0.record_ids.iter().map(|i| ids::to_id(*i)).collect(),
        }
    }
    /// The county office's note on its entry.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// The documents the entry cites as evidence (those the caller may see).
    async fn documents(&self, ctx: &Context<'_>) -> GqlResult<Vec<Document>> {
        let docs = loaders::documents_by_id(ctx, &self.0.document_ids).await?;
        Ok(docs.into_iter().map(Document).collect())
    }
}

/// Why an item has its points.
#[derive(SimpleObject)]
pub struct ScorecardEvidence {
    /// What the records show (or that it was entered by hand).
    pub finding: Finding,
    /// How many were missing or failing (persons, reports, months, kinds);
    /// for a milestone, the parts met.
    pub count: i32,
    /// Out of how many, where that is known (0 otherwise).
    pub of: i32,
    /// The records behind the points; each opens with `node(id:)`.
    pub record_ids: Vec<ID>,
}

/// A township's place in the county's ranking.
#[derive(SimpleObject)]
pub struct ScorecardRank {
    /// 1 for the best; equal totals share a rank.
    pub rank: i32,
    /// The township ranked.
    pub township: GridNode,
    /// Its card's total.
    pub total: i32,
    /// Each part's points.
    pub parts: Vec<ScorecardPartPoints>,
    /// The township's card.
    pub scorecard: Scorecard,
}

/// A part's points on one card.
#[derive(SimpleObject)]
pub struct ScorecardPartPoints {
    /// The part's key in the template.
    pub key: String,
    /// Its title as the template words it.
    pub title: String,
    /// The most it can score.
    pub max_points: i32,
    /// Its points on the card, at most `maxPoints`.
    pub points: i32,
}

/// A county's template for a year, or the notice's where it set none.
#[derive(SimpleObject)]
pub struct ScorecardTemplate {
    /// The year it scores.
    pub year: i32,
    /// The county's version; 0 for the notice's (附件1 as written).
    pub version: i32,
    /// Whether this is the notice's template (nothing set for the year).
    pub is_default: bool,
    /// Its parts, in order.
    pub parts: Vec<ScorecardTemplatePart>,
}

/// A part of the template.
#[derive(SimpleObject)]
pub struct ScorecardTemplatePart {
    /// The part's key, unique in the template.
    pub key: String,
    /// Its title (组织领导, …).
    pub title: String,
    /// Caps the part whatever its items add up to.
    pub max_points: i32,
    /// Its items, in order.
    pub items: Vec<ScorecardTemplateItem>,
}

/// An item of the template and its rule.
#[derive(SimpleObject)]
pub struct ScorecardTemplateItem {
    /// The item's key, unique in the template (what entries name).
    pub key: String,
    /// Its wording (考核细则).
    pub title: String,
    /// The most it can score.
    pub max_points: i32,
    /// How it fills itself from records; null: entered by hand.
    pub rule: Option<ScorecardRule>,
    /// Points lost per missing or failing unit, for a deducting rule.
    pub per_unit: Option<i32>,
    /// The document kinds a DOCUMENTS rule looks for.
    pub document_kinds: Vec<String>,
    /// The campaign milestone a MILESTONE_ON_TIME rule reads.
    pub milestone_kind: Option<MilestoneKind>,
}

impl From<Template> for ScorecardTemplate {
    fn from(t: Template) -> Self {
        ScorecardTemplate {
            year: t.year,
            version: t.version,
            is_default: t.version == 0,
            parts: t
                .parts
                .into_iter()
                .map(|p| ScorecardTemplatePart {
                    key: p.key,
                    title: p.title,
                    max_points: p.max_points,
                    items: p
                        .items
                        .into_iter()
                        .map(|i| ScorecardTemplateItem {
                            key: i.key,
                            title: i.title,
                            max_points: i.max_points,
                            rule: i.rule,
                            per_unit: i.per_unit,
                            document_kinds: i.document_kinds,
                            milestone_kind: i.milestone_kind,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A part of the template as the county office sends it.
#[derive(InputObject)]
pub struct ScorecardPartInput {
    /// Lower-case letters, digits and underscores; unique in the template.
    pub key: String,
    /// Its title (组织领导, …).
    pub title: String,
    /// Caps the part, 0 to 100.
    pub max_points: i32,
    /// Its items, in order (1 to 30).
    pub items: Vec<ScorecardItemInput>,
}

/// An item of the template as the county office sends it.
#[derive(InputObject)]
pub struct ScorecardItemInput {
    /// Lower-case letters, digits and underscores; unique in the template.
    pub key: String,
    /// Its wording (考核细则).
    pub title: String,
    /// The most it can score, 0 to 100.
    pub max_points: i32,
    /// How it fills itself from records; leave out for an item entered by hand.
    pub rule: Option<ScorecardRule>,
    /// Points lost per missing or failing unit, for a deducting rule.
    pub per_unit: Option<i32>,
    /// The document kinds a DOCUMENTS rule looks for (codes of `documentKinds`).
    #[graphql(default)]
    pub document_kinds: Vec<String>,
    /// The campaign milestone a MILESTONE_ON_TIME rule reads.
    pub milestone_kind: Option<MilestoneKind>,
}

impl From<ScorecardPartInput> for Part {
    fn from(p: ScorecardPartInput) -> Self {
        Part {
            key: p.key,
            title: p.title,
            max_points: p.max_points,
            items: p
                .items
                .into_iter()
                .map(|i| Item {
                    key: i.key,
                    title: i.title,
                    max_points: i.max_points,
                    rule: i.rule,
                    per_unit: i.per_unit,
                    document_kinds: i.document_kinds,
                    milestone_kind: i.milestone_kind,
                })
                .collect(),
        }
    }
}

fn rank_of(
    sc: &crate::scope::Scope,
    rank: i32,
    card: Authorized<Card>,
) -> crate::error::AppResult<ScorecardRank> {
    Ok(ScorecardRank {
        rank,
        township: GridNode(authz::authorize(sc, Action::Read, card.township.clone())?),
        total: card.total,
        parts: card
            .parts
            .iter()
            .map(|p| ScorecardPartPoints {
                key: p.key.clone(),
                title: p.title.clone(),
                max_points: p.max_points,
                points: p.points,
            })
            .collect(),
        scorecard: Scorecard(card),
    })
}

#[derive(Default)]
pub struct ScorecardsQuery;

#[Object]
impl ScorecardsQuery {
    /// The scorecard template in force for a year: the county's latest
    /// version, or the notice's 附件1 where it set none. `countyId`
    /// defaults to the caller's own county.
    async fn scorecard_template(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year (2000–2100).")] year: i32,
        #[graphql(desc = "A county; the caller's own when left out.")] county_id: Option<ID>,
    ) -> GqlResult<ScorecardTemplate> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let year = check_year(year)?;
        let county = county_for(&st.db, sc, ids::parse_opt(&county_id)?).await?;
        let mut t = template::in_force(&st.db, &[county.code], year).await?;
        Ok(t.remove(&county.code)
            .unwrap_or_else(|| template::notice(year))
            .into())
    }

    /// A township's card for a year; NOT_FOUND outside the caller's subtree.
    async fn scorecard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The township.")] township_id: ID,
        #[graphql(desc = "The year (2000–2100).")] year: i32,
    ) -> GqlResult<Scorecard> {
        let st = state(ctx)?;
        let card = service::card_of(
            &st.db,
            scope(ctx)?,
            ids::parse(&township_id)?,
            year,
            st.today(),
        )
        .await?;
        Ok(Scorecard(card))
    }

    /// The county's townships ranked by total for a year, best first
    /// (equal totals share a rank), with each part's points.
    #[graphql(complexity = "crate::pagination::list_cost(30, child_complexity)")]
    async fn scorecard_ranking(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The county.")] county_id: ID,
        #[graphql(desc = "The year (2000–2100).")] year: i32,
    ) -> GqlResult<Vec<ScorecardRank>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let rows = service::ranking(&st.db, sc, ids::parse(&county_id)?, year, st.today()).await?;
        Ok(rows
            .into_iter()
            .map(|(r, c)| rank_of(sc, r, c))
            .collect::<Result<_, _>>()?)
    }
}

#[derive(Default)]
pub struct ScorecardsMutation;

#[Object]
impl ScorecardsMutation {
    /// Sets the county's template for a year: the next version, the older
    /// ones kept. County office only; refused once the year is locked.
    async fn set_scorecard_template(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The county.")] county_id: ID,
        #[graphql(desc = "The year (2000–2100).")] year: i32,
        #[graphql(desc = "The whole template, part by part.")] parts: Vec<ScorecardPartInput>,
    ) -> GqlResult<ScorecardTemplate> {
        let (st, req, sc) = all(ctx)?;
        let parts = parts.into_iter().map(Part::from).collect();
        let t = template_edit::set(st, req, sc, ids::parse(&county_id)?, year, parts).await?;
        Ok(t.into())
    }

    /// Enters an item's points on a township's card with a note and
    /// documents: an item without a rule, or an automatic one overridden
    /// (a note required; the computed value stays shown). County office
    /// only; refused once the year is locked.
    async fn set_scorecard_item(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The card.")] scorecard_id: ID,
        #[graphql(desc = "The item's key in the template.")] item_key: String,
        #[graphql(desc = "0 to the item's maxPoints.")] points: i32,
        #[graphql(desc = "Why (required when overriding a computed score).")] note: Option<String>,
        #[graphql(desc = "Uploaded documents as evidence.", default)] document_ids: Vec<ID>,
    ) -> GqlResult<Scorecard> {
        let (st, req, sc) = all(ctx)?;
        let document_ids = document_ids
            .iter()
            .map(ids::parse)
            .collect::<Result<Vec<_>, _>>()?;
        let new = entries::NewEntry {
            card_id: ids::parse(&scorecard_id)?,
            item_key,
            points,
            note,
            document_ids,
        };
        let card = entries::set(st, req, sc, new).await?;
        Ok(Scorecard(authz::authorize(sc, Action::Read, card)?))
    }

    /// Locks the county's cards of a year and ranks the townships; after
    /// that neither the template nor any item of the year changes.
    async fn lock_scorecards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The county.")] county_id: ID,
        #[graphql(desc = "The year (2000–2100).")] year: i32,
    ) -> GqlResult<Vec<ScorecardRank>> {
        let (st, req, sc) = all(ctx)?;
        let county_id = ids::parse(&county_id)?;
        lock::lock(st, req, sc, county_id, year).await?;
        let rows = service::ranking(&st.db, sc, county_id, year, st.today()).await?;
        Ok(rows
            .into_iter()
            .map(|(r, c)| rank_of(sc, r, c))
            .collect::<Result<_, _>>()?)
    }
}
