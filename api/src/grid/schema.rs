//! GraphQL types and resolvers for the grid. Thin: parse, call the service
//! with the caller's scope, wrap the model.
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::grid::code::{CodeRange, Level};
use crate::grid::{coverage, service};
use crate::ids;
use crate::pagination::{connection, Conn, Page};
use crate::people::appointments;
use crate::people::schema::Appointment;
use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use entity::grid_node;

pub struct GridNode(pub grid_node::Model);

#[Object]
impl GridNode {
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
    async fn name(&self) -> &str {
        &self.0.name
    }
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
    async fn children(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        let page = Page::parse(first, after)?;
        let st = state(ctx)?;
        let (items, total) = service::children(&st.db, scope(ctx)?, &self.0, page).await?;
        Ok(connection(
            items.into_iter().map(GridNode).collect(),
            page,
            total,
        ))
    }
    /// Officers and liaisons in post here (with `includeEnded`, the history).
    async fn appointments(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = false)] include_ended: bool,
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

#[derive(SimpleObject)]
pub struct PathEntry {
    pub name: String,
    pub level: Level,
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
            Some(r) => Ok(coverage::counts(&state(ctx)?.db, r, level, self.day).await?),
        }
    }
    async fn gap_list(
        &self,
        ctx: &Context<'_>,
        level: Level,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        let page = Page::parse(first, after)?;
        let Some(r) = self.range else {
            return Ok(connection(vec![], page, 0));
        };
        let (items, total) = coverage::gaps(&state(ctx)?.db, r, level, self.day, page).await?;
        Ok(connection(
            items.into_iter().map(GridNode).collect(),
            page,
            total,
        ))
    }
}

#[Object]
impl Coverage {
    async fn village_count(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Village).await?.total)
    }
    async fn villages_covered(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Village).await?.covered)
    }
    async fn group_count(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Group).await?.total)
    }
    async fn groups_covered(&self, ctx: &Context<'_>) -> GqlResult<u64> {
        Ok(self.count(ctx, Level::Group).await?.covered)
    }
    /// Villages with no current village safety officer.
    async fn villages_without_officer(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        self.gap_list(ctx, Level::Village, first, after).await
    }
    /// Villager groups with no current group safety liaison.
    async fn groups_without_liaison(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        self.gap_list(ctx, Level::Group, first, after).await
    }
}

#[derive(SimpleObject)]
pub struct LevelLabel {
    pub level: Level,
    pub name_zh: String,
    pub name_en: String,
}

#[derive(Default)]
pub struct GridQuery;

#[Object]
impl GridQuery {
    /// Display names of the six levels.
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
    async fn nodes(
        &self,
        ctx: &Context<'_>,
        search: Option<String>,
        under: Option<ID>,
        level: Option<Level>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<Conn<GridNode>> {
        let page = Page::parse(first, after)?;
        let filter = service::NodeFilter {
            search,
            under: ids::parse_opt(&under)?,
            level,
        };
        let (items, total) = service::list(&state(ctx)?.db, scope(ctx)?, filter, page).await?;
        Ok(connection(
            items.into_iter().map(GridNode).collect(),
            page,
            total,
        ))
    }
}

#[derive(InputObject)]
pub struct CreateNodeInput {
    pub parent_id: ID,
    pub name: String,
    /// The national division code; omitted, the next free number is used
    /// (villager groups: 001, 002, …).
    pub code: Option<String>,
    pub subsidy_exempt: Option<bool>,
    pub demonstration: Option<bool>,
}

#[derive(InputObject)]
pub struct UpdateNodeInput {
    pub id: ID,
    /// The version you read; a stale one answers CONFLICT.
    pub version: i32,
    pub name: Option<String>,
    pub subsidy_exempt: Option<bool>,
    pub demonstration: Option<bool>,
}

#[derive(Default)]
pub struct GridMutation;

#[Object]
impl GridMutation {
    /// Creates a node one level below `parentId` (e.g. a villager group).
    async fn create_node(&self, ctx: &Context<'_>, input: CreateNodeInput) -> GqlResult<GridNode> {
        let (st, req, sc) = all(ctx)?;
        let new = service::NewNode {
            parent_id: ids::parse(&input.parent_id)?,
            name: input.name,
            code: input.code,
            subsidy_exempt: input.subsidy_exempt.unwrap_or(false),
            demonstration: input.demonstration.unwrap_or(false),
        };
        Ok(GridNode(service::create(st, req, sc, new).await?))
    }

    async fn update_node(&self, ctx: &Context<'_>, input: UpdateNodeInput) -> GqlResult<GridNode> {
        let (st, req, sc) = all(ctx)?;
        let changes = service::NodeChanges {
            id: ids::parse(&input.id)?,
            version: input.version,
            name: input.name,
            subsidy_exempt: input.subsidy_exempt,
            demonstration: input.demonstration,
        };
        Ok(GridNode(service::update(st, req, sc, changes).await?))
    }
}
