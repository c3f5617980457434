//! A record far from where the node's other records are: a patrol of a
//! villager group is made in the group, and one recorded 20 km away was
//! not. The reference is the median position of the node's other records
//! (robust to a few odd ones), and only where there are enough of them to
//! say where the node is.
use super::geo::{distance_m, median, position};
use super::{Evidence, Facts, Finding, Records};
use entity::inspection;
use entity::integrity_signal::IntegritySignalKind;
use std::collections::BTreeMap;

/// Farther than a township is wide (凤冈县's townships are 10–20 km across).
pub const MAX_DISTANCE_M: f64 = 15_000.0;
/// Fewer other records with a position than this say nothing of where
/// the node is.
pub const MIN_OTHERS: usize = 3;

/// A record and its position.
type Placed<'a> = (&'a inspection::Model, (f64, f64));

pub fn find(records: &Records) -> Vec<Finding> {
    let mut by_node: BTreeMap<uuid::Uuid, Vec<Placed<'_>>> = BTreeMap::new();
    for i in &records.inspections {
        if let Some(p) = position(i) {
            by_node.entry(i.node_id).or_default().push((i, p));
        }
    }
    let mut found = Vec::new();
    for list in by_node.values() {
        if list.len() < MIN_OTHERS + 1 {
            continue;
        }
        for (k, (record, at)) in list.iter().enumerate() {
            let others = || list.iter().enumerate().filter(move |(j, _)| *j != k);
            let lat = median(others().map(|(_, (_, p))| p.0).collect());
            let lon = median(others().map(|(_, (_, p))| p.1).collect());
            let (Some(lat), Some(lon)) = (lat, lon) else {
                continue;
            };
            let metres = distance_m(*at, (lat, lon));
            if metres <= MAX_DISTANCE_M {
                continue;
            }
            let name = records.person_name(record.person_id);
            found.push(Finding {
                kind: IntegritySignalKind::FarFromNode,
                ids: vec![record.id],
                codes: vec![record.node_code],
                facts: Facts {
                    person_name: name.clone(),
                    distance_m: Some(metres.round() as i64),
                    count: i32::try_from(list.len() - 1).ok(),
                    ..Facts::default()
                },
                evidence: vec![Evidence::inspection(record, name)],
            });
        }
    }
    found
}
