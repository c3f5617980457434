//! GraphQL types and resolvers for the grid. Thin: parse, call the service
//! with the caller's scope, wrap the model.
use crate::authz::Authorized;
use crate::context::{all, scope, state};
use crate::error::{AppResult, GqlResult};
use crate::grid::code::{CodeRange, Level};
use crate::grid::{coverage, service};
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::appointments;
use crate::people::schema::Appointment;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use entity::grid_node;

/// A node the caller may see: only a read proof makes one.
pub struct GridNode(pub Authorized<grid_node::Model>);

impl GridNode {
    /// A node a service returned, shown if the caller may see it.
    pub fn shown(scope: &crate::scope::Scope, model: grid_node::Model) -> AppResult<GridNode> {
        Ok(GridNode(crate::authz::authorize(
            scope,
            crate::authz::Action::Read,
            model,
        )?))
    }

    /// Rows of a scoped list query, each proved.
    pub fn all(scope: &crate::scope::Scope, models: Vec<grid_node::Model>) -> Vec<GridNode> {
        crate::authz::visible(scope, models)
            .into_iter()
            .map(GridNode)
            .collect()
    }
}

/// A node of the six-level grid (province, city, county, township, village, villager group).
#[Object]
impl GridNode {
    /// What the caller may do with this record now, by the same decision
    /// the server applies when it is tried (the web app offers only these).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        Ok(crate::authz::allowed_actions(
            crate::context::scope(ctx)?,
            &self.0,
        ))
    }
    /// The node's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The 15-digit grid code.
    async fn code(&self) -> String {
        format!("{:015}", self.0.code)
    }
    /// The national division code (2/4/6/9/12 digits; 15 for a group).
    async fn division_code(&self) -> GqlResult<String> {
        Ok(service::grid_code(&self.0)?.division_code())
    }
    /// The node's name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The node's level.
    async fn level(&self) -> GqlResult<Level> {
        Ok(service::grid_code(&self.0)?.level)
    }
    /// The level's display name, from data (乡镇, 街道, 社区 …).
    async fn level_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(state(ctx)?.level_name(self.0.level))
    }
    /// No village-officer subsidy here (the six urban communities of 龙泉).
    async fn subsidy_exempt(&self) -> bool {
        self.0.subsidy_exempt
    }
    /// A demonstration village or group (示范村/示范组).
    async fn demonstration(&self) -> bool {
        self.0.demonstration
    }
    /// Optimistic-lock version: send it back with a change; a stale one answers CONFLICT.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// The parent, or null when it lies above the caller's own node.
    async fn parent(&self, ctx: &Context<'_>) -> GqlResult<Option<GridNode>> {
        let st = state(ctx)?;
        Ok(service::parent(&st.db, scope(ctx)?, &self.0)
            .await?
            .map(GridNode))
    }
    /// Ancestors top-down for a breadcrumb; ids only inside the caller's scope.
    #[graphql(complexity = "crate::pagination::list_cost(6, child_complexity)")]
    async fn path(&self, ctx: &Context<'_>) -> GqlResult<Vec<PathEntry>> {
        let st = state(ctx)?;
        Ok(service::path(&st.db, scope(ctx)?, &self.0)
            .await?
            .into_iter()
            .map(|p| PathEntry {
                name: p.name,
                level: p.level,
                id: p.id.map(ids::to_id),
            })
            .collect())
    }
    /// The nodes directly below, in code order.
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn children(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        let page = Page::parse(first, after, last, before)?;
        let st = state(ctx)?;
        let (items, total) = service::children(&st.db, scope(ctx)?, &self.0, page).await?;
        Ok(connection(items.into_iter().map(GridNode).collect(), total))
    }
    /// Officers and liaisons in post here (with `includeEnded`, the history).
    #[graphql(complexity = "crate::pagination::list_cost(5, child_complexity)")]
    async fn appointments(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false, desc = "Include terms that have ended.")] include_ended: bool,
    ) -> GqlResult<Vec<Appointment>> {
        let st = state(ctx)?;
        let rows =
            appointments::for_node(&st.db, scope(ctx)?, self.0.id, include_ended, st.today())
                .await?;
        Ok(rows.into_iter().map(Appointment).collect())
    }
    /// Who is missing below this node.
    async fn coverage(&self, ctx: &Context<'_>) -> GqlResult<Coverage> {
        let sc = scope(ctx)?;
        let range = sc
            .range()
            .intersect(&service::grid_code(&self.0)?.subtree());
        Ok(Coverage {
            range,
            day: state(ctx)?.today(),
        })
    }
}

/// One ancestor in a node's breadcrumb.
#[derive(SimpleObject)]
pub struct PathEntry {
    /// The ancestor's name.
    pub name: String,
    /// The ancestor's level.
    pub level: Level,
    /// The ancestor's id; null above the caller's own node.
    pub id: Option<ID>,
}

pub struct Coverage {
    range: Option<CodeRange>,
    day: chrono::NaiveDate,
}

