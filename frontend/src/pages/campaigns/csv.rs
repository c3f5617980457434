//! The campaign board's words: a status, a cell ("按时完成 · 05-23 · 44/44"),
//! a milestone heading, and the CSV file (UTF-8 with a BOM for Excel, the
//! roster's quoting rules), so screen, paper and file agree.

use crate::api::{Campaign, CampaignMilestone, CampaignProgress, MilestoneCell, MilestoneStatus};
use crate::i18n::{I18n, C};

pub fn status_key(s: MilestoneStatus) -> C {
    match s {
        MilestoneStatus::DoneOnTime => C::OnTime,
        MilestoneStatus::DoneLate => C::Late,
        MilestoneStatus::NotDone => C::NotDone,
        MilestoneStatus::NotDue => C::NotDue,
    }
}

/// The CSS class of a status chip.
pub fn status_class(s: MilestoneStatus) -> &'static str {
    match s {
        MilestoneStatus::DoneOnTime => "status-on-time",
        MilestoneStatus::DoneLate => "status-late",
        MilestoneStatus::NotDone => "status-not-done",
        MilestoneStatus::NotDue => "status-not-due",
    }
}

/// "上报名单（05-25 前）": the milestone's own title and its due day.
pub fn heading(i18n: &I18n, m: &CampaignMilestone) -> String {
    i18n.f(C::DueOn, &[&m.title, &m.due_on])
}

/// The details after the status: the day it was met and the parts met.
pub fn details(i18n: &I18n, c: &MilestoneCell) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(d) = &c.done_on {
        out.push(i18n.f(C::DoneOnDay, &[d]));
    }
    if c.total > 1 {
        out.push(i18n.f(C::Parts, &[&c.done, &c.total]));
    }
    out
}

pub fn cell_text(i18n: &I18n, c: &MilestoneCell) -> String {
    let mut parts = vec![i18n.t(status_key(c.status)).to_owned()];
    parts.extend(details(i18n, c));
    parts.join(" · ")
}

pub fn totals_text(i18n: &I18n, t: &crate::api::MilestoneTotals) -> String {
    i18n.f(
        C::TotalsCell,
        &[&t.done_on_time, &t.done_late, &t.not_done, &t.not_due],
    )
}

pub fn board_csv(i18n: &I18n, campaign: &Campaign, p: &CampaignProgress) -> String {
    use crate::pages::roster::ledger::push_record;
    let mut out = String::from('\u{FEFF}');
    let mut head = vec![
        i18n.t(C::ColTownship).to_owned(),
        i18n.t(C::ColCode).to_owned(),
    ];
    head.extend(campaign.milestones.iter().map(|m| heading(i18n, m)));
    push_record(&mut out, &head);
    for t in &p.townships {
        let mut line = vec![t.township.name.clone(), t.township.division_code.clone()];
        line.extend(t.milestones.iter().map(|c| cell_text(i18n, c)));
        push_record(&mut out, &line);
    }
    let mut total = vec![i18n.t(C::Totals).to_owned(), String::new()];
    total.extend(p.totals.iter().map(|t| totals_text(i18n, t)));
    push_record(&mut out, &total);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{MilestoneTotals, ProgressTownship, TownshipProgress};
    use crate::i18n::Lang;

    fn cell(
        status: MilestoneStatus,
        done_on: Option<&str>,
        done: i64,
        total: i64,
    ) -> MilestoneCell {
        MilestoneCell {
            status,
            done_on: done_on.map(str::to_owned),
            done,
            total,
            evidence_ids: vec![],
            evidence: vec![],
        }
    }

    #[test]
    fn a_cell_says_the_status_the_day_and_the_parts_in_both_languages() {
        let zh = I18n::fixed(Lang::Zh);
        let en = I18n::fixed(Lang::En);
        let late = cell(MilestoneStatus::DoneLate, Some("2018-06-10"), 44, 44);
        assert_eq!(cell_text(&zh, &late), "逾期完成 · 2018-06-10 完成 · 44/44");
        assert_eq!(cell_text(&en, &late), "Done late · met 2018-06-10 · 44/44");
        let missing = cell(MilestoneStatus::NotDone, None, 1, 2);
        assert_eq!(cell_text(&zh, &missing), "未完成 · 1/2");
        // A one-part milestone (the roster) shows no "1/1".
        let roster = cell(MilestoneStatus::DoneOnTime, Some("2018-05-23"), 1, 1);
        assert_eq!(cell_text(&zh, &roster), "按时完成 · 2018-05-23 完成");
    }

    #[test]
    fn the_csv_has_a_row_per_township_and_the_totals() {
        let zh = I18n::fixed(Lang::Zh);
        let campaign = Campaign {
            id: "c".into(),
            name: "2018".into(),
            year: 2018,
            set_at_name: "凤冈县".into(),
            milestones: vec![CampaignMilestone {
                id: "m".into(),
                position: 1,
                kind: Some("ROSTER_SUBMITTED".into()),
                title: "上报名单".into(),
                due_on: "2018-05-25".into(),
                document_kind: None,
            }],
            version: 1,
            allowed_actions: vec![],
        };
        let p = CampaignProgress {
            as_of: "2018-07-01".into(),
            townships: vec![TownshipProgress {
                township: ProgressTownship {
                    id: "t".into(),
                    name: "何坝镇".into(),
                    division_code: "520327002".into(),
                },
                milestones: vec![cell(MilestoneStatus::NotDone, None, 0, 1)],
            }],
            totals: vec![MilestoneTotals {
                done_on_time: 0,
                done_late: 0,
                not_done: 1,
                not_due: 0,
            }],
        };
        let text = board_csv(&zh, &campaign, &p);
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].contains("上报名单（2018-05-25 前）"), "{text}");
        assert!(lines[1].starts_with("何坝镇,520327002,未完成"), "{text}");
        assert!(lines[2].contains("未完成 1"), "{text}");
    }
}
