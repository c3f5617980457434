//! The vehicle register and persuasion talks as GraphQL types.
use super::common;
use crate::authz::{loaders, Authorized};
use crate::context::scope;
use crate::error::GqlResult;
use crate::grid::schema::GridNode;
use crate::ids;
use crate::liaison::kinds::{PersuasionReason, VehicleKind};
use crate::people::schema::shown_phone;
use async_graphql::{Context, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};
use entity::{persuasion, vehicle};

/// A motor vehicle of a villager group's register (机动车排查登记).
pub struct Vehicle(pub Authorized<vehicle::Model>);

#[Object]
impl Vehicle {
    /// What the caller may do with it now (the server's own decision).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        common::allowed(ctx, &self.0).await
    }
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The villager group whose register it is on.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        common::node(ctx, self.0.node_id).await
    }
    /// 贵C12345, without space or dot.
    async fn plate(&self) -> &str {
        &self.0.plate
    }
    async fn kind(&self) -> VehicleKind {
        self.0.kind.into()
    }
    async fn owner_name(&self) -> &str {
        &self.0.owner_name
    }
    /// Masked (138****8000) for roles that may not see phone numbers,
    /// like every phone the API answers.
    async fn owner_phone(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(shown_phone(scope(ctx)?, &self.0.owner_phone))
    }
    /// Plated and the driver licensed (有牌有证).
    async fn licensed(&self) -> bool {
        self.0.licensed
    }
    async fn registered_on(&self) -> NaiveDate {
        self.0.registered_on
    }
    /// When it left the register; it stays readable.
    async fn retired_on(&self) -> Option<NaiveDate> {
        self.0.retired_on
    }
    async fn retired_reason(&self) -> Option<&str> {
        self.0.retired_reason.as_deref()
    }
    /// Who registered it: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        common::author(ctx, &self.0, self.0.author_id).await
    }
    /// Bumped by every update; an update names the version it read.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A persuasion talk with a driver (劝导).
pub struct Persuasion(pub Authorized<persuasion::Model>);

#[Object]
impl Persuasion {
    /// What the caller may do with it now (the server's own decision).
    async fn allowed_actions(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::authz::Action>> {
        common::allowed(ctx, &self.0).await
    }
    async fn id(&self) -> ID {
        ids::to_id(self.0.id)
    }
    /// The villager group it was held at.
    async fn node(&self, ctx: &Context<'_>) -> GqlResult<GridNode> {
        common::node(ctx, self.0.node_id).await
    }
    /// The vehicle of the register it was about, if any.
    async fn vehicle(&self, ctx: &Context<'_>) -> GqlResult<Option<Vehicle>> {
        let Some(id) = self.0.vehicle_id else {
            return Ok(None);
        };
        Ok(loaders::vehicle(ctx, id).await?.map(Vehicle))
    }
    async fn driver_name(&self) -> &str {
        &self.0.driver_name
    }
    async fn talked_at(&self) -> DateTime<Utc> {
        self.0.talked_at
    }
    async fn reason(&self) -> PersuasionReason {
        self.0.reason.into()
    }
    async fn notes(&self) -> &str {
        &self.0.notes
    }
    /// Photos of the talk.
    #[graphql(complexity = "crate::pagination::list_cost(10, child_complexity)")]
    async fn photos(&self, ctx: &Context<'_>) -> GqlResult<Vec<crate::photos::Photo>> {
        common::photos(ctx, &self.0, self.0.id).await
    }
    /// Who typed it in: the account's person, else its username.
    async fn author_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        common::author(ctx, &self.0, self.0.author_id).await
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