impl Coverage {
    async fn count(&self, ctx: &Context<'_>, level: Level) -> GqlResult<coverage::Counts> {
        match self.range {
            None => Ok(coverage::Counts {
                total: 0,
                covered: 0,
            }),
            // Batched per page: a list of 50 nodes' coverage is one read.
            Some(r) => Ok(crate::authz::loaders::coverage(ctx, r, level).await?),
        }
    }
    async fn gap_list(
        &self,
        ctx: &Context<'_>,
        level: Level,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        let page = Page::parse(first, after, last, before)?;
        let Some(r) = self.range else {
            return Ok(connection(vec![], crate::pagination::Window::empty()));
        };
        let (items, total) = coverage::gaps(&state(ctx)?.db, r, level, self.day, page).await?;
        Ok(connection(GridNode::all(scope(ctx)?, items), total))
    }
}

/// Whether every village has its officer and every group its liaison below a node.
#[Object]
impl Coverage {
    /// Villages below the node.
    async fn village_count(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Village).await?.total)
    }
    /// Villages with a safety officer in post.
    async fn villages_covered(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Village).await?.covered)
    }
    /// Villager groups below the node.
    async fn group_count(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Group).await?.total)
    }
    /// Villager groups with a safety liaison in post.
    async fn groups_covered(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Group).await?.covered)
    }
    /// Villages with no current village safety officer.
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn villages_without_officer(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        self.gap_list(ctx, Level::Village, first, after, last, before)
            .await
    }
    /// Villager groups with no current group safety liaison.
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn groups_without_liaison(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        self.gap_list(ctx, Level::Group, first, after, last, before)
            .await
    }
}

/// The display name of a level.
#[derive(SimpleObject)]
pub struct LevelLabel {
    /// The level.
    pub level: Level,
    /// Its name in Chinese.
    pub name_zh: String,
    /// Its name in English.
    pub name_en: String,
}

#[derive(Default)]
pub struct GridQuery;

#[Object]
impl GridQuery {
    /// Display names of the six levels.
    #[graphql(complexity = "crate::pagination::list_cost(6, child_complexity)")]
    async fn levels(&self, ctx: &Context<'_>) -> GqlResult<Vec<LevelLabel>> {
        scope(ctx)?;
        let labels = state(ctx)?
            .level_labels
            .read()
            .map(|l| l.clone())
            .unwrap_or_default();
        Ok(labels
            .into_iter()
            .filter_map(|l| {
                Some(LevelLabel {
                    level: Level::from_number(l.level)?,
                    name_zh: l.name_zh,
                    name_en: l.name_en,
                })
            })
            .collect())
    }

    /// Nodes in the caller's subtree (optionally under a node, of a level,
    /// matching a name or a division-code prefix), in code order.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn nodes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A name, or a division-code prefix.")] search: Option<String>,
        #[graphql(desc = "Only nodes below this one (default: the caller's node).")] under: Option<
            ID,
        >,
        #[graphql(desc = "Only nodes of this level.")] level: Option<Level>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        let page = Page::parse(first, after, last, before)?;
        let filter = service::NodeFilter {
            search,
            under: ids::parse_opt(&under)?,
            level,
        };
        let (items, total) = service::list(&state(ctx)?.db, scope(ctx)?, filter, page).await?;
        Ok(connection(GridNode::all(scope(ctx)?, items), total))
    }
}

/// A new node under a parent.
#[derive(InputObject)]
pub struct CreateNodeInput {
    /// The parent node.
    pub parent_id: ID,
    /// The node's name.
    pub name: String,
    /// The national division code; omitted, the next free number is used
    /// (villager groups: 001, 002, …).
    pub code: Option<String>,
    /// No village-officer subsidy here.
    pub subsidy_exempt: Option<bool>,
    /// A demonstration village or group (示范村/示范组).
    pub demonstration: Option<bool>,
}

/// New values for a node.
#[derive(InputObject)]
pub struct UpdateNodeInput {
    /// The node.
    pub id: ID,
    /// The version you read; a stale one answers CONFLICT.
    pub version: i32,
    /// A new name.
    pub name: Option<String>,
    /// No village-officer subsidy here.
    pub subsidy_exempt: Option<bool>,
    /// A demonstration village or group.
    pub demonstration: Option<bool>,
}

#[derive(Default)]
pub struct GridMutation;

#[Object]
impl GridMutation {
    /// Creates a node one level below `parentId` (e.g. a villager group).
    async fn create_node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new node.")] input: CreateNodeInput,
    ) -> GqlResult<GridNode> {
        let (st, req, sc) = all(ctx)?;
        let new = service::NewNode {
            parent_id: ids::parse(&input.parent_id)?,
            name: input.name,
            code: input.code,
            subsidy_exempt: input.subsidy_exempt.unwrap_or(false),
            demonstration: input.demonstration.unwrap_or(false),
        };
        Ok(GridNode::shown(
            sc,
            service::create(st, req, sc, new).await?,
        )?)
    }

    /// Renames a node or changes its flags.
    async fn update_node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node and its new values.")] input: UpdateNodeInput,
    ) -> GqlResult<GridNode> {
        let (st, req, sc) = all(ctx)?;
        let changes = service::NodeChanges {
            id: ids::parse(&input.id)?,
            version: input.version,
            name: input.name,
            subsidy_exempt: input.subsidy_exempt,
            demonstration: input.demonstration,
        };
        Ok(GridNode::shown(
            sc,
            service::update(st, req, sc, changes).await?,
        )?)
    }
}
