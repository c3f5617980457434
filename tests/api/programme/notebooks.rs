//! Work notebooks: the township issues them (each post's notebook date)
//! and spot-checks them; a village cannot check its own; a sibling
//! township sees nothing; a retried key makes one check; a correction keeps
//! the old version; a closed month is refused.
use crate::helpers::{Answer, Session, TestApp};
use crate::inspections::{app_at, LINGYUN_1, MID_NOVEMBER};
use serde_json::{json, Value};

const DAY: &str = "2026-11-18";
const ISSUE: &str = "mutation($ids: [ID!]!, $on: NaiveDate!) {
  issueNotebooks(appointmentIds: $ids, issuedOn: $on) { id notebookIssuedDate version } }";
const CHECK: &str = "mutation($input: RecordNotebookCheckInput!) { recordNotebookCheck(input: $input) {
  id checkedOn kept note version on node { id } appointment { id } person { id } allowedActions } }";
const CHECKS: &str = "query($kept: Boolean, $from: NaiveDate, $to: NaiveDate) {
  notebookChecks(kept: $kept, from: $from, to: $to, first: 100) { totalCount nodes { id kept } } }";

fn check(post: &str, day: &str, kept: bool) -> Value {
    json!({ "appointmentId": post, "checkedOn": day, "kept": kept,
            "note": "记录不全 (entries missing)", "idempotencyKey": super::fixtures::key() })
}

impl TestApp {
    async fn issue(&self, s: &Session, ids: &[&str], on: &str) -> Answer {
        self.query(&s.access_token, ISSUE, json!({ "ids": ids, "on": on }))
            .await
    }
    async fn check_notebook(&self, s: &Session, input: Value) -> Answer {
        self.query(&s.access_token, CHECK, json!({ "input": input }))
            .await
    }
}

#[tokio::test]
async fn the_township_issues_notebooks_and_a_village_may_not() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let post = app
        .new_post(&heba, LINGYUN_1, "2026-11-02", "13900002222")
        .await;
    let officer = app.login_demo("lingyun").await;
    let refused = app.issue(&officer, &[&post], DAY).await;
    assert_eq!(
        refused.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        refused.text
    );
    let longquan = app.login_demo("longquan").await;
    let hidden = app.issue(&longquan, &[&post], DAY).await;
    assert_eq!(
        hidden.error_code().as_deref(),
        Some("NOT_FOUND"),
        "{}",
        hidden.text
    );
    let future = app.issue(&heba, &[&post], "2026-11-21").await;
    assert_eq!(future.error_field(), Some("issuedOn"));

    let done = app.issue(&heba, &[&post], DAY).await;
    assert_eq!(done.data()["issueNotebooks"][0]["notebookIssuedDate"], DAY);
    assert_eq!(app.post(&heba, &post).await["notebookIssuedDate"], DAY);
    // Issued again later: the first date stands (and nothing changes).
    let again = app.issue(&heba, &[&post], "2026-11-19").await;
    assert_eq!(again.data()["issueNotebooks"][0]["notebookIssuedDate"], DAY);
    assert_eq!(again.data()["issueNotebooks"][0]["version"], 2);
    // The county above may do it too.
    let county = app.login_demo("fenggang").await;
    let other = app
        .new_post(&heba, LINGYUN_1, "2026-11-02", "13900003333")
        .await;
    let by_county = app.issue(&county, &[&other], DAY).await;
    assert_eq!(
        by_county.data()["issueNotebooks"][0]["notebookIssuedDate"],
        DAY
    );
}

