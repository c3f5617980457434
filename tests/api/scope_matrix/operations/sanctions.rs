//! Operations for the sanction rows. Each warning interview is for a year
//! of its own, so two cells on one township never meet.
use super::{Fixtures, Prepared, Target};
use chrono::Datelike;
use serde_json::json;

const RULES: &str =
    "query($c: ID!, $y: Int!) { sanctionRules(countyId: $c, year: $y) { missedMonths version } }";
const SET_RULES: &str = "mutation($c: ID!, $y: Int!) {
  setSanctionRules(countyId: $c, year: $y, missedMonths: 2, onFailedAssessment: true) { version } }";
const RECORD: &str = "mutation($input: RecordSanctionInput!) { recordSanction(input: $input) { id kind subject { id } } }";
const PROPOSALS: &str = "query($u: ID!, $y: Int!) { sanctionProposals(under: $u, year: $y) { kind subjectId node { id } decision { id } } }";
const REGISTER: &str =
    "query($u: ID, $y: Int) { sanctions(under: $u, year: $y) { id subject { id } } }";

fn year() -> i32 {
    api::clock::today().year()
}

fn prepared(
    document: &'static str,
    vars: serde_json::Value,
    target_path: &'static [&'static str],
) -> Prepared {
    Prepared {
        document,
        vars,
        target_path,
        record_id: None,
        unfiltered: None,
    }
}

impl Fixtures<'_> {
    pub(super) async fn prepare_sanctions(&self, field: &str, node: &Target) -> Option<Prepared> {
        let p = prepared;
        Some(match field {
            "sanctionRules" => p(RULES, json!({ "c": node.id, "y": year() }), &["c"]),
            "setSanctionRules" => p(SET_RULES, json!({ "c": node.id, "y": year() }), &["c"]),
            "recordSanction" => {
                let y = 2001 + i32::try_from(self.next() % 90).unwrap();
                let input = json!({ "kind": "WARNING_INTERVIEW", "subjectId": node.id, "year": y,
                    "decidedOn": api::clock::today().to_string(), "reason": "矩阵约谈",
                    "idempotencyKey": format!("matrix-{}", uuid::Uuid::new_v4().simple()) });
                p(RECORD, json!({ "input": input }), &["input", "subjectId"])
            }
            "sanctionProposals" => p(PROPOSALS, json!({ "u": node.id, "y": year() }), &["u"]),
            "sanctions" => p(REGISTER, json!({ "u": node.id }), &["u"]),
            _ => return None,
        })
    }
}
