//! Two consecutive records of one person too far apart for the time
//! between them: nobody inspects a village and, half an hour later,
//! another 60 km away.
use super::geo::{distance_m, position};
use super::{Evidence, Facts, Finding, Records};
use entity::inspection;
use entity::integrity_signal::IntegritySignalKind;
use std::collections::BTreeMap;

/// Faster than a car on the county's mountain roads.
pub const MAX_SPEED_KMH: f64 = 80.0;
/// Closer than this is a phone's position error or a village's extent,
/// whatever the time between.
pub const MIN_DISTANCE_M: f64 = 3_000.0;

pub fn find(records: &Records) -> Vec<Finding> {
    let mut by_person: BTreeMap<uuid::Uuid, Vec<&inspection::Model>> = BTreeMap::new();
    for i in &records.inspections {
        if let (Some(p), Some(_)) = (i.person_id, position(i)) {
            by_person.entry(p).or_default().push(i);
        }
    }
    let mut found = Vec::new();
    for (person, mut list) in by_person {
        list.sort_by_key(|i| (i.occurred_at, i.id));
        for pair in list.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (Some(pa), Some(pb)) = (position(a), position(b)) else {
                continue;
            };
            let metres = distance_m(pa, pb);
            let seconds = (b.occurred_at - a.occurred_at).num_seconds().max(0) as f64;
            let kmh = (seconds > 0.0).then(|| metres / 1000.0 / (seconds / 3600.0));
            if metres <= MIN_DISTANCE_M || kmh.is_some_and(|v| v <= MAX_SPEED_KMH) {
                continue;
            }
            let name = records.person_name(Some(person));
            found.push(Finding {
                kind: IntegritySignalKind::ImpossibleTravel,
                ids: vec![a.id, b.id],
                codes: vec![a.node_code, b.node_code],
                facts: Facts {
                    person_name: name.clone(),
                    distance_m: Some(metres.round() as i64),
                    minutes: Some((seconds / 60.0).round() as i64),
                    speed_kmh: kmh.map(|v| v.round() as i64),
                    ..Facts::default()
                },
                evidence: vec![
                    Evidence::inspection(a, name.clone()),
                    Evidence::inspection(b, name),
                ],
            });
        }
    }
    found
}
