//! The township's leadership work at the desk: a leader's villages
//! (`assignVillages`), the villages to choose them from, a leader's monthly
//! duty report (`recordDutyReport`), and the roster the township sends the
//! county (`submitRoster`, `rosterSubmissions`: frozen as it was that day,
//! with the posts nobody held).

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client, Connection, NodeRef};

/// Villages read per request when listing a township's villages (the
/// server allows at most 100 a page).
const VILLAGE_PAGE: i64 = 100;

/// The `assignVillages` variables: the list replaces the leader's current
/// one from `since` (an empty list ends them all).
pub fn assign_villages_vars(
    appointment_id: &str,
    village_ids: &[String],
    since: &str,
) -> serde_json::Value {
    json!({ "appointment": appointment_id, "villages": village_ids, "since": since })
}

pub async fn assign_villages(
    client: &Client,
    appointment_id: &str,
    village_ids: &[String],
    since: &str,
) -> Result<(), ApiError> {
    let query = include_str!("queries/assign_villages.graphql");
    let vars = assign_villages_vars(appointment_id, village_ids, since);
    let _: serde_json::Value = client.run(query, vars).await?;
    Ok(())
}

/// Every village of a township, in grid order (all pages).
pub async fn township_villages(
    client: &Client,
    township_id: &str,
) -> Result<Vec<NodeRef>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        node: Children,
    }
    #[derive(Deserialize)]
    struct Children {
        children: Connection<NodeRef>,
    }
    let query = include_str!("queries/township_villages.graphql");
    let mut all = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let vars = json!({ "id": township_id, "first": VILLAGE_PAGE, "after": after });
        let data: Data = client.run(query, vars).await?;
        let page = data.node.children;
        all.extend(page.edges.into_iter().map(|e| e.node));
        match page.page_info.end_cursor {
            Some(cursor) if page.page_info.has_next_page => after = Some(cursor),
            _ => return Ok(all),
        }
    }
}

/// A duty report to file: each value as the form holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDutyReport {
    pub appointment_id: String,
    /// `YYYY-MM`
    pub month: String,
    pub covers_grid_work: bool,
    pub summary: String,
    pub document_ids: Vec<String>,
    /// Made when the form opened: a retry after a lost answer files one report.
    pub idempotency_key: String,
}

impl NewDutyReport {
    /// The `RecordDutyReportInput`.
    pub fn input(&self) -> serde_json::Value {
        json!({
            "appointmentId": self.appointment_id,
            "month": self.month,
            "coversGridWork": self.covers_grid_work,
            "summary": self.summary.trim(),
            "documentIds": self.document_ids,
            "idempotencyKey": self.idempotency_key,
        })
    }
}

pub async fn record_duty_report(client: &Client, report: &NewDutyReport) -> Result<(), ApiError> {
    let query = include_str!("queries/record_duty_report.graphql");
    let _: serde_json::Value = client
        .run(query, json!({ "input": report.input() }))
        .await?;
    Ok(())
}

/// One post on a submitted roster, as it was that day.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmittedEntry {
    pub node_id: String,
    pub node_name: String,
    /// `VILLAGE_OFFICER` or `GROUP_LIAISON`.
    pub role: String,
    pub name: String,
    /// Masked unless the reader may see phones.
    pub phone: String,
}

/// A post nobody held that day.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MissingPost {
    pub node_id: String,
    pub node_name: String,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RosterSubmission {
    pub id: String,
    /// The township.
    pub node: NodeRef,
    pub submitted_on: String,
    pub author_name: String,
    pub entry_count: i64,
    pub missing_count: i64,
}

/// What a submission listed: read on demand (a township's roster is long).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SubmissionDetail {
    pub entries: Vec<SubmittedEntry>,
    pub missing: Vec<MissingPost>,
}

pub async fn roster_submission(client: &Client, id: &str) -> Result<SubmissionDetail, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        node: Option<SubmissionDetail>,
    }
    let query = include_str!("queries/roster_submission.graphql");
    let data: Data = client.run(query, json!({ "id": id })).await?;
    data.node.ok_or(ApiError::NotFound)
}

/// Submissions under a node, newest first.
pub async fn roster_submissions(
    client: &Client,
    under: &str,
    first: i64,
    after: Option<String>,
) -> Result<Connection<RosterSubmission>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        roster_submissions: Connection<RosterSubmission>,
    }
    let query = include_str!("queries/roster_submissions.graphql");
    let vars = json!({ "under": under, "first": first, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.roster_submissions)
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Submitted {
    pub id: String,
    pub submitted_on: String,
    pub entry_count: i64,
    pub missing_count: i64,
}

/// Sends the township's roster as it is today; `key` makes a retry after
/// a lost answer return the same submission.
pub async fn submit_roster(
    client: &Client,
    township_id: &str,
    key: &str,
) -> Result<Submitted, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        submit_roster: Submitted,
    }
    let query = include_str!("queries/submit_roster.graphql");
    let data: Data = client
        .run(query, json!({ "township": township_id, "key": key }))
        .await?;
    Ok(data.submit_roster)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assigning_villages_sends_the_whole_new_list_and_its_first_day() {
        let vars = assign_villages_vars("a1", &["v1".into(), "v2".into()], "2026-12-03");
        assert_eq!(vars["appointment"], "a1");
        assert_eq!(vars["villages"], json!(["v1", "v2"]));
        assert_eq!(vars["since"], "2026-12-03");
    }

    #[test]
    fn a_duty_report_sends_its_key_month_and_trimmed_summary() {
        let report = NewDutyReport {
            appointment_id: "a1".into(),
            month: "2026-11".into(),
            covers_grid_work: true,
            summary: " 走访凌云村两次 ".into(),
            document_ids: vec!["d1".into()],
            idempotency_key: "k-duty-0001".into(),
        };
        let input = report.input();
        assert_eq!(input["appointmentId"], "a1");
        assert_eq!(input["month"], "2026-11");
        assert_eq!(input["coversGridWork"], true);
        assert_eq!(input["summary"], "走访凌云村两次");
        assert_eq!(input["documentIds"], json!(["d1"]));
        assert_eq!(input["idempotencyKey"], "k-duty-0001");
    }
}
