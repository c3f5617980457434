//! The year table's columns, its own row (records at the node itself),
//! its totals row and its CSV file (UTF-8 with a BOM for Excel, the
//! roster's quoting rules).

use crate::api::{YearOverviewRow, YearSubtree};
use crate::i18n::{I18n, Y};

/// Written where nothing is expected and nothing was held.
pub const NOTHING: &str = "—";

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
        Y::ColCeremonies,
        Y::ColReminders,
        Y::ColVehicles,
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
    pub ceremonies: i64,
    pub reminders: i64,
    pub vehicles: i64,
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
            ceremonies: r.ceremonies,
            reminders: r.reminders,
            vehicles: r.vehicles,
        }
    }

    /// Fewer village meetings held than expected.
    pub fn short(&self) -> bool {
        self.meetings_held < self.meetings_expected
    }

    /// Anything counted at all (the own row shows only then).
    pub fn any(&self) -> bool {
        *self != Counts::default()
    }

    fn plus(self, b: Counts) -> Counts {
        Counts {
            meetings_held: self.meetings_held + b.meetings_held,
            meetings_expected: self.meetings_expected + b.meetings_expected,
            trainings: self.trainings + b.trainings,
            drills: self.drills + b.drills,
            publicity: self.publicity + b.publicity,
            checks_kept: self.checks_kept + b.checks_kept,
            checks_not_kept: self.checks_not_kept + b.checks_not_kept,
            ceremonies: self.ceremonies + b.ceremonies,
            reminders: self.reminders + b.reminders,
            vehicles: self.vehicles + b.vehicles,
        }
    }

    /// The cells after the node's name and code. Meetings read "held /
    /// expected", or "—" where none are expected (groups, the node itself).
    pub fn cells(&self) -> Vec<String> {
        let meetings = if self.meetings_expected == 0 && self.meetings_held == 0 {
            NOTHING.to_owned()
        } else {
            format!("{}/{}", self.meetings_held, self.meetings_expected)
        };
        vec![
            meetings,
            self.trainings.to_string(),
            self.drills.to_string(),
            self.publicity.to_string(),
            self.checks_kept.to_string(),
            self.checks_not_kept.to_string(),
            self.ceremonies.to_string(),
            self.reminders.to_string(),
            self.vehicles.to_string(),
        ]
    }
}

/// Every column summed over the children's rows.
pub fn children_sum(rows: &[YearOverviewRow]) -> Counts {
    rows.iter()
        .map(Counts::of)
        .fold(Counts::default(), Counts::plus)
}

/// What was recorded at the node itself (a township's own trainings, say):
/// everything at or below it less its children's rows. Never below zero,
/// should the two answers ever disagree.
pub fn own(subtree: &YearSubtree, rows: &[YearOverviewRow]) -> Counts {
    let c = children_sum(rows);
    let less = |all: i64, below: i64| (all - below).max(0);
    Counts {
        trainings: less(subtree.trainings, c.trainings),
        drills: less(subtree.drills, c.drills),
        publicity: less(subtree.publicity, c.publicity),
        checks_kept: less(subtree.checks_kept, c.checks_kept),
        checks_not_kept: less(subtree.checks_not_kept, c.checks_not_kept),
        ceremonies: less(subtree.ceremonies, c.ceremonies),
        reminders: less(subtree.reminders, c.reminders),
        ..Counts::default()
    }
}

/// The totals row: the children and the node's own records.
pub fn totals(rows: &[YearOverviewRow], own: Counts) -> Counts {
    children_sum(rows).plus(own)
}

pub fn cells(r: &YearOverviewRow) -> Vec<String> {
    let mut out = vec![r.node.name.clone(), r.node.division_code.clone()];
    out.extend(Counts::of(r).cells());
    out
}

/// The rows, the node's own row when it recorded anything, then the totals.
pub fn overview_csv(i18n: &I18n, rows: &[YearOverviewRow], own: Counts) -> String {
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
    if own.any() {
        let mut line = vec![i18n.t(Y::OwnRow).to_owned(), String::new()];
        line.extend(own.cells());
        push_record(&mut out, &line);
    }
    let mut total = vec![i18n.t(Y::Total).to_owned(), String::new()];
    total.extend(totals(rows, own).cells());
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
            ceremonies: n + 5,
            reminders: n + 6,
            vehicles: n + 7,
        }
    }

    #[test]
    fn totals_sum_every_column_and_the_node_s_own_records() {
        let rows = [row("河坝乡", "1", 30, 36, 2), row("龙泉镇", "2", 40, 40, 5)];
        let t = totals(&rows, Counts::default());
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
                ceremonies: 17,
                reminders: 19,
                vehicles: 21,
            }
        );
        assert!(t.short());
        assert!(Counts::of(&rows[0]).short());
        assert!(!Counts::of(&rows[1]).short());
        assert_eq!(totals(&[], Counts::default()), Counts::default());
        // A township's own two trainings count in its total.
        let subtree = YearSubtree {
            trainings: 9,
            drills: 9,
            ..YearSubtree::default()
        };
        let mine = own(&subtree, &rows);
        assert_eq!((mine.trainings, mine.drills, mine.publicity), (2, 0, 0));
        assert_eq!(totals(&rows, mine).trainings, 9);
    }

    #[test]
    fn nothing_expected_and_nothing_held_reads_as_a_dash() {
        let group = Counts::of(&row("第一村民组", "1", 0, 0, 0));
        assert_eq!(group.cells()[0], NOTHING);
        assert_eq!(Counts::of(&row("凌云村", "1", 0, 4, 0)).cells()[0], "0/4");
    }

    #[test]
    fn the_csv_has_a_heading_a_line_per_child_the_own_row_and_the_totals() {
        let rows = [
            row("河坝乡", "520327201000", 3, 4, 0),
            row("龙泉镇, 东", "520327100000", 9, 8, 1),
        ];
        let mine = Counts {
            trainings: 2,
            ..Counts::default()
        };
        let text = overview_csv(&I18n::fixed(Lang::En), &rows, mine);
        assert!(text.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = text
            .trim_start_matches('\u{FEFF}')
            .trim_end_matches("\r\n")
            .split("\r\n")
            .collect();
        assert_eq!(lines.len(), 5);
        assert!(lines[0].starts_with("Node,Division code,Village meetings (held/expected),"));
        assert_eq!(lines[1], "河坝乡,520327201000,3/4,0,1,2,3,4,5,6,7");
        assert_eq!(lines[2], "\"龙泉镇, 东\",520327100000,9/8,1,2,3,4,5,6,7,8");
        assert_eq!(lines[3], "At this node itself,,—,2,0,0,0,0,0,0,0");
        assert_eq!(lines[4], "Total,,12/12,3,3,5,7,9,11,13,15");
        let none = overview_csv(&I18n::fixed(Lang::En), &rows, Counts::default());
        assert_eq!(
            none.trim_end_matches("\r\n").split("\r\n").count(),
            4,
            "no own row when it recorded nothing"
        );
    }
}
