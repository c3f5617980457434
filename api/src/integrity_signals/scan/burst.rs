//! Many records by one person within minutes: a month's quota typed in at
//! one sitting is a notebook filled in after the fact, not patrols made.
use super::{Evidence, Facts, Finding, Records};
use chrono::Duration;
use entity::inspection;
use entity::integrity_signal::IntegritySignalKind;
use std::collections::BTreeMap;

/// At least this many records …
pub const MIN_RECORDS: usize = 4;
/// … within this many minutes of the first (a real inspection of a
/// village takes longer than a few minutes each).
pub const WINDOW_MINUTES: i64 = 10;

pub fn find(records: &Records) -> Vec<Finding> {
    let mut by_person: BTreeMap<uuid::Uuid, Vec<&inspection::Model>> = BTreeMap::new();
    for i in &records.inspections {
        if let Some(p) = i.person_id {
            by_person.entry(p).or_default().push(i);
        }
    }
    let window = Duration::minutes(WINDOW_MINUTES);
    let mut found = Vec::new();
    for (person, mut list) in by_person {
        list.sort_by_key(|i| (i.occurred_at, i.id));
        let mut start = 0;
        while start < list.len() {
            let first = list[start].occurred_at;
            let end = list[start..]
                .iter()
                .take_while(|i| i.occurred_at - first <= window)
                .count()
                + start;
            if end - start < MIN_RECORDS {
                start += 1;
                continue;
            }
            let burst = &list[start..end];
            let name = records.person_name(Some(person));
            let last = burst[burst.len() - 1].occurred_at;
            found.push(Finding {
                kind: IntegritySignalKind::RecordBurst,
                // The burst's first record names it, so a record added to
                // it later joins this signal.
                ids: vec![burst[0].id],
                codes: burst.iter().map(|i| i.node_code).collect(),
                facts: Facts {
                    person_name: name.clone(),
                    count: i32::try_from(burst.len()).ok(),
                    minutes: Some((last - first).num_minutes()),
                    ..Facts::default()
                },
                evidence: burst
                    .iter()
                    .map(|i| Evidence::inspection(i, name.clone()))
                    .collect(),
            });
            start = end;
        }
    }
    found
}
