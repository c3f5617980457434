//! Recording the liaison's work. Each create is idempotent by the client's
//! key (a phone's outbox may send it twice); vehicles change only as new
//! versions and leave the register by being retired, never deleted.
use super::common::photo_ids;
use super::{CeremonyNotice, OnSiteReminder, Persuasion, SeasonalWarning, Vehicle};
use crate::authz::{authorize, Action};
use crate::context::all;
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::kinds::{
    CeremonyKind, PersuasionReason, ReminderTopic, VehicleKind, WarningTopic,
};
use crate::liaison::{ceremonies, talks, vehicles, warnings};
use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, NaiveDate, Utc};

/// A ceremony notice (红白喜事打招呼) reported by a family.
#[derive(InputObject)]
pub struct RecordCeremonyNoticeInput {
    /// The villager group.
    pub node_id: ID,
    pub kind: CeremonyKind,
    /// The family holding it.
    pub host_name: String,
    /// The ceremony's day: up to 90 days ahead, not in a closed month.
    pub date: NaiveDate,
    pub place: String,
    pub expected_guests: i32,
    /// What was checked or agreed beforehand.
    pub notes: String,
    /// Made by the client once per record; a retry returns the first record.
    pub idempotency_key: String,
}

/// An on-site reminder (跟场提醒) given at a reported ceremony.
#[derive(InputObject)]
pub struct RecordOnSiteReminderInput {
    pub ceremony_notice_id: ID,
    /// When it was given; not in the future, not in a closed month.
    pub reminded_at: DateTime<Utc>,
    /// What it covered (at least one).
    pub topics: Vec<ReminderTopic>,
    pub notes: String,
    /// Photos uploaded first (`POST /api/photos`), attached here.
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the first record.
    pub idempotency_key: String,
}

/// A vehicle for the group's register (机动车排查登记).
#[derive(InputObject)]
pub struct RegisterVehicleInput {
    /// The villager group.
    pub node_id: ID,
    /// A Chinese plate (贵C12345; a space or dot is allowed and dropped).
    pub plate: String,
    pub kind: VehicleKind,
    pub owner_name: String,
    /// A mainland mobile number; answers mask it for roles that may not see phones.
    pub owner_phone: String,
    /// Plated and the driver licensed.
    pub licensed: bool,
    /// Made by the client once per record; a retry returns the first record.
    pub idempotency_key: String,
}

/// A new version of a vehicle's details; absent fields stay as they are.
#[derive(InputObject)]
pub struct UpdateVehicleInput {
    pub id: ID,
    /// The version the form was read at; a stale one is CONFLICT.
    pub version: i32,
    pub plate: Option<String>,
    pub kind: Option<VehicleKind>,
    pub owner_name: Option<String>,
    pub owner_phone: Option<String>,
    pub licensed: Option<bool>,
    /// Why it changed; kept with the old version in the audit log.
    pub reason: String,
}

/// A persuasion talk with a driver (劝导).
#[derive(InputObject)]
pub struct RecordPersuasionInput {
    /// The villager group.
    pub node_id: ID,
    /// A vehicle of the same group's register, if the talk was about one.
    pub vehicle_id: Option<ID>,
    pub driver_name: String,
    /// When it was held; not in the future, not in a closed month.
    pub talked_at: DateTime<Utc>,
    pub reason: PersuasionReason,
    pub notes: String,
    /// Photos uploaded first (`POST /api/photos`), attached here.
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the first record.
    pub idempotency_key: String,
}

/// A seasonal warning given to a group's households.
#[derive(InputObject)]
pub struct RecordSeasonalWarningInput {
    /// The villager group.
    pub node_id: ID,
    pub topic: WarningTopic,
    /// When it was given; not in the future, not in a closed month.
    pub given_at: DateTime<Utc>,
    /// Households reached.
    pub households: i32,
    pub notes: String,
    /// Photos uploaded first (`POST /api/photos`), attached here.
    pub photo_ids: Option<Vec<ID>>,
    /// Made by the client once per record; a retry returns the first record.
    pub idempotency_key: String,
}

#[derive(Default)]
pub struct LiaisonMutation;

#[Object]
impl LiaisonMutation {
    /// Records a ceremony notice at a villager group (idempotent by key).
    async fn record_ceremony_notice(
        &self,
        ctx: &Context<'_>,
        input: RecordCeremonyNoticeInput,
    ) -> GqlResult<CeremonyNotice> {
        let (st, req, sc) = all(ctx)?;
        let new = ceremonies::NewCeremonyNotice {
            node_id: ids::parse(&input.node_id)?,
            kind: input.kind,
            host_name: input.host_name,
            date: input.date,
            place: input.place,
            expected_guests: input.expected_guests,
            notes: input.notes,
            idempotency_key: input.idempotency_key,
        };
        let model = ceremonies::record_notice(st, req, sc, new).await?;
        Ok(CeremonyNotice(authorize(sc, Action::Read, model)?))
    }

