//! The year table's columns, its totals row and its CSV file (UTF-8 with a
//! BOM for Excel, the roster's quoting rules).

use crate::api::YearOverviewRow;
use crate::i18n::{I18n, Y};

pub fn headings() -> Vec<Y> {
    vec![
        Y::ColNode,
        Y::ColCode,
        Y::ColMeetings,
        Y::ColTrainings,
        Y::ColDrills,
        Y::ColPublicity,
        Y::ColChecksKept,
        Y::ColChecksNotKept,
    ]
}

/// The counts of a row or of the totals, without the node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub meetings_held: i64,
    pub meetings_expected: i64,
    pub trainings: i64,
    pub drills: i64,
    pub publicity: i64,
    pub checks_kept: i64,
    pub checks_not_kept: i64,
}

impl Counts {
    pub fn of(r: &YearOverviewRow) -> Counts {
        Counts {
            meetings_held: r.meetings_held,
            meetings_expected: r.meetings_expected,
            trainings: r.trainings,
            drills: r.drills,
            publicity: r.publicity,
            checks_kept: r.notebook_checks_kept,
            checks_not_kept: r.notebook_checks_not_kept,
        }
    }

    /// Fewer village meetings held than expected.
    pub fn short(&self) -> bool {
        self.meetings_held < self.meetings_expected
    }

    /// The cells after the node's name and code.
    pub fn cells(&self) -> Vec<String> {
        vec![
            format!("{}/{}", self.meetings_held, self.meetings_expected),
            self.trainings.to_string(),
            self.drills.to_string(),
            self.publicity.to_string(),
            self.checks_kept.to_string(),
            self.checks_not_kept.to_string(),
        ]
    }
}

/// Every column summed over the rows.
pub fn totals(rows: &[YearOverviewRow]) -> Counts {
    rows.iter()
        .map(Counts::of)
        .fold(Counts::default(), |a, b| Counts {
            meetings_held: a.meetings_held + b.meetings_held,
            meetings_expected: a.meetings_expected + b.meetings_expected,
            trainings: a.trainings + b.trainings,
            drills: a.drills + b.drills,
            publicity: a.publicity + b.publicity,
            checks_kept: a.checks_kept + b.checks_kept,
            checks_not_kept: a.checks_not_kept + b.checks_not_kept,
        })
}

pub fn cells(r: &YearOverviewRow) -> Vec<String> {
    let mut out = vec![r.node.name.clone(), r.node.division_code.clone()];
    out.extend(Counts::of(r).cells());
    out
}

/// The rows, then the totals row.
pub fn overview_csv(i18n: &I18n, rows: &[YearOverviewRow]) -> String {
    use crate::pages::roster::ledger::push_record;
    let mut out = String::from('\u{FEFF}');
    let head: Vec<String> = headings()
        .into_iter()
        .map(|k| i18n.t(k).to_owned())
        .collect();
    push_record(&mut out, &head);
    for r in rows {
        push_record(&mut out, &cells(r));
    }
    let mut total = vec![i18n.t(Y::Total).to_owned(), String::new()];
    total.extend(totals(rows).cells());
    push_record(&mut out, &total);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::YearNode;
    use crate::i18n::Lang;

    fn row(name: &str, code: &str, held: i64, expected: i64, n: i64) -> YearOverviewRow {
        YearOverviewRow {
            node: YearNode {
                id: name.into(),
                name: name.into(),
                division_code: code.into(),
            },
            meetings_held: held,
            meetings_expected: expected,
            trainings: n,
            drills: n + 1,
            publicity: n + 2,
            notebook_checks_kept: n + 3,
            notebook_checks_not_kept: n + 4,
        }
    }

    #[test]
    fn totals_sum_every_column() {
        let rows = [row("河坝乡", "1", 30, 36, 2), row("龙泉镇", "2", 40, 40, 5)];
        let t = totals(&rows);
        assert_eq!(
            t,
            Counts {
                meetings_held: 70,
                meetings_expected: 76,
                trainings: 7,
                drills: 9,
                publicity: 11,
                checks_kept: 13,
                checks_not_kept: 15,
            }
        );
        assert!(t.short());
        assert!(Counts::of(&rows[0]).short());
        assert!(!Counts::of(&rows[1]).short());
        assert_eq!(totals(&[]), Counts::default());
    }

    #[test]
    fn the_csv_has_a_heading_a_line_per_child_and_the_totals() {
        let rows = [
            row("河坝乡", "520327201000", 3, 4, 0),
            row("龙泉镇, 东", "520327100000", 9, 8, 1),
        ];
        let text = overview_csv(&I18n::fixed(Lang::En), &rows);
        assert!(text.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = text
            .trim_start_matches('\u{FEFF}')
            .trim_end_matches("\r\n")
            .split("\r\n")
            .collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("Node,Division code,Village meetings (held/expected),"));
        assert_eq!(lines[1], "河坝乡,520327201000,3/4,0,1,2,3,4");
        assert_eq!(lines[2], "\"龙泉镇, 东\",520327100000,9/8,1,2,3,4,5");
        assert_eq!(lines[3], "Total,,12/12,1,3,5,7,9");
    }
}
