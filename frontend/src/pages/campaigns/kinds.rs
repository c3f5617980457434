//! The milestone kinds (`MilestoneKind`) a county may set, in the order
//! the editor offers them, and their words.

use crate::i18n::C;

pub const KINDS: [&str; 8] = [
    "ROSTER_SUBMITTED",
    "TRAINING_DONE",
    "NOTEBOOKS_ISSUED",
    "TRAINING_AND_NOTEBOOKS",
    "DEMONSTRATION_SITES",
    "COVERAGE_COMPLETE",
    "BUILD_OUT",
    "DOCUMENT",
];

/// The kind met by an uploaded document of a chosen kind.
pub const DOCUMENT: &str = "DOCUMENT";

/// The words for a kind; `None` for one added on the server after this build.
pub fn kind_name(kind: &str) -> Option<C> {
    Some(match kind {
        "ROSTER_SUBMITTED" => C::KindRosterSubmitted,
        "TRAINING_DONE" => C::KindTrainingDone,
        "NOTEBOOKS_ISSUED" => C::KindNotebooksIssued,
        "TRAINING_AND_NOTEBOOKS" => C::KindTrainingAndNotebooks,
        "DEMONSTRATION_SITES" => C::KindDemonstrationSites,
        "COVERAGE_COMPLETE" => C::KindCoverageComplete,
        "BUILD_OUT" => C::KindBuildOut,
        "DOCUMENT" => C::KindDocument,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};

    #[test]
    fn every_kind_has_words_in_both_languages() {
        let (zh, en) = (I18n::fixed(Lang::Zh), I18n::fixed(Lang::En));
        for k in KINDS {
            let name = kind_name(k).expect(k);
            assert!(!zh.t(name).is_empty() && !en.t(name).is_empty(), "{k}");
        }
        assert_eq!(zh.t(kind_name(DOCUMENT).expect("doc")), "上传文件");
        assert_eq!(kind_name("SOMETHING_NEW"), None);
    }
}
