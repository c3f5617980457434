//! One photo (the same bytes, by SHA-256) on records of different people
//! or of different days: a photo is evidence of one visit, and the same
//! picture on two is a record made up from another.
use super::{Evidence, Facts, Finding, Records};
use entity::integrity_signal::IntegritySignalKind;
use entity::{inspection, photo};
use std::collections::{BTreeMap, HashMap};

pub fn find(records: &Records) -> Vec<Finding> {
    let on: HashMap<uuid::Uuid, &inspection::Model> =
        records.inspections.iter().map(|i| (i.id, i)).collect();
    let mut by_hash: BTreeMap<&str, Vec<(&photo::Model, &inspection::Model)>> = BTreeMap::new();
    for p in &records.photos {
        if let Some(i) = p.owner_id.and_then(|id| on.get(&id)) {
            by_hash.entry(p.sha256.as_str()).or_default().push((p, i));
        }
    }
    let mut found = Vec::new();
    for (_, mut uses) in by_hash {
        let mut visits: Vec<_> = uses
            .iter()
            .map(|(_, i)| (i.person_id, i.occurred_on))
            .collect();
        visits.sort();
        visits.dedup();
        if visits.len() < 2 {
            continue;
        }
        uses.sort_by_key(|(p, _)| (p.created_at, p.id));
        let mut evidence = Vec::new();
        for (p, i) in &uses {
            evidence.push(Evidence::photo(p, i));
            evidence.push(Evidence::inspection(i, records.person_name(i.person_id)));
        }
        // The first upload names it, so a further reuse joins this signal.
        found.push(Finding {
            kind: IntegritySignalKind::ReusedPhoto,
            ids: vec![uses[0].0.id],
            codes: uses.iter().map(|(_, i)| i.node_code).collect(),
            facts: Facts {
                count: i32::try_from(uses.len()).ok(),
                ..Facts::default()
            },
            evidence,
        });
    }
    found
}
