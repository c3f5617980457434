//! Rows for the group liaison's records (issue 8): ceremony notices,
//! reminders, vehicles, talks and warnings, made by the province
//! administrator at the position's node when it is a villager group, else
//! at the first group below it (a parent: X, it would be the caller's own).
//! Who may: like inspections — a liaison at its group, the village officer
//! at its groups, administrators below them; viewers read; only the author
//! or an administrator corrects.
use super::operations::Target;
use super::positions::Position;
use super::table::{Expect, Expect::*, Row, User, User::*};
use crate::helpers::TestApp;
use entity::grid_node;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

#[rustfmt::skip]
const fn row(field: &'static str, user: User, expect: [Expect; 6]) -> Row {
    Row { field, user, expect }
}

macro_rules! reads {
    ($f:literal) => {
        [
            //                           own child grand parent sibling cousin
            row($f, CityViewer, [A, A, A, X, N, N]),
            row($f, CountyAdmin, [A, A, A, X, N, N]),
            row($f, TownshipAdmin, [A, A, A, X, N, N]),
            row($f, VillageOfficer, [A, A, X, X, N, N]),
            row($f, GroupLiaison, [A, X, X, X, N, N]),
            row($f, Anonymous, [U, U, U, X, U, U]),
        ]
    };
}

macro_rules! writes {
    ($f:literal) => {
        [
            row($f, CityViewer, [F, F, F, X, N, N]),
            row($f, CountyAdmin, [A, A, A, X, N, N]),
            row($f, TownshipAdmin, [A, A, A, X, N, N]),
            row($f, VillageOfficer, [A, A, X, X, N, N]),
            row($f, GroupLiaison, [A, X, X, X, N, N]),
            row($f, Anonymous, [U, U, U, X, U, U]),
        ]
    };
}

/// Made by the province administrator: only an administrator above it
/// corrects someone else's record.
macro_rules! fixes {
    ($f:literal) => {
        [
            row($f, CityViewer, [F, F, F, X, N, N]),
            row($f, CountyAdmin, [A, A, A, X, N, N]),
            row($f, TownshipAdmin, [A, A, A, X, N, N]),
            row($f, VillageOfficer, [F, F, X, X, N, N]),
            row($f, GroupLiaison, [F, X, X, X, N, N]),
            row($f, Anonymous, [U, U, U, X, U, U]),
        ]
    };
}

type Six = [Row; 6];
const R1: Six = reads!("ceremonyNotices");
const W1: Six = writes!("recordCeremonyNotice");
const F1: Six = fixes!("correctCeremonyNotice");
const R2: Six = reads!("onSiteReminders");
const W2: Six = writes!("recordOnSiteReminder");
const F2: Six = fixes!("correctOnSiteReminder");
const R3: Six = reads!("vehicles");
const W3: Six = writes!("registerVehicle");
const F3: Six = fixes!("updateVehicle");
const F3B: Six = fixes!("retireVehicle");
const R4: Six = reads!("persuasions");
const W4: Six = writes!("recordPersuasion");
const F4: Six = fixes!("correctPersuasion");
const R5: Six = reads!("seasonalWarnings");
const W5: Six = writes!("recordSeasonalWarning");
const F5: Six = fixes!("correctSeasonalWarning");

pub const LIAISON: &[&[Row]] = &[
    &R1, &W1, &F1, &R2, &W2, &F2, &R3, &W3, &F3, &F3B, &R4, &W4, &F4, &R5, &W5, &F5,
];

/// Every field here lives at villager groups.
pub const AT_GROUPS: [&str; 16] = [
    "ceremonyNotices",
    "recordCeremonyNotice",
    "correctCeremonyNotice",
    "onSiteReminders",
    "recordOnSiteReminder",
    "correctOnSiteReminder",
    "vehicles",
    "registerVehicle",
    "updateVehicle",
    "retireVehicle",
    "persuasions",
    "recordPersuasion",
    "correctPersuasion",
    "seasonalWarnings",
    "recordSeasonalWarning",
    "correctSeasonalWarning",
];

/// The group a record for this position lives at.
pub async fn group_target(
    app: &TestApp,
    node: grid_node::Model,
    position: Position,
) -> Option<Target> {
    let node = if node.level == 6 {
        node
    } else if position == Position::Parent {
        return None;
    } else {
        let digits = [2, 4, 6, 9, 12, 15][(node.level - 1) as usize];
        let span = 10_i64.pow(15 - digits) - 1;
        grid_node::Entity::find()
            .filter(grid_node::Column::Code.between(node.code, node.code + span))
            .filter(grid_node::Column::Level.eq(6))
            .order_by_asc(grid_node::Column::Code)
            .one(&app.state.db)
            .await
            .ok()??
    };
    Some(Target {
        id: node.id.to_string(),
        name: node.name,
        level: node.level,
    })
}
