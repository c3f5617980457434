//! GraphQL for the year table: `yearOverview`, one row per child node.
use super::year_table;
use crate::context::{scope, state};
use crate::error::{AppError, AppResult, GqlResult, Key};
use crate::grid::schema::GridNode;
use crate::grid::service as grid;
use crate::ids;
use async_graphql::{Context, Object, SimpleObject, ID};

/// One child node's year of programme work.
#[derive(SimpleObject)]
pub struct YearOverviewRow {
    /// The child node.
    pub node: GridNode,
    /// Village safety meetings held in its villages this year.
    pub meetings_held: u32,
    /// Four a year for each of its villages.
    pub meetings_expected: u32,
    /// Training sessions recorded at or below it.
    pub trainings: u32,
    /// Emergency drills recorded at or below it.
    pub drills: u32,
    /// Publicity and education sessions recorded at or below it.
    pub publicity: u32,
    /// Notebook spot checks that found the notebook kept properly.
    pub notebook_checks_kept: u32,
    /// Notebook spot checks that found it not kept properly.
    pub notebook_checks_not_kept: u32,
    /// Ceremony notices (红白喜事打招呼) given at or below it.
    pub ceremonies: u32,
    /// On-site reminders (跟场提醒) given at or below it.
    pub reminders: u32,
    /// Motor vehicles on its groups' registers in the year.
    pub vehicles: u32,
}

#[derive(Default)]
pub struct YearOverviewQuery;

#[Object]
impl YearOverviewQuery {
    /// One row per child of the node, in code order: the year table of the
    /// programme records, in one round trip.
    #[graphql(complexity = "crate::pagination::list_cost(50, child_complexity)")]
    async fn year_overview(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The node whose children are listed.")] node_id: ID,
        #[graphql(desc = "The calendar year, e.g. 2026.")] year: i32,
    ) -> GqlResult<Vec<YearOverviewRow>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        if !(2000..=2100).contains(&year) {
            return Err(AppError::input("year", Key::InputDateOutOfRange).into());
        }
        let node = grid::find(&st.db, sc, ids::parse(&node_id)?).await?;
        let rows = year_table::rows(&st.db, grid::grid_code(&node)?, node.id, year).await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                Ok(YearOverviewRow {
                    node: GridNode::shown(sc, r.node)?,
                    meetings_held: r.meetings_held,
                    meetings_expected: r.meetings_expected,
                    trainings: r.trainings,
                    drills: r.drills,
                    publicity: r.publicity,
                    notebook_checks_kept: r.notebook_checks_kept,
                    notebook_checks_not_kept: r.notebook_checks_not_kept,
                    ceremonies: r.ceremonies,
                    reminders: r.reminders,
                    vehicles: r.vehicles,
                })
            })
            .collect::<AppResult<Vec<_>>>()?)
    }
}
