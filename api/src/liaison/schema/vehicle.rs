//! The vehicle register: `vehicles`, `registerVehicle`, `updateVehicle`,
//! `retireVehicle`. The owner's phone is shown like every phone
//! (`people::schema::shown_phone`).
use crate::authz::{self, Action};
use crate::context::{all, scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::kinds::VehicleKind;
use crate::liaison::vehicles::{self, NewVehicle, VehicleUpdate};
use crate::pagination::{connection, Conn, Page};
use crate::people::schema::shown_phone;
use crate::programme::meetings::schema::parse_ids;
use crate::programme::{self, Period};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::NaiveDate;
use entity::vehicle;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

crate::liaison_type!(
    /// A motor vehicle of a group's register (机动车排查登记).
    Vehicle,
    VehicleFields,
    vehicle
);

#[Object]
impl VehicleFields {
    /// The plate, normalised (贵C12345).
    async fn plate(&self) -> &str {
        &self.0.plate
    }
    /// What kind of vehicle.
    async fn kind(&self) -> VehicleKind {
        self.0.kind.into()
    }
    /// The owner's name.
    async fn owner_name(&self) -> &str {
        &self.0.owner_name
    }
    /// The owner's phone: masked (138****8000) for roles that may not see phone numbers.
    async fn owner_phone(&self, ctx: &Context<'_>) -> GqlResult<String> {
        Ok(shown_phone(scope(ctx)?, &self.0.owner_phone))
    }
    /// 有牌有证: plated and the driver licensed.
    async fn licensed(&self) -> bool {
        self.0.licensed
    }
    /// The day it was put on the register (the record's day, `on`).
    async fn registered_on(&self) -> NaiveDate {
        self.0.registered_on
    }
    /// It left the group's register (sold, scrapped, moved away).
    async fn retired(&self) -> bool {
        self.0.retired_on.is_some()
    }
    /// The day it was retired.
    async fn retired_on(&self) -> Option<NaiveDate> {
        self.0.retired_on
    }
    /// Why it was retired.
    async fn retired_reason(&self) -> Option<&str> {
        self.0.retired_reason.as_deref()
    }
}

/// A vehicle to register.
#[derive(InputObject)]
pub struct RegisterVehicleInput {
    /// The villager group whose register it joins.
    pub node_id: ID,
    /// The plate (贵C12345; a space or dot after the office letter is fine).
    pub plate: String,
    /// What kind of vehicle.
    pub kind: VehicleKind,
    /// The owner's name.
    pub owner_name: String,
    /// The owner's mobile number (11 digits).
    pub owner_phone: String,
    /// 有牌有证: plated and the driver licensed.
    pub licensed: bool,
    /// The day it was checked onto the register (default today).
    pub registered_on: Option<NaiveDate>,
    /// Photos uploaded first (`POST /api/photos`).
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the record made.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct VehicleQuery;

#[Object]
impl VehicleQuery {
    /// Registered vehicles under a node (default: yours), newest
    /// registration first, registered in `from`..=`to`; retired ones too
    /// unless `retired: false`.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn vehicles(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only vehicles at or below this node (default: the caller's node).")]
        under: Option<ID>,
        #[graphql(desc = "Only vehicles of this kind.")] kind: Option<VehicleKind>,
        #[graphql(desc = "Only licensed (true) or unlicensed (false) vehicles.")] licensed: Option<
            bool,
        >,
        #[graphql(desc = "Only retired (true) or current (false) vehicles.")] retired: Option<bool>,
        #[graphql(desc = "Only vehicles registered on or after this day.")] from: Option<NaiveDate>,
        #[graphql(desc = "Only vehicles registered on or before this day.")] to: Option<NaiveDate>,
        #[graphql(desc = "Page size, from the start (at most 100; default 20).")] first: Option<
            i32,
        >,
        #[graphql(desc = "The cursor of the last item of the previous page.")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size, from the end (at most 100).")] last: Option<i32>,
        #[graphql(desc = "The cursor of the first item of the next page.")] before: Option<String>,
    ) -> GqlResult<Conn<Vehicle>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let page = Page::parse(first, after, last, before)?;
        let mut q = vehicle::Entity::find();
        if let Some(k) = kind {
            q = q.filter(vehicle::Column::Kind.eq(vehicle::VehicleKind::from(k)));
        }
        if let Some(l) = licensed {
            q = q.filter(vehicle::Column::Licensed.eq(l));
        }
        match retired {
            Some(true) => q = q.filter(vehicle::Column::RetiredOn.is_not_null()),
            Some(false) => q = q.filter(vehicle::Column::RetiredOn.is_null()),
            None => {}
        }
        let (rows, window) = programme::list::<vehicle::Entity>(
            &st.db,
            sc,
            ids::parse_opt(&under)?,
            Period::new(from, to)?,
            q,
            page,
        )
        .await?;
        Ok(connection(
            rows.into_iter().map(Vehicle::from).collect(),
            window,
        ))
    }
}

#[derive(Default)]
pub struct VehicleMutation;

#[Object]
impl VehicleMutation {
    /// Puts a vehicle on a group's register (idempotent by key).
    async fn register_vehicle(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vehicle.")] input: RegisterVehicleInput,
    ) -> GqlResult<Vehicle> {
        let (st, req, sc) = all(ctx)?;
        let new = NewVehicle {
            node_id: ids::parse(&input.node_id)?,
            plate: input.plate,
            kind: input.kind.into(),
            owner_name: input.owner_name,
            owner_phone: input.owner_phone,
            licensed: input.licensed,
            registered_on: input.registered_on,
            photo_ids: parse_ids("photoIds", &input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = vehicles::register(st, req, sc, new).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Updates a current vehicle: a new version with a reason; the old one
    /// is kept (`earlierVersions`). `version` is the one you read.
    #[allow(clippy::too_many_arguments)]
    async fn update_vehicle(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vehicle.")] id: ID,
        #[graphql(desc = "The `version` you read (a stale one is CONFLICT).")] version: i32,
        #[graphql(desc = "Why it changes (kept with the old version).")] reason: String,
        #[graphql(desc = "The plate, if it changes.")] plate: Option<String>,
        #[graphql(desc = "The kind, if it changes.")] kind: Option<VehicleKind>,
        #[graphql(desc = "The owner, if it changes.")] owner_name: Option<String>,
        #[graphql(desc = "The owner's phone, if it changes.")] owner_phone: Option<String>,
        #[graphql(desc = "Licensed or not, if that changes.")] licensed: Option<bool>,
    ) -> GqlResult<Vehicle> {
        let (st, req, sc) = all(ctx)?;
        let u = VehicleUpdate {
            plate,
            kind: kind.map(Into::into),
            owner_name,
            owner_phone,
            licensed,
        };
        let model = vehicles::update(st, req, sc, ids::parse(&id)?, version, &reason, u).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }

    /// Takes a vehicle off the register from today (sold, scrapped, moved
    /// away): never deleted, still listed as retired; the version before is kept.
    async fn retire_vehicle(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vehicle.")] id: ID,
        #[graphql(desc = "Why it leaves the register.")] reason: String,
    ) -> GqlResult<Vehicle> {
        let (st, req, sc) = all(ctx)?;
        let model = vehicles::retire(st, req, sc, ids::parse(&id)?, &reason).await?;
        Ok(authz::authorize(sc, Action::Read, model)?.into())
    }
}