#[tokio::test]
async fn a_township_checks_notebooks_and_a_village_cannot_check_its_own() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let post = app
        .new_post(&heba, LINGYUN_1, "2026-11-02", "13900004444")
        .await;
    // Not issued yet: nothing to check.
    let early = app.check_notebook(&heba, check(&post, DAY, true)).await;
    assert_eq!(early.error_field(), Some("appointmentId"), "{}", early.text);
    app.issue(&heba, &[&post], "2026-11-03").await.data();

    let officer = app.login_demo("lingyun").await;
    let own = app.check_notebook(&officer, check(&post, DAY, true)).await;
    assert_eq!(
        own.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        own.text
    );
    let liaison = app.login_demo("lingyun-1").await;
    let own = app.check_notebook(&liaison, check(&post, DAY, true)).await;
    assert_eq!(
        own.error_code().as_deref(),
        Some("FORBIDDEN"),
        "{}",
        own.text
    );

    let made = app.check_notebook(&heba, check(&post, DAY, false)).await;
    let c = &made.data()["recordNotebookCheck"];
    assert_eq!(c["kept"], false);
    assert_eq!(c["appointment"]["id"], post.as_str());
    assert_eq!(c["node"]["id"], app.node_id(LINGYUN_1).await);
    let county = app.login_demo("fenggang").await;
    let by_county = app.check_notebook(&county, check(&post, DAY, true)).await;
    assert_eq!(by_county.data()["recordNotebookCheck"]["kept"], true);
    let period = json!({ "kept": false, "from": DAY, "to": DAY });
    let not_kept = app.query(&heba.access_token, CHECKS, period).await;
    assert_eq!(not_kept.data()["notebookChecks"]["totalCount"], 1);
    // A village still reads the checks of its posts.
    let seen = app
        .query(
            &officer.access_token,
            CHECKS,
            json!({ "from": DAY, "to": DAY }),
        )
        .await;
    assert_eq!(seen.data()["notebookChecks"]["totalCount"], 2);
}

#[tokio::test]
async fn a_sibling_township_sees_no_notebook_check_and_a_retry_makes_one() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let post = app
        .new_post(&heba, LINGYUN_1, "2026-11-02", "13900005555")
        .await;
    app.issue(&heba, &[&post], "2026-11-03").await.data();
    let input = check(&post, DAY, true);
    let answers =
        futures_util::future::join_all((0..4).map(|_| app.check_notebook(&heba, input.clone())))
            .await;
    let ids: Vec<_> = answers
        .iter()
        .map(|a| {
            a.data()["recordNotebookCheck"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
    let on_day = json!({ "from": DAY, "to": DAY });
    let mine = app.query(&heba.access_token, CHECKS, on_day.clone()).await;
    assert_eq!(mine.data()["notebookChecks"]["totalCount"], 1);

    let longquan = app.login_demo("longquan").await;
    let theirs = app.query(&longquan.access_token, CHECKS, on_day).await;
    assert_eq!(theirs.data()["notebookChecks"]["totalCount"], 0);
    let get = "query($id: ID!) { notebookCheck(id: $id) { id } }";
    let outside = app
        .query(&longquan.access_token, get, json!({ "id": ids[0] }))
        .await;
    let missing = app
        .query(
            &longquan.access_token,
            get,
            json!({ "id": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_eq!(outside.error_code().as_deref(), Some("NOT_FOUND"));
    assert_eq!(outside.text, missing.text);
    let node = "query($id: ID!) { node(id: $id) { __typename } }";
    let shown = app
        .query(&heba.access_token, node, json!({ "id": ids[0] }))
        .await;
    assert_eq!(shown.data()["node"]["__typename"], "NotebookCheck");
}

#[tokio::test]
async fn a_notebook_check_correction_keeps_the_old_version_and_a_closed_month_is_refused() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let post = app
        .new_post(&heba, LINGYUN_1, "2026-09-01", "13900006666")
        .await;
    app.issue(&heba, &[&post], "2026-09-02").await.data();
    for day in ["2026-11-21", "2026-09-30"] {
        let a = app.check_notebook(&heba, check(&post, day, true)).await;
        assert_eq!(a.error_field(), Some("checkedOn"), "{day}: {}", a.text);
    }
    let made = app.check_notebook(&heba, check(&post, DAY, true)).await;
    let id = made.data()["recordNotebookCheck"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let correct = "mutation($id: ID!, $v: Int!) {
      correctNotebookCheck(id: $id, version: $v, reason: \"看错了\", kept: false) {
        version kept earlierVersions { version reason snapshot } } }";
    let done = app
        .query(&heba.access_token, correct, json!({ "id": id, "v": 1 }))
        .await;
    let c = &done.data()["correctNotebookCheck"];
    assert_eq!(c["version"], 2);
    assert_eq!(c["kept"], false);
    assert_eq!(c["earlierVersions"][0]["reason"], "看错了");
    assert!(c["earlierVersions"][0]["snapshot"]
        .as_str()
        .unwrap()
        .contains("\"kept\":true"));
    let stale = app
        .query(&heba.access_token, correct, json!({ "id": id, "v": 1 }))
        .await;
    assert_eq!(stale.error_code().as_deref(), Some("CONFLICT"));
}
