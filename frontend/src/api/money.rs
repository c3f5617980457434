//! Subsidies and payrolls (issue 9): a node's subsidy ledger for a year,
//! the payrolls at and below it, one payroll with its lines, and the three
//! steps the server may allow on it (approve, mark paid, adjust). Money is
//! integer fen as the server sends it; [`yuan`] writes it for people.

use serde::Deserialize;
use serde_json::json;

use super::{Action, ApiError, Client, Connection, Level, PathEntry};

/// Who pays a post (`FundingSource`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FundingSource {
    CountyBudget,
    PovertyAlleviationFund,
    #[serde(other)]
    Other,
}

/// The post a subsidy is paid for (`SubsidyRole`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SubsidyRole {
    VillageOfficer,
    GroupLiaison,
    #[serde(other)]
    Other,
}

/// Why a post has no subsidy (`ExemptReason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ExemptReason {
    UrbanCommunity,
    #[serde(other)]
    Other,
}

/// DRAFT → APPROVED → PAID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PayrollStatus {
    Draft,
    Approved,
    Paid,
    #[serde(other)]
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PayrollLineKind {
    Ledger,
    Adjustment,
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct IdOnly {
    pub id: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LedgerRow {
    pub appointment: IdOnly,
    pub role: SubsidyRole,
    pub person_name: String,
    pub node_name: String,
    pub days_in_post: i64,
    pub standard_fen: i64,
    pub prorated_fen: i64,
    pub exempt: bool,
    pub exempt_reason: Option<ExemptReason>,
    pub funding_source: FundingSource,
    pub deduction_fen: i64,
    pub net_fen: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LedgerTotals {
    pub posts: i64,
    pub exempt_posts: i64,
    pub prorated_fen: i64,
    pub deduction_fen: i64,
    pub net_fen: i64,
    pub county_budget_fen: i64,
    pub poverty_alleviation_fund_fen: i64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SubsidyLedger {
    pub year: i32,
    pub rows: Vec<LedgerRow>,
    pub totals: LedgerTotals,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Payer {
    pub id: String,
    pub name: String,
    /// On one payroll only: the way down to the payer, for the breadcrumb.
    #[serde(default)]
    pub level: Option<Level>,
    #[serde(default)]
    pub path: Vec<PathEntry>,
}

/// A payroll as lists show it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayrollItem {
    pub id: String,
    pub role: SubsidyRole,
    pub year: i32,
    pub period: Option<String>,
    pub status: PayrollStatus,
    pub total_fen: i64,
    pub paid_fen: Option<i64>,
    pub prepared_by: Option<String>,
    pub prepared_at: String,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
    pub paid_by: Option<String>,
    pub paid_on: Option<String>,
    pub reference: Option<String>,
    pub payer: Payer,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayrollLine {
    pub id: String,
    pub position: i32,
    pub kind: PayrollLineKind,
    pub appointment: Option<IdOnly>,
    pub person_name: String,
    pub days_in_post: i32,
    pub standard_fen: i64,
    pub prorated_fen: i64,
    pub deduction_fen: i64,
    pub funding_source: FundingSource,
    pub amount_fen: i64,
    pub reason: Option<String>,
}

/// One payroll with its lines and what the caller may do with it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayrollDetail {
    #[serde(flatten)]
    pub item: PayrollItem,
    pub version: i32,
    pub allowed_actions: Vec<Action>,
    pub lines: Vec<PayrollLine>,
}

/// A step on a payroll, with what it needs.
#[derive(Clone, Debug, PartialEq)]
pub enum PayrollStep {
    Approve,
    MarkPaid {
        paid_on: String,
        reference: String,
    },
    Adjust {
        appointment_id: String,
        amount_fen: i64,
        reason: String,
        idempotency_key: String,
    },
}

/// "¥1,200.00" from 120000 fen, by integer arithmetic ("-¥20.00" below 0).
pub fn yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let (whole, cents) = (fen.unsigned_abs() / 100, fen.unsigned_abs() % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}¥{grouped}.{cents:02}")
}

/// "1200.50", "-20" → fen; `None` for anything else (more than two
/// decimals, letters, an empty field). Never through a float.
pub fn parse_yuan(text: &str) -> Option<i64> {
    let text = text.trim().replace([',', '¥'], "");
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, text),
    };
    let (whole, cents) = match digits.split_once('.') {
        Some((w, c)) => (w.to_owned(), c.to_owned()),
        None => (digits, String::new()),
    };
    let numeric = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 9
        || cents.len() > 2
        || !numeric(&whole)
        || !numeric(&cents)
    {
        return None;
    }
    let cents = format!("{cents:0<2}");
    let fen = whole.parse::<i64>().ok()? * 100 + cents.parse::<i64>().ok()?;
    Some(if negative { -fen } else { fen })
}

pub async fn subsidy_ledger(
    client: &Client,
    node_id: &str,
    year: i32,
) -> Result<SubsidyLedger, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        subsidy_ledger: SubsidyLedger,
    }
    let query = include_str!("queries/subsidy_ledger.graphql");
    let data: Data = client
        .run(query, json!({ "nodeId": node_id, "year": year }))
        .await?;
    Ok(data.subsidy_ledger)
}