    /// Records an on-site reminder at a reported ceremony (idempotent by key).
    async fn record_on_site_reminder(
        &self,
        ctx: &Context<'_>,
        input: RecordOnSiteReminderInput,
    ) -> GqlResult<OnSiteReminder> {
        let (st, req, sc) = all(ctx)?;
        let new = ceremonies::NewReminder {
            ceremony_notice_id: ids::parse(&input.ceremony_notice_id)?,
            reminded_at: input.reminded_at,
            topics: input.topics,
            notes: input.notes,
            photo_ids: photo_ids(input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = ceremonies::record_reminder(st, req, sc, new).await?;
        Ok(OnSiteReminder(authorize(sc, Action::Read, model)?))
    }

    /// Registers a vehicle on a group's register (idempotent by key; a
    /// plate already on the register is refused).
    async fn register_vehicle(
        &self,
        ctx: &Context<'_>,
        input: RegisterVehicleInput,
    ) -> GqlResult<Vehicle> {
        let (st, req, sc) = all(ctx)?;
        let new = vehicles::NewVehicle {
            node_id: ids::parse(&input.node_id)?,
            plate: input.plate,
            kind: input.kind,
            owner_name: input.owner_name,
            owner_phone: input.owner_phone,
            licensed: input.licensed,
            idempotency_key: input.idempotency_key,
        };
        let model = vehicles::register(st, req, sc, new).await?;
        Ok(Vehicle(authorize(sc, Action::Read, model)?))
    }

    /// Saves a new version of a vehicle's details, with the reason.
    async fn update_vehicle(
        &self,
        ctx: &Context<'_>,
        input: UpdateVehicleInput,
    ) -> GqlResult<Vehicle> {
        let (st, req, sc) = all(ctx)?;
        let change = vehicles::VehicleChange {
            id: ids::parse(&input.id)?,
            version: input.version,
            plate: input.plate,
            kind: input.kind,
            owner_name: input.owner_name,
            owner_phone: input.owner_phone,
            licensed: input.licensed,
            reason: input.reason,
        };
        let model = vehicles::update(st, req, sc, change).await?;
        Ok(Vehicle(authorize(sc, Action::Read, model)?))
    }

    /// Takes a vehicle off the register (sold, scrapped, moved away); it
    /// stays readable.
    async fn retire_vehicle(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vehicle.")] id: ID,
        #[graphql(desc = "Why it left the register.")] reason: String,
    ) -> GqlResult<Vehicle> {
        let (st, req, sc) = all(ctx)?;
        let model = vehicles::retire(st, req, sc, ids::parse(&id)?, &reason).await?;
        Ok(Vehicle(authorize(sc, Action::Read, model)?))
    }

    /// Records a persuasion talk with a driver (idempotent by key).
    async fn record_persuasion(
        &self,
        ctx: &Context<'_>,
        input: RecordPersuasionInput,
    ) -> GqlResult<Persuasion> {
        let (st, req, sc) = all(ctx)?;
        let new = talks::NewPersuasion {
            node_id: ids::parse(&input.node_id)?,
            vehicle_id: ids::parse_opt(&input.vehicle_id)?,
            driver_name: input.driver_name,
            talked_at: input.talked_at,
            reason: input.reason,
            notes: input.notes,
            photo_ids: photo_ids(input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = talks::record(st, req, sc, new).await?;
        Ok(Persuasion(authorize(sc, Action::Read, model)?))
    }

    /// Records a seasonal warning given (idempotent by key).
    async fn record_seasonal_warning(
        &self,
        ctx: &Context<'_>,
        input: RecordSeasonalWarningInput,
    ) -> GqlResult<SeasonalWarning> {
        let (st, req, sc) = all(ctx)?;
        let new = warnings::NewWarning {
            node_id: ids::parse(&input.node_id)?,
            topic: input.topic,
            given_at: input.given_at,
            households: input.households,
            notes: input.notes,
            photo_ids: photo_ids(input.photo_ids)?,
            idempotency_key: input.idempotency_key,
        };
        let model = warnings::record(st, req, sc, new).await?;
        Ok(SeasonalWarning(authorize(sc, Action::Read, model)?))
    }
}
