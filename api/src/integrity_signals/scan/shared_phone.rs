//! Several posts held now by different persons with one phone number:
//! the notice asks for every officer's name and phone (05-25), and one
//! phone behind several names is how an invented officer looks.
use super::{Evidence, Facts, Finding, Records};
use crate::validate::mask_phone;
use entity::appointment;
use entity::integrity_signal::IntegritySignalKind;
use std::collections::BTreeMap;

fn current(records: &Records, a: &appointment::Model) -> bool {
    match (a.end_date, records.today) {
        (None, _) => true,
        (Some(end), Some(today)) => end > today,
        (Some(_), None) => false,
    }
}

pub fn find(records: &Records) -> Vec<Finding> {
    let mut by_phone: BTreeMap<String, Vec<&appointment::Model>> = BTreeMap::new();
    for a in records.appointments.iter().filter(|a| current(records, a)) {
        let Some(person) = records.person(a.person_id) else {
            continue;
        };
        let digits: String = person.phone.chars().filter(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            by_phone.entry(digits).or_default().push(a);
        }
    }
    let mut found = Vec::new();
    for (phone, posts) in by_phone {
        let mut persons: Vec<_> = posts.iter().map(|a| a.person_id).collect();
        persons.sort();
        persons.dedup();
        if persons.len() < 2 {
            continue;
        }
        let mut ids: Vec<_> = posts.iter().map(|a| a.id).collect();
        ids.sort();
        let mut evidence: Vec<Evidence> = posts
            .iter()
            .map(|a| Evidence::appointment(a, records.person_name(Some(a.person_id))))
            .collect();
        evidence.extend(
            persons
                .iter()
                .filter_map(|p| records.person(*p))
                .map(Evidence::person),
        );
        found.push(Finding {
            kind: IntegritySignalKind::SharedPhone,
            ids,
            codes: posts.iter().map(|a| a.node_code).collect(),
            facts: Facts {
                phone_masked: Some(mask_phone(&phone)),
                count: i32::try_from(persons.len()).ok(),
                ..Facts::default()
            },
            evidence,
        });
    }
    found
}
