//! The liaison records' lists: Relay connections under a node (default:
//! the caller's) in a period (`from`..=`to`, China days), newest first.
use super::{CeremonyNotice, OnSiteReminder, Persuasion, SeasonalWarning, Vehicle};
use crate::context::{scope, state};
use crate::error::GqlResult;
use crate::ids;
use crate::liaison::kinds::{CeremonyKind, PersuasionReason, VehicleKind, WarningTopic};
use crate::liaison::read::{self, Listing, Period};
use crate::pagination::{connection, Conn, Page};
use async_graphql::{Context, Object, ID};
use chrono::NaiveDate;
use entity::{ceremony_notice as cn, on_site_reminder as osr, persuasion as pe};
use entity::{seasonal_warning as sw, vehicle as ve};
use sea_orm::{ColumnTrait, Condition};

/// Paging arguments and the period, checked.
fn window(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
) -> GqlResult<(Period, Page)> {
    Ok((
        Period::new(from, to)?,
        Page::parse(first, after, last, before)?,
    ))
}

fn when<T: Into<sea_orm::Value>>(c: Condition, col: impl ColumnTrait, v: Option<T>) -> Condition {
    match v {
        Some(v) => c.add(col.eq(v)),
        None => c,
    }
}

#[derive(Default)]
pub struct LiaisonQuery;

