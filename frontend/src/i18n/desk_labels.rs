//! Words for the desk kinds' enum values. The API layer keeps them as the
//! GraphQL names (strings), so a value this build does not know shows as
//! the name itself instead of breaking the list.

use super::{I18n, D};

/// `(value, key)` pairs, in the order a filter offers them.
pub const CEREMONY_KINDS: &[(&str, D)] = &[
    ("WEDDING", D::CeremonyWedding),
    ("FUNERAL", D::CeremonyFuneral),
    ("OTHER", D::CeremonyOther),
];

pub const VEHICLE_KINDS: &[(&str, D)] = &[
    ("CAR", D::VehicleCar),
    ("VAN", D::VehicleVan),
    ("TRUCK", D::VehicleTruck),
    ("MOTORCYCLE", D::VehicleMotorcycle),
    ("TRICYCLE", D::VehicleTricycle),
    ("TRACTOR", D::VehicleTractor),
    ("OTHER", D::VehicleOther),
];

pub const PERSUASION_REASONS: &[(&str, D)] = &[
    ("DRUNK_DRIVING", D::ReasonDrunkDriving),
    ("NO_HELMET", D::ReasonNoHelmet),
    ("OVERLOADING", D::ReasonOverloading),
    ("PASSENGERS_ON_CARGO", D::ReasonPassengersOnCargo),
    ("UNLICENSED", D::ReasonUnlicensed),
    ("SPEEDING", D::ReasonSpeeding),
    ("FATIGUE", D::ReasonFatigue),
    ("OTHER", D::ReasonOther),
];

pub const WARNING_TOPICS: &[(&str, D)] = &[
    ("FIREWOOD_STRAW", D::TopicFirewoodStraw),
    ("UNSAFE_SWIMMING", D::TopicUnsafeSwimming),
    ("WILD_MUSHROOMS", D::TopicWildMushrooms),
    ("WASP_NESTS", D::TopicWaspNests),
    ("ROAD_TRAFFIC", D::TopicRoadTraffic),
    ("FIRE", D::TopicFire),
];

pub const REMINDER_TOPICS: &[(&str, D)] = &[
    ("FOOD_SAFETY", D::RemindFoodSafety),
    ("FIRE_AND_POWER", D::RemindFireAndPower),
    ("FIREWORKS", D::RemindFireworks),
    ("GAS", D::RemindGas),
    ("DRINK_DRIVING", D::RemindDrinkDriving),
    ("CROWDING", D::RemindCrowding),
    ("OTHER", D::RemindOther),
];

pub const POSTS: &[(&str, D)] = &[
    ("VILLAGE_OFFICER", D::PostVillageOfficer),
    ("GROUP_LIAISON", D::PostGroupLiaison),
    ("TOWNSHIP_LEADER", D::PostTownshipLeader),
];

/// The words for `value` in `table`, or the value itself.
pub fn word(i18n: &I18n, table: &[(&str, D)], value: &str) -> String {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or_else(|| value.to_owned(), |(_, k)| i18n.t(*k).to_owned())
}

/// A filter's options from `table`: the value sent, the label shown.
pub fn options(i18n: &I18n, table: &[(&str, D)]) -> Vec<(String, String)> {
    table
        .iter()
        .map(|(v, k)| ((*v).to_owned(), i18n.t(*k).to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_known_value_reads_as_words_and_an_unknown_one_as_itself() {
        let zh = I18n::fixed(Lang::Zh);
        assert_eq!(word(&zh, VEHICLE_KINDS, "TRACTOR"), "拖拉机");
        assert_eq!(word(&I18n::fixed(Lang::En), WARNING_TOPICS, "FIRE"), "Fire");
        assert_eq!(word(&zh, VEHICLE_KINDS, "HOVERCRAFT"), "HOVERCRAFT");
    }
}
