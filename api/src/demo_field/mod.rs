//! A lived-in demo: the last two months of patrols and hazards for the
//! whole demo county, so the month tables, quota lists and overdue lists
//! have something true-looking to show on first start. Deterministic (made
//! from grid codes, not random numbers), generated once (only when the
//! county has no inspections yet), and only for `serve --demo` — tests start
//! from an empty field record.
//!
//! Like the demo grid, these rows are written directly, not through the
//! services, so they are not in the audit log; everything made afterwards
//! through the API is.
mod hazards;
mod inspections;
mod phrases;

use crate::clock::Clock;
use chrono::{Datelike, NaiveDate};
use entity::{account, appointment, grid_node, inspection};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait,
};
use std::collections::HashMap;

/// What the demo county's officers did in the previous and current month.
pub async fn load(db: &DatabaseConnection, clock: &Clock, county_code: i64) -> anyhow::Result<()> {
    let county =
        crate::grid::code::GridCode::new(county_code, crate::grid::code::Level::County).subtree();
    let existing = inspection::Entity::find()
        .filter(inspection::Column::NodeCode.between(county.lo, county.hi))
        .count(db)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = clock.today();
    let appointments = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(county.lo, county.hi))
        .filter(appointment::Column::EndDate.is_null())
        .all(db)
        .await?;
    let accounts = account::Entity::find()
        .filter(account::Column::NodeCode.between(county.lo, county.hi))
        .all(db)
        .await?;
    // Records of officers without a login of their own were typed up from
    // their paper notebooks by the county office.
    let Some(clerk) = accounts
        .iter()
        .find(|a| a.node_code == county_code && a.role == entity::account::Role::Admin)
    else {
        return Ok(());
    };
    let author_of = |person: uuid::Uuid| {
        accounts
            .iter()
            .find(|a| a.person_id == Some(person))
            .map(|a| a.id)
            .unwrap_or(clerk.id)
    };
    let months = [previous_month_start(today), month_start(today)];
    let made = inspections::generate(&appointments, &author_of, &months, today);
    let nodes: HashMap<_, _> = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(county.lo, county.hi))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let found = hazards::generate(&made, clerk.id, clock.now(), &nodes);
    let txn = db.begin().await?;
    for chunk in made.chunks(500) {
        inspection::Entity::insert_many(
            chunk
                .iter()
                .cloned()
                .map(Into::<inspection::ActiveModel>::into),
        )
        .exec(&txn)
        .await?;
    }
    hazards::insert(&txn, &found).await?;
    txn.commit().await?;
    tracing::info!(
        inspections = made.len(),
        hazards = found.len(),
        "demo field records loaded"
    );
    Ok(())
}

fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn previous_month_start(day: NaiveDate) -> NaiveDate {
    let first = month_start(day);
    month_start(first.pred_opt().unwrap_or(first))
}
