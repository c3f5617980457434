//! What every programme record shares, as the authorization decision and
//! the shared GraphQL fields see it, whatever its table.
use super::kind::RecordKind;
use crate::authz::Action;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct RecordFacts {
    pub kind: RecordKind,
    pub id: Uuid,
    pub node_id: Uuid,
    /// Where it sits: decides who sees it.
    pub node_code: i64,
    /// The day it happened (held, checked, adopted).
    pub on: NaiveDate,
    /// The account that recorded it: the one who may correct it.
    pub author_id: Uuid,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl RecordFacts {
    /// What `allowedActions` lists for a record of this kind. A kind with
    /// actions of its own (a vehicle retired) adds them here. A roster
    /// submission (a fixed snapshot) and a demonstration site (replaced by
    /// a newer designation) have no correction, so they offer none.
    pub fn actions(&self) -> &'static [Action] {
        match self.kind {
            RecordKind::RosterSubmission | RecordKind::Demonstration => &[],
            _ => Action::RECORD,
        }
    }
}
