//! The payroll requests the tests send, as the web app would.
use super::fixture::{Money, PAYROLL_FIELDS};
use crate::helpers::{Answer, Session};
use serde_json::json;

pub fn prepare_doc() -> String {
    format!("mutation($p: ID!, $y: Int!, $period: String, $k: String) {{
  preparePayroll(payerNodeId: $p, year: $y, period: $period, idempotencyKey: $k) {{ {PAYROLL_FIELDS} }} }}")
}

pub fn approve_doc() -> String {
    format!("mutation($id: ID!) {{ approvePayroll(id: $id) {{ {PAYROLL_FIELDS} }} }}")
}

pub fn pay_doc() -> String {
    format!(
        "mutation($id: ID!, $on: NaiveDate!, $ref: String!) {{
  markPayrollPaid(id: $id, paidOn: $on, reference: $ref) {{ {PAYROLL_FIELDS} }} }}"
    )
}

pub fn adjust_doc() -> String {
    format!("mutation($id: ID!, $a: ID!, $fen: Fen!, $why: String!, $k: String) {{
  adjustPayroll(id: $id, appointmentId: $a, amountFen: $fen, reason: $why, idempotencyKey: $k) {{ {PAYROLL_FIELDS} }} }}")
}

pub fn node_doc() -> String {
    format!("query($id: ID!) {{ node(id: $id) {{ __typename ... on Payroll {{ {PAYROLL_FIELDS} }} }} }}")
}

impl Money {
    pub async fn prepare(&self, s: &Session, payer: &str, key: &str) -> Answer {
        let vars = json!({ "p": payer, "y": 2025, "period": "2025 年度", "k": key });
        self.as_user(s, &prepare_doc(), vars).await
    }

    pub async fn approve(&self, s: &Session, id: &str) -> Answer {
        self.as_user(s, &approve_doc(), json!({ "id": id })).await
    }

    pub async fn pay(&self, s: &Session, id: &str, on: &str) -> Answer {
        let vars = json!({ "id": id, "on": on, "ref": "凤财补〔2026〕1号" });
        self.as_user(s, &pay_doc(), vars).await
    }

    pub async fn adjust(&self, s: &Session, id: &str, post: &str, fen: i64, key: &str) -> Answer {
        let vars = json!({ "id": id, "a": post, "fen": fen, "why": "漏算三天", "k": key });
        self.as_user(s, &adjust_doc(), vars).await
    }

    /// Prepared, approved and paid: the payroll's id.
    pub async fn paid(&self, payer_side: &Session, above: &Session, payer: &str) -> String {
        let made = self
            .prepare(payer_side, payer, &format!("paid-{}", &payer[..8]))
            .await;
        let id = made.data()["preparePayroll"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        self.approve(above, &id).await.data();
        self.pay(payer_side, &id, "2026-01-15").await.data();
        id
    }
}

/// `extensions.key` of a refused answer, checked to be a refusal.
pub fn refused(a: &Answer) -> String {
    a.error_key()
        .unwrap_or_else(|| panic!("expected a refusal, got {}", a.text))
}
