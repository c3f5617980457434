//! Documents: uploaded as PDF (type by bytes), served only inside scope,
//! superseded by a newer version and never deleted; cited by records.
use super::fixtures::meeting;
use crate::helpers::{Session, TestApp};
use crate::inspections::{app_at, HEBA, LINGYUN, MID_NOVEMBER};
use serde_json::{json, Value};

pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

pub async fn upload(
    app: &TestApp,
    s: &Session,
    query: &[(&str, &str)],
    mime: &str,
    body: &[u8],
) -> (reqwest::StatusCode, Value) {
    let encode = |t: &str| -> String {
        t.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    let qs: Vec<String> = query
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    let r = reqwest::Client::new()
        .post(app.url(&format!("/api/documents?{}", qs.join("&"))))
        .bearer_auth(&s.access_token)
        .header("content-type", mime)
        .body(body.to_vec())
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_township_uploads_its_plan_and_supersedes_it_while_both_versions_stay() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let node = app.node_id(HEBA).await;
    let q = [
        ("nodeId", node.as_str()),
        ("kind", "IMPLEMENTATION_PLAN"),
        ("title", "何坝镇实施方案"),
    ];
    let (status, first) = upload(&app, &heba, &q, "application/pdf", PDF).await;
    assert_eq!(status, 201, "{first}");
    let (again, same) = upload(&app, &heba, &q, "application/pdf", PDF).await;
    assert_eq!(again, 200);
    assert_eq!(same["id"], first["id"]);
    // Bytes decide the type, whatever the client says.
    let (status, _) = upload(&app, &heba, &q, "application/pdf", b"<html>hi</html>").await;
    assert_eq!(status, 400);
    let (status, _) = upload(&app, &heba, &q, "text/html", PDF).await;
    assert_eq!(status, 415);

    let first_id = first["id"].as_str().unwrap();
    let newer_pdf = [PDF, b"% revised\n"].concat();
    let q2 = [
        ("nodeId", node.as_str()),
        ("kind", "IMPLEMENTATION_PLAN"),
        ("title", "何坝镇实施方案（修订）"),
        ("supersedes", first_id),
    ];
    let (status, second) = upload(&app, &heba, &q2, "application/pdf", &newer_pdf).await;
    assert_eq!(status, 201, "{second}");
    assert_eq!(second["version"], 2);

    let list = "query($all: Boolean) { documents(includeSuperseded: $all, first: 10) { totalCount nodes { id version supersedesId } } }";
    let current = app
        .query(&heba.access_token, list, json!({ "all": false }))
        .await;
    assert_eq!(current.data()["documents"]["totalCount"], 1);
    assert_eq!(
        current.data()["documents"]["nodes"][0]["supersedesId"],
        first["id"]
    );
    let all = app
        .query(&heba.access_token, list, json!({ "all": true }))
        .await;
    assert_eq!(all.data()["documents"]["totalCount"], 2);

    // The file is served to the township and to nobody outside it.
    let get = |s: &Session| {
        reqwest::Client::new()
            .get(app.url(&format!("/api/documents/{first_id}")))
            .bearer_auth(s.access_token.clone())
            .send()
    };
    let served = get(&heba).await.unwrap();
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "application/pdf");
    assert_eq!(served.bytes().await.unwrap().as_ref(), PDF);
    let longquan = app.login_demo("longquan").await;
    assert_eq!(get(&longquan).await.unwrap().status(), 404);
}

#[tokio::test]
async fn a_meeting_cites_documents_the_author_can_see_only() {
    let app = app_at(MID_NOVEMBER).await;
    let heba = app.login_demo("heba").await;
    let lingyun = app.node_id(LINGYUN).await;
    let own = super::fixtures::stored_document(&app, &lingyun, "MINUTES").await;
    let longquan = app.login_demo("longquan").await;
    let theirs = super::fixtures::stored_document(&app, &longquan.node_id, "MINUTES").await;
    let mut input = meeting(&lingyun, "VILLAGE_SAFETY", "2026-11-18");
    input["documentIds"] = json!([theirs]);
    let refused = app.record_meeting(&heba, input.clone()).await;
    assert_eq!(refused.error_field(), Some("documentIds"));
    input["documentIds"] = json!([own]);
    input["idempotencyKey"] = json!(super::fixtures::key());
    let made = app.record_meeting(&heba, input).await;
    assert_eq!(made.data()["recordMeeting"]["documents"][0]["id"], own);
}
