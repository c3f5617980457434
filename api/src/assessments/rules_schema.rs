//! GraphQL for the rules (考核细则): `assessmentRules`, `setAssessmentRules`.
use super::kinds::{AssessmentMeasure, AssessmentPeriodKind};
use super::rules::{self, RuleItem, RuleSet};
use super::set_rules::{self, NewRules};
use crate::authz::{loaders, Authorized};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use crate::subsidies::kinds::SubsidyRole;
use crate::subsidies::Fen;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use chrono::{DateTime, Utc};
use entity::grid_node;

/// The rules one post is assessed by at a node, and where they come from.
pub struct AssessmentRuleSet {
    /// The node asked about (the proof that the caller may read there).
    at: Authorized<grid_node::Model>,
    set: RuleSet,
}

/// One item of a rule set.
#[derive(SimpleObject)]
pub struct AssessmentRuleItem {
    /// Distinct within the set.
    pub key: String,
    /// Its title (中文).
    pub title: String,
    /// Its full points.
    pub max_points: i32,
    /// How the records score it (MANUAL: the assessor does).
    pub measure: AssessmentMeasure,
    /// Points off per miss the records show.
    pub per_miss: i32,
}

/// The rules one post is assessed by (考核细则).
#[Object]
impl AssessmentRuleSet {
    /// The post.
    async fn role(&self) -> SubsidyRole {
        self.set.role.into()
    }
    /// Month or year.
    async fn period_kind(&self) -> AssessmentPeriodKind {
        self.set.period_kind.into()
    }
    /// Points needed to pass (合格).
    async fn pass_mark(&self) -> i32 {
        self.set.pass_mark
    }
    /// Fen off the subsidy per point lost.
    async fn fen_per_point(&self) -> Fen {
        Fen(self.set.fen_per_point)
    }
    /// The items, in order.
    async fn items(&self) -> Vec<AssessmentRuleItem> {
        self.set
            .items
            .iter()
            .map(|i| AssessmentRuleItem {
                key: i.key.clone(),
                title: i.title.clone(),
                max_points: i.max_points,
                measure: i.measure.into(),
                per_miss: i.per_miss,
            })
            .collect()
    }
    /// No node set any: the built-in county default.
    async fn is_default(&self) -> bool {
        self.set.stored.is_none()
    }
    /// The node that set them: this one or an ancestor (null for the
    /// default, or when it lies above the caller's subtree).
    async fn from_node(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        let Some(s) = &self.set.stored else {
            return Ok(None);
        };
        Ok(loaders::node_if_visible(ctx, s.node_id)
            .await?
            .map(GridNode))
    }
    /// The name of the node that set them (null for the default).
    async fn from_node_name(&self, ctx: &Context<'_>) -> GqlResult<Option<String>> {
        let Some(s) = &self.set.stored else {
            return Ok(None);
        };
        let _ = &self.at;
        Ok(Some(loaders::node_name(ctx, s.node_id).await?))
    }
    /// When they were set (null for the default).
    async fn set_at(&self) -> Option<DateTime<Utc>> {
        self.set.stored.as_ref().map(|s| s.created_at)
    }
}

/// One item of a rule set to set.
#[derive(InputObject)]
pub struct AssessmentRuleItemInput {
    /// Distinct within the set (at most 40 characters).
    pub key: String,
    /// At most 100 characters.
    pub title: String,
    /// 1 to 100; the items' full points add up to at most 100.
    pub max_points: i32,
    /// How the records score it (MANUAL: the assessor does).
    pub measure: AssessmentMeasure,
    /// Points off per miss (0 to 100; ignored for MANUAL).
    pub per_miss: i32,
}

/// The rules for one post.
#[derive(InputObject)]
pub struct AssessmentRuleInput {
    /// The post these rules assess.
    pub role: SubsidyRole,
    /// Assessed by the month or by the year.
    pub period_kind: AssessmentPeriodKind,
    /// 0 to the items' full points.
    pub pass_mark: i32,
    /// Fen off the subsidy per point lost (≥ 0).
    pub fen_per_point: Fen,
    /// 1 to 20 items.
    pub items: Vec<AssessmentRuleItemInput>,
}

fn shown(at: Authorized<grid_node::Model>, sets: Vec<RuleSet>) -> Vec<AssessmentRuleSet> {
    sets.into_iter()
        .map(|set| AssessmentRuleSet {
            at: at.clone(),
            set,
        })
        .collect()
}

#[derive(Default)]
pub struct AssessmentRulesQuery;

#[Object]
impl AssessmentRulesQuery {
    /// The rules in force at a node for each post: its own, else the
    /// nearest ancestor's, else the built-in county default.
    async fn assessment_rules(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Any node you may see.")] node_id: ID,
    ) -> GqlResult<Vec<AssessmentRuleSet>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let node = grid::find(&st.db, sc, ids::parse(&node_id)?).await?;
        let sets = rules::effective(&st.db, grid::grid_code(&node)?).await?;
        Ok(shown(node, sets))
    }
}

#[derive(Default)]
pub struct AssessmentRulesMutation;

#[Object]
impl AssessmentRulesMutation {
    /// Sets the rules at a node (a county's default; a township's for its
    /// officers; a village's for its liaisons); each supersedes the node's
    /// old set for that post, which is kept. Answers the rules now in force.
    async fn set_assessment_rules(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A county, township or village.")] node_id: ID,
        #[graphql(desc = "One set per post.")] rules: Vec<AssessmentRuleInput>,
    ) -> GqlResult<Vec<AssessmentRuleSet>> {
        let (st, req, sc) = all(ctx)?;
        let sets = rules
            .into_iter()
            .map(|r| NewRules {
                role: r.role.into(),
                period_kind: r.period_kind.into(),
                pass_mark: r.pass_mark,
                fen_per_point: r.fen_per_point,
                items: r
                    .items
                    .into_iter()
                    .map(|i| RuleItem {
                        key: i.key,
                        title: i.title,
                        max_points: i.max_points,
                        measure: i.measure.into(),
                        per_miss: i.per_miss,
                    })
                    .collect(),
            })
            .collect();
        let (node, shown_sets) = set_rules::set(st, req, sc, ids::parse(&node_id)?, sets).await?;
        let at = crate::authz::authorize(sc, crate::authz::Action::Read, node)?;
        Ok(shown(at, shown_sets))
    }
}
