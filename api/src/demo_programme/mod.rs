//! A lived-in year of programme records for the demo county (meetings,
//! trainings, drills, duty reports, ceremonies, …), so the year table, the
//! campaign board and the leader columns show something true-looking on
//! first start. Like `demo_field`: deterministic (made from grid codes, not
//! random numbers), only for `serve --demo`, written directly rather than
//! through the services (so not in the audit log), and each kind only when
//! its table has nothing under the county yet.
//!
//! Each kind has its own file with `pub async fn load(&Demo) ->
//! anyhow::Result<()>`; `load` below calls them in order.
mod assessments;
mod campaigns;
mod integrity;
mod leaders;
mod liaison;
mod meetings;

use crate::clock::Clock;
use crate::grid::code::{CodeRange, GridCode, Level};
use entity::{account, appointment, grid_node};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

mod notebooks;
mod payrolls;
mod sanctions;
mod scorecards;
mod trainings;
mod village_work;

/// What every kind's generator reads: the county's grid, posts and logins.
pub struct Demo<'a> {
    pub db: &'a DatabaseConnection,
    pub clock: &'a Clock,
    pub county: CodeRange,
    pub nodes: Vec<grid_node::Model>,
    /// Current appointments in the county.
    pub appointments: Vec<appointment::Model>,
    pub accounts: Vec<account::Model>,
}

impl Demo<'_> {
    /// The account that typed up a paper record: the person's own login,
    /// else the county office's administrator.
    pub fn author_of(&self, person: Option<uuid::Uuid>) -> Option<uuid::Uuid> {
        person
            .and_then(|p| self.accounts.iter().find(|a| a.person_id == Some(p)))
            .or_else(|| self.clerk())
            .map(|a| a.id)
    }

    /// The county office's administrator.
    pub fn clerk(&self) -> Option<&account::Model> {
        self.accounts
            .iter()
            .find(|a| a.node_code == self.county.lo && a.role == entity::account::Role::Admin)
    }

    /// The county's nodes at one level, in code order.
    pub fn at(&self, level: Level) -> impl Iterator<Item = &grid_node::Model> {
        self.nodes.iter().filter(move |n| n.level == level.number())
    }
}

pub async fn load(db: &DatabaseConnection, clock: &Clock, county_code: i64) -> anyhow::Result<()> {
    let county = GridCode::new(county_code, Level::County).subtree();
    let mut nodes = grid_node::Entity::find()
        .filter(grid_node::Column::Code.between(county.lo, county.hi))
        .all(db)
        .await?;
    nodes.sort_by_key(|n| n.code);
    let appointments = appointment::Entity::find()
        .filter(appointment::Column::NodeCode.between(county.lo, county.hi))
        .filter(appointment::Column::EndDate.is_null())
        .all(db)
        .await?;
    let accounts = account::Entity::find()
        .filter(account::Column::NodeCode.between(county.lo, county.hi))
        .all(db)
        .await?;
    let demo = Demo {
        db,
        clock,
        county,
        nodes,
        appointments,
        accounts,
    };
    if demo.clerk().is_none() {
        return Ok(());
    }
    // One line per kind, in the order a year's work happens.
    leaders::load(&demo).await?;
    meetings::load(&demo).await?;
    trainings::load(&demo).await?;
    notebooks::load(&demo).await?;
    village_work::load(&demo).await?;
    liaison::load(&demo).await?;
    campaigns::load(&demo).await?;
    // Before the payrolls: last year's paid ones carry the deductions.
    assessments::load(&demo).await?;
    payrolls::load(&demo).await?;
    sanctions::load(&demo).await?;
    integrity::load(&demo).await?;
    scorecards::load(&demo).await?;
    Ok(())
}