#[Object]
impl LiaisonQuery {
    /// One ceremony notice (NOT_FOUND outside the caller's subtree).
    async fn ceremony_notice(&self, ctx: &Context<'_>, id: ID) -> GqlResult<CeremonyNotice> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(CeremonyNotice(
            read::find::<cn::Entity>(&st.db, sc, ids::parse(&id)?, cn::Column::NodeCode).await?,
        ))
    }

    /// Ceremony notices under a node whose ceremony falls in the period.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn ceremony_notices(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A node in the caller's subtree; default the caller's own.")]
        under: Option<ID>,
        #[graphql(desc = "First day of the period (inclusive).")] from: Option<NaiveDate>,
        #[graphql(desc = "Last day of the period (inclusive).")] to: Option<NaiveDate>,
        #[graphql(desc = "Only this kind.")] kind: Option<CeremonyKind>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> GqlResult<Conn<CeremonyNotice>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let (period, page) = window(from, to, first, after, last, before)?;
        let extra = when(
            Condition::all(),
            cn::Column::Kind,
            kind.map(cn::CeremonyKind::from),
        );
        let listing = Listing::<cn::Entity> {
            code: cn::Column::NodeCode,
            day: cn::Column::HeldOn,
            id: cn::Column::Id,
            extra,
        };
        let (rows, total) =
            read::list(&st.db, sc, ids::parse_opt(&under)?, period, listing, page).await?;
        Ok(connection(
            rows.into_iter().map(CeremonyNotice).collect(),
            total,
        ))
    }

    /// On-site reminders under a node given in the period.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn on_site_reminders(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A node in the caller's subtree; default the caller's own.")]
        under: Option<ID>,
        #[graphql(desc = "First day of the period (inclusive).")] from: Option<NaiveDate>,
        #[graphql(desc = "Last day of the period (inclusive).")] to: Option<NaiveDate>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> GqlResult<Conn<OnSiteReminder>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let (period, page) = window(from, to, first, after, last, before)?;
        let listing = Listing::<osr::Entity> {
            code: osr::Column::NodeCode,
            day: osr::Column::RemindedOn,
            id: osr::Column::Id,
            extra: Condition::all(),
        };
        let (rows, total) =
            read::list(&st.db, sc, ids::parse_opt(&under)?, period, listing, page).await?;
        Ok(connection(
            rows.into_iter().map(OnSiteReminder).collect(),
            total,
        ))
    }

    /// One vehicle of a register, retired or not (NOT_FOUND outside the subtree).
    async fn vehicle(&self, ctx: &Context<'_>, id: ID) -> GqlResult<Vehicle> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        Ok(Vehicle(
            crate::liaison::vehicles::find(&st.db, sc, ids::parse(&id)?).await?,
        ))
    }

    /// Vehicles on the registers under a node, registered in the period.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn vehicles(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A node in the caller's subtree; default the caller's own.")]
        under: Option<ID>,
        #[graphql(desc = "First day of the period (inclusive), by registration.")] from: Option<
            NaiveDate,
        >,
        #[graphql(desc = "Last day of the period (inclusive), by registration.")] to: Option<
            NaiveDate,
        >,
        #[graphql(desc = "Only this kind.")] kind: Option<VehicleKind>,
        #[graphql(
            desc = "true: only retired ones; false: only those on the register now; absent: all."
        )]
        retired: Option<bool>,
        #[graphql(desc = "Only plated and licensed (true) or not (false).")] licensed: Option<bool>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> GqlResult<Conn<Vehicle>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let (period, page) = window(from, to, first, after, last, before)?;
        let mut extra = when(
            Condition::all(),
            ve::Column::Kind,
            kind.map(ve::VehicleKind::from),
        );
        extra = when(extra, ve::Column::Licensed, licensed);
        extra = match retired {
            Some(true) => extra.add(ve::Column::RetiredOn.is_not_null()),
            Some(false) => extra.add(ve::Column::RetiredOn.is_null()),
            None => extra,
        };
        let listing = Listing::<ve::Entity> {
            code: ve::Column::NodeCode,
            day: ve::Column::RegisteredOn,
            id: ve::Column::Id,
            extra,
        };
        let (rows, total) =
            read::list(&st.db, sc, ids::parse_opt(&under)?, period, listing, page).await?;
        Ok(connection(rows.into_iter().map(Vehicle).collect(), total))
    }

    /// Persuasion talks under a node held in the period.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn persuasions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A node in the caller's subtree; default the caller's own.")]
        under: Option<ID>,
        #[graphql(desc = "First day of the period (inclusive).")] from: Option<NaiveDate>,
        #[graphql(desc = "Last day of the period (inclusive).")] to: Option<NaiveDate>,
        #[graphql(desc = "Only talks about this.")] reason: Option<PersuasionReason>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> GqlResult<Conn<Persuasion>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let (period, page) = window(from, to, first, after, last, before)?;
        let extra = when(
            Condition::all(),
            pe::Column::Reason,
            reason.map(pe::PersuasionReason::from),
        );
        let listing = Listing::<pe::Entity> {
            code: pe::Column::NodeCode,
            day: pe::Column::TalkedOn,
            id: pe::Column::Id,
            extra,
        };
        let (rows, total) =
            read::list(&st.db, sc, ids::parse_opt(&under)?, period, listing, page).await?;
        Ok(connection(
            rows.into_iter().map(Persuasion).collect(),
            total,
        ))
    }

    /// Seasonal warnings under a node given in the period.
    #[allow(clippy::too_many_arguments)]
    #[graphql(complexity = "crate::pagination::cost(first, last, child_complexity)")]
    async fn seasonal_warnings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A node in the caller's subtree; default the caller's own.")]
        under: Option<ID>,
        #[graphql(desc = "First day of the period (inclusive).")] from: Option<NaiveDate>,
        #[graphql(desc = "Last day of the period (inclusive).")] to: Option<NaiveDate>,
        #[graphql(desc = "Only this topic.")] topic: Option<WarningTopic>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> GqlResult<Conn<SeasonalWarning>> {
        let (st, sc) = (state(ctx)?, scope(ctx)?);
        let (period, page) = window(from, to, first, after, last, before)?;
        let extra = when(
            Condition::all(),
            sw::Column::Topic,
            topic.map(sw::WarningTopic::from),
        );
        let listing = Listing::<sw::Entity> {
            code: sw::Column::NodeCode,
            day: sw::Column::GivenOn,
            id: sw::Column::Id,
            extra,
        };
        let (rows, total) =
            read::list(&st.db, sc, ids::parse_opt(&under)?, period, listing, page).await?;
        Ok(connection(
            rows.into_iter().map(SeasonalWarning).collect(),
            total,
        ))
    }
}