pub async fn payrolls_page(
    client: &Client,
    under: &str,
    year: i32,
    first: i64,
    after: Option<String>,
) -> Result<Connection<PayrollItem>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        payrolls: Connection<PayrollItem>,
    }
    let query = include_str!("queries/payrolls_page.graphql");
    let vars = json!({ "under": under, "year": year, "first": first, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.payrolls)
}

const FIELDS: &str = include_str!("queries/payroll_fields.graphql");

/// The payroll, or NOT_FOUND (also for an id of another kind of record).
pub async fn payroll_detail(client: &Client, id: &str) -> Result<PayrollDetail, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        node: Option<serde_json::Value>,
    }
    let query = format!(
        "{}\n{FIELDS}",
        include_str!("queries/payroll_detail.graphql")
    );
    let data: Data = client.run(&query, json!({ "id": id })).await?;
    let node = data.node.ok_or(ApiError::NotFound)?;
    serde_json::from_value(node).map_err(|_| ApiError::NotFound)
}

/// Takes `step` on the payroll; the payroll as it is after it.
pub async fn payroll_step(
    client: &Client,
    id: &str,
    step: &PayrollStep,
) -> Result<PayrollDetail, ApiError> {
    let (field, head, vars) = match step {
        PayrollStep::Approve => (
            "approvePayroll",
            "mutation ApprovePayroll($id: ID!) { approvePayroll(id: $id) { ...PayrollFields } }",
            json!({ "id": id }),
        ),
        PayrollStep::MarkPaid { paid_on, reference } => (
            "markPayrollPaid",
            "mutation MarkPayrollPaid($id: ID!, $paidOn: NaiveDate!, $reference: String!) {
  markPayrollPaid(id: $id, paidOn: $paidOn, reference: $reference) { ...PayrollFields } }",
            json!({ "id": id, "paidOn": paid_on, "reference": reference }),
        ),
        PayrollStep::Adjust {
            appointment_id,
            amount_fen,
            reason,
            idempotency_key,
        } => (
            "adjustPayroll",
            "mutation AdjustPayroll($id: ID!, $appointmentId: ID!, $amountFen: Fen!, $reason: String!, $key: String) {
  adjustPayroll(id: $id, appointmentId: $appointmentId, amountFen: $amountFen, reason: $reason, idempotencyKey: $key) { ...PayrollFields } }",
            json!({ "id": id, "appointmentId": appointment_id, "amountFen": amount_fen,
                    "reason": reason, "key": idempotency_key }),
        ),
    };
    let query = format!("{head}\n{FIELDS}");
    let mut data: serde_json::Map<String, serde_json::Value> = client.run(&query, vars).await?;
    let payroll = data.remove(field).ok_or(ApiError::Internal)?;
    serde_json::from_value(payroll).map_err(|_| ApiError::Internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fen_are_shown_as_grouped_yuan_with_two_decimals() {
        assert_eq!(yuan(120_000), "¥1,200.00");
        assert_eq!(yuan(59_506), "¥595.06");
        assert_eq!(yuan(0), "¥0.00");
        assert_eq!(yuan(-2_000), "-¥20.00");
        assert_eq!(yuan(123_456_789), "¥1,234,567.89");
    }

    #[test]
    fn yuan_typed_by_a_person_become_fen_exactly() {
        assert_eq!(parse_yuan("1200"), Some(120_000));
        assert_eq!(parse_yuan("0.1"), Some(10));
        assert_eq!(parse_yuan("-20.05"), Some(-2_005));
        assert_eq!(parse_yuan("¥1,200.50"), Some(120_050));
        for bad in ["", "1.234", "abc", "1e3", "-", ".5", "12.a"] {
            assert_eq!(parse_yuan(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_payroll_reads_with_its_lines_and_actions() {
        let json = serde_json::json!({
            "id": "p1", "role": "VILLAGE_OFFICER", "year": 2026, "period": null, "status": "DRAFT",
            "totalFen": 120000, "paidFen": null, "preparedBy": "张三", "preparedAt": "2026-01-05T02:00:00Z",
            "approvedBy": null, "approvedAt": null, "paidBy": null, "paidOn": null, "reference": null,
            "version": 1, "allowedActions": ["APPROVE_PAYROLL", "SOMETHING_NEW"],
            "payer": { "id": "n1", "name": "龙泉街道", "level": "TOWNSHIP", "path": [] },
            "lines": [{ "id": "l1", "position": 1, "kind": "LEDGER", "appointment": { "id": "a1" },
                "personName": "李四", "daysInPost": 365, "standardFen": 120000, "proratedFen": 120000,
                "deductionFen": 0, "fundingSource": "COUNTY_BUDGET", "amountFen": 120000, "reason": null }]
        });
        let p: PayrollDetail = serde_json::from_value(json).expect("a payroll");
        assert_eq!(p.item.status, PayrollStatus::Draft);
        assert_eq!(
            p.allowed_actions,
            vec![Action::ApprovePayroll, Action::Other]
        );
        assert_eq!(p.lines[0].amount_fen, 120_000);
    }
}
