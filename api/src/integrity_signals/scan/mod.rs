//! The scan: pure functions over one subtree's records, one file per kind
//! of signal, each answering its findings. Nothing here reads the database
//! (`load` does, in a fixed number of statements) or writes it (`store`
//! does), so each rule is tested on plain values and a rerun on the same
//! records finds the same findings with the same fingerprints.
pub mod burst;
pub mod evidence;
pub mod far_from_node;
pub mod geo;
pub mod paid_without_records;
pub mod reused_photo;
pub mod same_person;
pub mod shared_phone;
pub mod travel;

use chrono::NaiveDate;
use entity::integrity_signal::IntegritySignalKind;
use entity::{appointment, inspection, payroll_line, person, photo};
pub use evidence::{Evidence, EvidenceKind, Facts};
use uuid::Uuid;

/// What the scan reads: the subtree's people, posts, field records, the
/// photos on those records and the payroll lines that pay its posts.
#[derive(Default)]
pub struct Records {
    pub persons: Vec<person::Model>,
    /// Village officers' and group liaisons' posts, ended ones too.
    pub appointments: Vec<appointment::Model>,
    pub inspections: Vec<inspection::Model>,
    /// Photos attached to the inspections above.
    pub photos: Vec<photo::Model>,
    /// Ledger lines of the subtree's payrolls (adjustments are corrections
    /// of those, not payments of their own).
    pub payroll_lines: Vec<PaidLine>,
    /// The scan's day: a post without an end is held until today.
    pub today: Option<NaiveDate>,
}

/// A payroll line and the year its payroll pays.
pub struct PaidLine {
    pub line: payroll_line::Model,
    pub year: i32,
}

impl Records {
    pub fn person(&self, id: Uuid) -> Option<&person::Model> {
        self.persons.iter().find(|p| p.id == id)
    }

    pub fn person_name(&self, id: Option<Uuid>) -> Option<String> {
        id.and_then(|id| self.person(id)).map(|p| p.name.clone())
    }
}

/// One thing that looks wrong, and the records behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: IntegritySignalKind,
    /// The ids that make it this finding (sorted where order is not part
    /// of it), for the fingerprint.
    pub ids: Vec<Uuid>,
    /// The grid codes of every record involved: the signal sits at the
    /// lowest node holding them all.
    pub codes: Vec<i64>,
    pub facts: Facts,
    pub evidence: Vec<Evidence>,
}

impl Finding {
    /// The kind and the ids: the same finding seen again has the same one.
    pub fn fingerprint(&self) -> String {
        let kind = serde_json::to_value(self.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        // A UUID's simple form is 32 characters; a long list is hashed so
        // the fingerprint fits its column.
        let ids: Vec<String> = self.ids.iter().map(|i| i.simple().to_string()).collect();
        let joined = ids.join(":");
        if joined.len() <= 160 {
            format!("{kind}:{joined}")
        } else {
            use sha2::{Digest, Sha256};
            format!("{kind}:sha256:{}", hex::encode(Sha256::digest(joined)))
        }
    }
}

/// Every finding in `records`, kind by kind.
pub fn scan(records: &Records) -> Vec<Finding> {
    let mut found = Vec::new();
    found.extend(same_person::find(records));
    found.extend(shared_phone::find(records));
    found.extend(paid_without_records::find(records));
    found.extend(travel::find(records));
    found.extend(reused_photo::find(records));
    found.extend(burst::find(records));
    found.extend(far_from_node::find(records));
    found
}
