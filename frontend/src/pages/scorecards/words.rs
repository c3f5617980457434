//! How the card says things: each rule and finding in words, points as
//! "18/20", averages to one decimal, and where a record behind an item
//! opens (the web app has a page for some kinds of record only).

use crate::api::{Finding, ScorecardEvidence, ScorecardRule};
use crate::app::Route;
use crate::i18n::{I18n, G};

pub fn rule_text(rule: Option<ScorecardRule>) -> G {
    use ScorecardRule as R;
    match rule {
        Some(R::Documents) => G::RuleDocuments,
        Some(R::RosterMissing) => G::RuleRosterMissing,
        Some(R::MilestoneOnTime) => G::RuleMilestoneOnTime,
        Some(R::NotebooksNotKept) => G::RuleNotebooksNotKept,
        Some(R::LeaderVisits) => G::RuleLeaderVisits,
        Some(R::MonthlyMeetings) => G::RuleMonthlyMeetings,
        Some(R::DutyReportsWithoutGridWork) => G::RuleDutyReports,
        Some(R::AssessmentsDone) => G::RuleAssessmentsDone,
        Some(R::SubsidiesOnTime) => G::RuleSubsidiesOnTime,
        Some(R::Other) | None => G::RuleByHand,
    }
}

/// What the records show, with its counts.
pub fn finding_text(i18n: &I18n, e: &ScorecardEvidence) -> String {
    use Finding as F;
    let (count, of) = (e.count, e.of);
    match e.finding {
        F::Met => i18n.t(G::FindMet).into(),
        F::DocumentsMissing => i18n.f(G::FindDocumentsMissing, &[&count, &of]),
        F::NoRoster => i18n.t(G::FindNoRoster).into(),
        F::PostsMissing => i18n.f(G::FindPostsMissing, &[&count, &of]),
        F::MilestoneLate => i18n.t(G::FindMilestoneLate).into(),
        F::MilestoneNotDone => i18n.t(G::FindMilestoneNotDone).into(),
        F::MilestoneNotDue => i18n.t(G::FindMilestoneNotDue).into(),
        F::NoDeadline => i18n.t(G::FindNoDeadline).into(),
        F::NotebooksNotKept => i18n.f(G::FindNotebooksNotKept, &[&count]),
        F::VisitsMissed => i18n.f(G::FindVisitsMissed, &[&count, &of]),
        F::NoAssignedVillages => i18n.t(G::FindNoAssignedVillages).into(),
        F::MeetingsMissed => i18n.f(G::FindMeetingsMissed, &[&count, &of]),
        F::NoMonthEnded => i18n.t(G::FindNoMonthEnded).into(),
        F::DutyReportsWithoutGridWork => i18n.f(G::FindDutyReports, &[&count]),
        F::SubsidiesLate => i18n.t(G::FindSubsidiesLate).into(),
        F::SubsidiesNotYetPaid => i18n.t(G::FindSubsidiesNotYetPaid).into(),
        F::AssessmentsMissing => i18n.f(G::FindAssessmentsMissing, &[&count, &of]),
        F::NotEntered => i18n.t(G::FindNotEntered).into(),
        F::EnteredByHand => i18n.t(G::FindEnteredByHand).into(),
        F::Other => i18n.t(G::FindOther).into(),
    }
}

/// The page a record behind an item opens on, by the kind of record the
/// item's rule reads; `None` where the web app has no page for it (a
/// document, a roster submission, a leader visit, a duty report), and the
/// card shows the count instead.
pub fn record_route(rule: Option<ScorecardRule>, id: &str) -> Option<Route> {
    let id = id.to_owned();
    match rule? {
        ScorecardRule::NotebooksNotKept => Some(Route::DeskRecord { id }),
        ScorecardRule::MonthlyMeetings => Some(Route::Meeting { id }),
        ScorecardRule::SubsidiesOnTime => Some(Route::Payroll { id }),
        _ => None,
    }
}

/// "18/20": points of the most they can be.
pub fn points_of(i18n: &I18n, points: i32, max: i32) -> String {
    i18n.f(G::PointsOf, &[&points, &max])
}

/// The mean to one decimal ("87.5"); "—" for no values.
pub fn average(values: &[i32]) -> String {
    if values.is_empty() {
        return "—".into();
    }
    let sum: i64 = values.iter().map(|v| i64::from(*v)).sum();
    // Rounded half up in tenths, in integers (no float formatting quirks).
    let n = values.len() as i64;
    let tenths = (sum * 20 + n).div_euclid(2 * n);
    format!("{}.{}", tenths.div_euclid(10), tenths.rem_euclid(10))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn evidence(finding: Finding, count: i32, of: i32) -> ScorecardEvidence {
        ScorecardEvidence {
            finding,
            count,
            of,
            record_ids: vec![],
        }
    }

    #[test]
    fn a_finding_reads_with_its_counts_in_each_language() {
        let zh = I18n::fixed(Lang::Zh);
        let en = I18n::fixed(Lang::En);
        let e = evidence(Finding::MeetingsMissed, 2, 11);
        assert_eq!(
            finding_text(&zh, &e),
            "2 个月（共 11 个已过月份）未召开网格化工作安全会议"
        );
        assert_eq!(
            finding_text(&en, &e),
            "2 of 11 ended months without a safety meeting on the grid work"
        );
        assert_eq!(
            finding_text(&zh, &evidence(Finding::NotebooksNotKept, 3, 0)),
            "抽查发现 3 人未按要求记录工作笔记"
        );
        assert_eq!(finding_text(&zh, &evidence(Finding::Met, 0, 0)), "符合要求");
    }

    #[test]
    fn an_item_without_a_rule_is_scored_by_the_county_office() {
        assert_eq!(rule_text(None), G::RuleByHand);
        assert_eq!(
            rule_text(Some(ScorecardRule::MonthlyMeetings)),
            G::RuleMonthlyMeetings
        );
    }

    #[test]
    fn records_open_only_where_the_web_app_has_their_page() {
        assert_eq!(
            record_route(Some(ScorecardRule::MonthlyMeetings), "m1"),
            Some(Route::Meeting { id: "m1".into() })
        );
        assert_eq!(
            record_route(Some(ScorecardRule::NotebooksNotKept), "n1"),
            Some(Route::DeskRecord { id: "n1".into() })
        );
        assert_eq!(
            record_route(Some(ScorecardRule::SubsidiesOnTime), "p1"),
            Some(Route::Payroll { id: "p1".into() })
        );
        assert_eq!(record_route(Some(ScorecardRule::Documents), "d1"), None);
        assert_eq!(record_route(None, "x"), None);
    }

    #[test]
    fn points_read_as_points_of_the_maximum() {
        assert_eq!(points_of(&I18n::fixed(Lang::Zh), 18, 20), "18/20");
    }

    #[test]
    fn the_average_is_rounded_half_up_to_one_decimal() {
        assert_eq!(average(&[90, 85]), "87.5");
        assert_eq!(average(&[90, 85, 80]), "85.0");
        assert_eq!(average(&[1, 1, 2]), "1.3");
        assert_eq!(average(&[1, 2, 2]), "1.7");
        assert_eq!(average(&[0, 1, 0, 0]), "0.3");
        assert_eq!(average(&[]), "—");
    }
}
