//! GraphQL for township leaders: `assignVillages`, and
//! `Appointment.assignedVillages`.
use crate::authz::{self, loaders, Authorized};
use crate::context::{all, scope};
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::leaders::assignments;
use crate::people::schema::Appointment;
use async_graphql::{Context, Object, ID};
use chrono::NaiveDate;
use entity::{appointment, village_assignment};

pub struct VillageAssignment(pub Authorized<village_assignment::Model>);

/// One village assigned to a township leader (挂包村), from `since` until
/// the day before `until`.
#[Object]
impl VillageAssignment {
    /// The assignment's id.
    pub async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// What the caller may do with this record now (nothing: a new
    /// assignment replaces it).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<authz::Action>> {
        Ok(authz::allowed_actions(scope(ctx)?, &self.0))
    }
    /// The assigned village.
    async fn village(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        Ok(GridNode(loaders::node(ctx, self.0.village_id).await?))
    }
    /// First day the leader answers for the village.
    async fn since(&self) -> NaiveDate {
        self.0.since
    }
    /// First day they no longer do; null while the assignment holds.
    async fn until(&self) -> Option<NaiveDate> {
        self.0.until
    }
    /// In force today (China time).
    async fn current(&self, ctx: &Context<'_>) -> GqlResult<bool> {
        Ok(assignments::holds_on(
            &self.0,
            crate::context::state(ctx)?.today(),
        ))
    }
}

/// `Appointment.assignedVillages`.
pub async fn assigned_villages(
    ctx: &Context<'_>,
    on: &appointment::Model,
    include_ended: bool,
) -> GqlResult<Vec<VillageAssignment>> {
    let today = crate::context::state(ctx)?.today();
    Ok(loaders::assignments_of(ctx, on)
        .await?
        .into_iter()
        .filter(|a| include_ended || assignments::holds_on(a, today))
        .map(VillageAssignment)
        .collect())
}

#[derive(Default)]
pub struct LeadersMutation;

#[Object]
impl LeadersMutation {
    /// Assigns a township leader their villages (挂包村) from `since`: the
    /// list replaces the current one (villages left off end that day; the
    /// history stays). Returns the leader's appointment.
    async fn assign_villages(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The leader's `TOWNSHIP_LEADER` appointment.")] appointment_id: ID,
        #[graphql(
            desc = "Every village the leader answers for from `since` (villages of their township; empty ends them all)."
        )]
        village_ids: Vec<ID>,
        #[graphql(
            desc = "The first day of the new list (not in the future; the leader in post that day)."
        )]
        since: NaiveDate,
    ) -> GqlResult<Appointment> {
        let (st, req, sc) = all(ctx)?;
        let villages = village_ids
            .iter()
            .map(ids::parse)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Appointment(
            assignments::assign(st, req, sc, ids::parse(&appointment_id)?, villages, since).await?,
        ))
    }
}
