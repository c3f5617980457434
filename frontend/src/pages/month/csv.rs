//! The month table's columns and its CSV file (UTF-8 with a BOM for Excel,
//! the roster's quoting rules).

use crate::api::MonthOverviewRow;
use crate::i18n::{I18n, F};

pub fn headings() -> Vec<F> {
    vec![
        F::ColNode,
        F::ColInspections,
        F::ColCompleteness,
        F::ColInspectionsAll,
        F::ColLeaderVisits,
        F::ColHazardsOpen,
        F::ColHazardsOverdue,
        F::ColHazardsClosed,
    ]
}

/// A rate as a whole percentage; 1.0 is "100%".
pub fn percent(rate: f64) -> String {
    format!("{:.0}%", (rate * 100.0).clamp(0.0, 100_000.0))
}

pub fn cells(r: &MonthOverviewRow) -> Vec<String> {
    vec![
        r.node.name.clone(),
        // Counted, not all records: the rate beside it is counted over
        // expected, so the two never contradict (a post's extra patrols do
        // not make up for another's shortfall; all records come next).
        format!("{}/{}", r.inspections_counted, r.inspections_expected),
        percent(r.completeness_rate),
        r.inspections_done.to_string(),
        r.leader_visits_done.to_string(),
        r.hazards_open.to_string(),
        r.hazards_overdue.to_string(),
        r.hazards_closed.to_string(),
    ]
}

pub fn overview_csv(i18n: &I18n, rows: &[MonthOverviewRow]) -> String {
    let mut out = String::from('\u{FEFF}');
    let head: Vec<String> = headings()
        .into_iter()
        .map(|k| i18n.t(k).to_owned())
        .collect();
    crate::pages::roster::ledger::push_record(&mut out, &head);
    for r in rows {
        crate::pages::roster::ledger::push_record(&mut out, &cells(r));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::NodeRef;
    use crate::i18n::Lang;

    #[test]
    fn a_month_row_reads_counted_over_expected_its_percentage_and_all_records() {
        let row = MonthOverviewRow {
            node: NodeRef {
                id: "n".into(),
                name: "凌云村".into(),
            },
            inspections_done: 25,
            inspections_counted: 22,
            inspections_expected: 28,
            completeness_rate: 0.7857,
            leader_visits_done: 1,
            hazards_open: 2,
            hazards_overdue: 1,
            hazards_closed: 5,
        };
        let text = overview_csv(&I18n::fixed(Lang::Zh), &[row]);
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert!(text.starts_with('\u{FEFF}'));
        assert_eq!(lines[1], "凌云村,22/28,79%,25,1,2,1,5");
    }
}
