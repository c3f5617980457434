//! A post paid for a year in which its person recorded no inspection or
//! patrol at all: the subsidy is paid 以工作实绩考核 (on the work done), and
//! a year without a single record is what a post that exists only on
//! paper looks like. Only a year in which the subtree holds records at all
//! counts: before the county kept its records here, nobody has any.
use super::{Evidence, Facts, Finding, Records};
use chrono::Datelike;
use entity::integrity_signal::IntegritySignalKind;
use std::collections::HashSet;

pub fn find(records: &Records) -> Vec<Finding> {
    let worked: HashSet<(uuid::Uuid, i32)> = records
        .inspections
        .iter()
        .filter_map(|i| Some((i.person_id?, i.occurred_on.year())))
        .collect();
    let in_use: HashSet<i32> = records
        .inspections
        .iter()
        .map(|i| i.occurred_on.year())
        .collect();
    let mut found = Vec::new();
    for paid in &records.payroll_lines {
        let line = &paid.line;
        if line.amount_fen <= 0
            || !in_use.contains(&paid.year)
            || worked.contains(&(line.person_id, paid.year))
        {
            continue;
        }
        let mut evidence = vec![Evidence::payroll_line(line, paid.year)];
        if let Some(post) = records
            .appointments
            .iter()
            .find(|a| a.id == line.appointment_id)
        {
            evidence.push(Evidence::appointment(post, Some(line.person_name.clone())));
        }
        found.push(Finding {
            kind: IntegritySignalKind::PaidWithoutRecords,
            ids: vec![line.id],
            codes: vec![line.node_code],
            facts: Facts {
                person_name: Some(line.person_name.clone()),
                year: Some(paid.year),
                count: Some(0),
                ..Facts::default()
            },
            evidence,
        });
    }
    found
}
