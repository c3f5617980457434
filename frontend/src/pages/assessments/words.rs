//! The stored values of assessments in the person's language, and the
//! chip each status and grade wears (the form and the list share them).

use crate::api::{AssessmentGrade, AssessmentMeasure, AssessmentStatus};
use crate::i18n::{A, P};

pub fn status(s: AssessmentStatus) -> Option<A> {
    match s {
        AssessmentStatus::Draft => Some(A::Draft),
        AssessmentStatus::Submitted => Some(A::Submitted),
        AssessmentStatus::Approved => Some(A::Approved),
        AssessmentStatus::Other => None,
    }
}

/// The status chip's class: approved is done, submitted waits, a draft
/// still has work.
pub fn status_class(s: AssessmentStatus) -> &'static str {
    match s {
        AssessmentStatus::Approved => "chip chip-ok assessment-status",
        AssessmentStatus::Submitted => "chip chip-info assessment-status",
        _ => "chip chip-draft assessment-status",
    }
}

pub fn grade(g: AssessmentGrade) -> Option<A> {
    match g {
        AssessmentGrade::Excellent => Some(A::Excellent),
        AssessmentGrade::Pass => Some(A::Pass),
        AssessmentGrade::Fail => Some(A::Fail),
        AssessmentGrade::Other => None,
    }
}

/// A failed grade must stand out on a printed list too, so it is bold red
/// and not only a colour.
pub fn grade_class(g: AssessmentGrade) -> &'static str {
    match g {
        AssessmentGrade::Excellent => "badge badge-ok assessment-grade",
        AssessmentGrade::Pass => "badge badge-post assessment-grade",
        AssessmentGrade::Fail => "badge badge-fail assessment-grade",
        AssessmentGrade::Other => "badge assessment-grade",
    }
}

pub fn measure(m: AssessmentMeasure) -> A {
    match m {
        AssessmentMeasure::InspectionQuota => A::MeasureInspectionQuota,
        AssessmentMeasure::HazardFollowUp => A::MeasureHazardFollowUp,
        AssessmentMeasure::VillageMeetings => A::MeasureVillageMeetings,
        AssessmentMeasure::NotebookCheck => A::MeasureNotebookCheck,
        AssessmentMeasure::Manual | AssessmentMeasure::Other => A::MeasureManual,
    }
}

/// The text of an optional key: the unknown value of a newer server reads
/// as "unknown", never as a guess.
pub fn text_or_unknown(i18n: &crate::i18n::I18n, key: Option<A>) -> &'static str {
    match key {
        Some(k) => i18n.t(k),
        None => i18n.t(P::Unknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};

    #[test]
    fn grades_read_as_the_notice_names_them_and_a_fail_stands_out() {
        let zh = I18n::fixed(Lang::Zh);
        let en = I18n::fixed(Lang::En);
        assert_eq!(
            text_or_unknown(&zh, grade(AssessmentGrade::Excellent)),
            "优秀"
        );
        assert_eq!(text_or_unknown(&zh, grade(AssessmentGrade::Pass)), "合格");
        assert_eq!(text_or_unknown(&zh, grade(AssessmentGrade::Fail)), "不合格");
        assert_eq!(text_or_unknown(&en, grade(AssessmentGrade::Fail)), "Fail");
        assert!(grade_class(AssessmentGrade::Fail).contains("badge-fail"));
        assert!(!grade_class(AssessmentGrade::Pass).contains("badge-fail"));
        assert_eq!(
            text_or_unknown(&zh, grade(AssessmentGrade::Other)),
            zh.t(P::Unknown)
        );
    }

    #[test]
    fn statuses_read_in_both_languages() {
        let zh = I18n::fixed(Lang::Zh);
        let en = I18n::fixed(Lang::En);
        assert_eq!(
            text_or_unknown(&zh, status(AssessmentStatus::Draft)),
            "草稿"
        );
        assert_eq!(
            text_or_unknown(&zh, status(AssessmentStatus::Submitted)),
            "已提交"
        );
        assert_eq!(
            text_or_unknown(&en, status(AssessmentStatus::Approved)),
            "Approved"
        );
        assert!(status_class(AssessmentStatus::Approved).contains("chip-ok"));
        assert_eq!(
            zh.t(measure(AssessmentMeasure::Other)),
            zh.t(A::MeasureManual)
        );
    }
}
