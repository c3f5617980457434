//! The list's filters as the URL's query string (`?kind=SHARED_PHONE&
//! status=DISMISSED`), so a link opens the same list. No `status` means
//! the open signals, the county's work list; `status=ALL` means both.
//! Anything unknown falls back to the default rather than to an error.

use serde::Serialize;

use crate::api::{IntegritySignalKind, IntegritySignalStatus};

/// Which statuses the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    Open,
    Dismissed,
    All,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 3] = [
        StatusFilter::Open,
        StatusFilter::Dismissed,
        StatusFilter::All,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            StatusFilter::Open => "OPEN",
            StatusFilter::Dismissed => "DISMISSED",
            StatusFilter::All => "ALL",
        }
    }

    fn from_slug(slug: &str) -> Option<StatusFilter> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// What the API's `status` argument takes (none: every status).
    pub fn status(self) -> Option<IntegritySignalStatus> {
        match self {
            StatusFilter::Open => Some(IntegritySignalStatus::Open),
            StatusFilter::Dismissed => Some(IntegritySignalStatus::Dismissed),
            StatusFilter::All => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct IntegrityFilter {
    pub kind: Option<IntegritySignalKind>,
    pub status: StatusFilter,
}

/// The query string's pairs, the defaults left out so the plain URL is
/// the default list.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct FilterQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
}

impl IntegrityFilter {
    /// Reads `?kind=…&status=…` (the leading `?` optional).
    pub fn parse(query: &str) -> IntegrityFilter {
        let mut filter = IntegrityFilter::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            match name {
                "kind" => filter.kind = IntegritySignalKind::from_slug(value),
                "status" => filter.status = StatusFilter::from_slug(value).unwrap_or_default(),
                _ => {}
            }
        }
        filter
    }

    pub fn to_query(self) -> FilterQuery {
        FilterQuery {
            kind: self.kind.map(|k| k.slug()),
            status: (self.status != StatusFilter::Open).then(|| self.status.slug()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_query_is_the_open_signals_of_every_kind() {
        assert_eq!(IntegrityFilter::parse(""), IntegrityFilter::default());
        assert_eq!(IntegrityFilter::parse("?"), IntegrityFilter::default());
        assert_eq!(
            IntegrityFilter::default().status.status(),
            Some(IntegritySignalStatus::Open)
        );
    }

    #[test]
    fn kind_and_status_are_read_from_the_query() {
        let f = IntegrityFilter::parse("?kind=SHARED_PHONE&status=DISMISSED");
        assert_eq!(f.kind, Some(IntegritySignalKind::SharedPhone));
        assert_eq!(f.status, StatusFilter::Dismissed);
        let f = IntegrityFilter::parse("status=ALL&kind=RECORD_BURST&page=2");
        assert_eq!(f.kind, Some(IntegritySignalKind::RecordBurst));
        assert_eq!(f.status.status(), None, "ALL asks for every status");
    }

    #[test]
    fn unknown_values_fall_back_to_the_defaults() {
        let f = IntegrityFilter::parse("?kind=NOPE&status=closed");
        assert_eq!(f, IntegrityFilter::default());
        assert_eq!(IntegrityFilter::parse("kind").kind, None);
    }

    #[test]
    fn every_filter_survives_the_round_trip_through_the_url() {
        let kinds = std::iter::once(None).chain(IntegritySignalKind::ALL.map(Some));
        for kind in kinds {
            for status in StatusFilter::ALL {
                let f = IntegrityFilter { kind, status };
                let q = f.to_query();
                let mut text = Vec::new();
                if let Some(k) = q.kind {
                    text.push(format!("kind={k}"));
                }
                if let Some(s) = q.status {
                    text.push(format!("status={s}"));
                }
                assert_eq!(IntegrityFilter::parse(&text.join("&")), f);
            }
        }
    }

    #[test]
    fn the_default_list_has_a_plain_url() {
        let q = IntegrityFilter::default().to_query();
        assert_eq!(
            q,
            FilterQuery {
                kind: None,
                status: None
            }
        );
    }
}
