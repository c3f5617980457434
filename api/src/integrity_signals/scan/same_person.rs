//! One person in two posts at once. A person is their ID number where one
//! is given (ID numbers are one person's across the whole system, even
//! when two person rows were registered for them), else their person row.
//! A post ending on the day the next starts is a replacement, not an
//! overlap (`end_date` is the first day out of post).
use super::{Evidence, Facts, Finding, Records};
use entity::appointment;
use entity::integrity_signal::IntegritySignalKind;
use std::collections::BTreeMap;

/// Who a post's person is, for this rule.
fn identity(records: &Records, a: &appointment::Model) -> String {
    match records
        .person(a.person_id)
        .and_then(|p| p.id_number.as_deref())
    {
        Some(number) if !number.trim().is_empty() => {
            format!("id:{}", number.trim().to_uppercase())
        }
        _ => format!("person:{}", a.person_id),
    }
}

fn overlap(a: &appointment::Model, b: &appointment::Model) -> bool {
    let before_end = |start, end: Option<chrono::NaiveDate>| end.is_none_or(|e| start < e);
    before_end(a.start_date, b.end_date) && before_end(b.start_date, a.end_date)
}

pub fn find(records: &Records) -> Vec<Finding> {
    let mut by_person: BTreeMap<String, Vec<&appointment::Model>> = BTreeMap::new();
    for a in &records.appointments {
        by_person.entry(identity(records, a)).or_default().push(a);
    }
    let mut found = Vec::new();
    for posts in by_person.values() {
        for (i, a) in posts.iter().enumerate() {
            for b in &posts[i + 1..] {
                if a.node_id == b.node_id || !overlap(a, b) {
                    continue;
                }
                found.push(finding(records, a, b));
            }
        }
    }
    found
}

fn finding(records: &Records, a: &appointment::Model, b: &appointment::Model) -> Finding {
    let mut ids = vec![a.id, b.id];
    ids.sort();
    let mut evidence = Vec::new();
    for post in [a, b] {
        evidence.push(Evidence::appointment(
            post,
            records.person_name(Some(post.person_id)),
        ));
    }
    let mut persons = vec![a.person_id, b.person_id];
    persons.dedup();
    for p in persons.iter().filter_map(|id| records.person(*id)) {
        evidence.push(Evidence::person(p));
    }
    Finding {
        kind: IntegritySignalKind::SamePersonTwoPosts,
        ids,
        codes: vec![a.node_code, b.node_code],
        facts: Facts {
            person_name: records.person_name(Some(a.person_id)),
            count: Some(2),
            ..Facts::default()
        },
        evidence,
    }
}
