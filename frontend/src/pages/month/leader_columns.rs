//! The month's leader and township-meeting columns and their CSV files
//! (the month CSV's rules: UTF-8 with a BOM, the roster's quoting), so
//! screen, paper and file say the same.

use crate::api::{LeaderVisitQuota, TownshipMeetingMonth};
use crate::i18n::{I18n, M};
use crate::pages::roster::ledger::push_record;

/// 是 / 否 for a fact about a record, "—" when there is no record.
pub fn yes_no(i18n: &I18n, exists: bool, fact: bool) -> &'static str {
    i18n.t(match (exists, fact) {
        (false, _) => M::NotApplicable,
        (true, true) => M::Yes,
        (true, false) => M::No,
    })
}

pub fn leader_headings() -> Vec<M> {
    vec![
        M::ColLeader,
        M::ColTownship,
        M::ColVisits,
        M::ColDutyReport,
        M::ColCoversGrid,
    ]
}

pub fn leader_cells(i18n: &I18n, l: &LeaderVisitQuota) -> Vec<String> {
    vec![
        l.name.clone(),
        l.node.name.clone(),
        format!("{}/{}", l.done, l.expected),
        i18n.t(if l.duty_report_filed {
            M::Filed
        } else {
            M::NotFiled
        })
        .to_owned(),
        yes_no(i18n, l.duty_report_filed, l.duty_report_covers_grid_work).to_owned(),
    ]
}

pub fn meeting_headings() -> Vec<M> {
    vec![M::ColTownship, M::ColMeetingHeld, M::ColCoversGrid]
}

pub fn meeting_cells(i18n: &I18n, t: &TownshipMeetingMonth) -> Vec<String> {
    vec![
        t.node.name.clone(),
        i18n.t(if t.held { M::Held } else { M::NotHeld }).to_owned(),
        yes_no(i18n, t.held, t.covers_grid_work).to_owned(),
    ]
}

fn csv<T>(
    i18n: &I18n,
    head: Vec<M>,
    rows: &[T],
    cells: impl Fn(&I18n, &T) -> Vec<String>,
) -> String {
    let mut out = String::from('\u{FEFF}');
    let head: Vec<String> = head.into_iter().map(|k| i18n.t(k).to_owned()).collect();
    push_record(&mut out, &head);
    for r in rows {
        push_record(&mut out, &cells(i18n, r));
    }
    out
}

pub fn leaders_csv(i18n: &I18n, rows: &[LeaderVisitQuota]) -> String {
    csv(i18n, leader_headings(), rows, leader_cells)
}

pub fn meetings_csv(i18n: &I18n, rows: &[TownshipMeetingMonth]) -> String {
    csv(i18n, meeting_headings(), rows, meeting_cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{LeaderTownship, NodeRef, QuotaStatus, RecordId};
    use crate::i18n::Lang;

    fn leader(filed: bool, covers: bool) -> LeaderVisitQuota {
        LeaderVisitQuota {
            appointment: RecordId { id: "a".into() },
            name: "陈国强".into(),
            in_charge_of_safety: true,
            node: LeaderTownship {
                id: "t".into(),
                name: "河坝镇".into(),
                allowed_actions: vec![],
            },
            expected: 2,
            done: 1,
            status: QuotaStatus::Behind,
            duty_report_filed: filed,
            duty_report_covers_grid_work: covers,
        }
    }

    fn lines(text: &str) -> Vec<String> {
        text.trim_start_matches('\u{FEFF}')
            .split("\r\n")
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_leader_reads_visits_done_over_required_and_the_report_as_yes_no_or_dash() {
        let zh = I18n::fixed(Lang::Zh);
        let text = leaders_csv(
            &zh,
            &[
                leader(true, true),
                leader(true, false),
                leader(false, false),
            ],
        );
        assert!(text.starts_with('\u{FEFF}'));
        let lines = lines(&text);
        assert_eq!(
            lines[0],
            "姓名,乡镇,挂包村走访（已走访/应走访）,履职报告,涉及网格化工作"
        );
        assert_eq!(lines[1], "陈国强,河坝镇,1/2,已报送,是");
        assert_eq!(lines[2], "陈国强,河坝镇,1/2,已报送,否");
        assert_eq!(lines[3], "陈国强,河坝镇,1/2,未报送,—");
    }

    #[test]
    fn a_township_without_its_meeting_reads_not_held_and_dash_in_english_too() {
        let en = I18n::fixed(Lang::En);
        let held = TownshipMeetingMonth {
            node: NodeRef {
                id: "t".into(),
                name: "Heba".into(),
            },
            held: true,
            covers_grid_work: true,
            meeting: Some(RecordId { id: "m".into() }),
        };
        let missed = TownshipMeetingMonth {
            held: false,
            covers_grid_work: false,
            meeting: None,
            ..held.clone()
        };
        let lines = lines(&meetings_csv(&en, &[held, missed]));
        assert_eq!(lines[0], "Township,Meeting this month,Covers the grid work");
        assert_eq!(lines[1], "Heba,Held,Yes");
        assert_eq!(lines[2], "Heba,Not held,—");
    }
}
