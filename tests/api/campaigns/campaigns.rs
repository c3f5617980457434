//! Campaigns are the county's data: set and edited by its administrators,
//! read by every township below, kept whole when edited.
use super::fixture::{milestones, CREATE_CAMPAIGN};
use crate::inspections::{app_at, HEBA, MID_NOVEMBER};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

const COUNTY: &str = "520327";
const LIST: &str = "query { campaigns { id name year setAtName version allowedActions
  milestones { kind title dueOn documentKind } } }";
const UPDATE: &str = "mutation($id: ID!, $v: Int!, $r: String!, $input: CampaignInput!) {
  updateCampaign(id: $id, version: $v, reason: $r, input: $input) { id version name milestones { kind dueOn } }
}";

fn input(name: &str) -> serde_json::Value {
    json!({ "name": name, "year": 2026, "milestones": milestones() })
}

#[tokio::test]
async fn the_county_sets_a_campaign_that_its_townships_read_but_cannot_edit() {
    let app = app_at(MID_NOVEMBER).await;
    let county = app.login_demo("fenggang").await;
    let county_id = app.node_id(COUNTY).await;
    let made = app
        .query(
            &county.access_token,
            CREATE_CAMPAIGN,
            json!({ "n": county_id, "input": input("2026 年网格化提升") }),
        )
        .await;
    let c = &made.data()["createCampaign"];
    assert_eq!(c["version"], 1, "{}", made.text);
    assert!(c["allowedActions"]
        .as_array()
        .unwrap()
        .contains(&json!("EDIT_CAMPAIGN")));
    // Milestones are kept in order of due day.
    let due: Vec<&str> = c["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["dueOn"].as_str().unwrap())
        .collect();
    assert_eq!(
        due,
        ["2018-05-25", "2018-05-30", "2018-05-30", "2018-06-30"]
    );

    for township in ["heba", "longquan"] {
        let s = app.login_demo(township).await;
        let list = app.query(&s.access_token, LIST, json!({})).await;
        let all = list.data()["campaigns"].as_array().unwrap();
        assert_eq!(all.len(), 1, "{township}: {}", list.text);
        assert_eq!(all[0]["name"], "2026 年网格化提升");
        assert_eq!(all[0]["setAtName"], "凤冈县");
        assert_eq!(all[0]["allowedActions"], json!([]), "{township}");
        let refused = app
            .query(
                &s.access_token,
                UPDATE,
                json!({ "id": c["id"], "v": 1, "r": "改期", "input": input("改名") }),
            )
            .await;
        assert_eq!(
            refused.error_code().as_deref(),
            Some("FORBIDDEN"),
            "{}",
            refused.text
        );
    }
    // A township does not set campaigns.
    let heba = app.login_demo("heba").await;
    let refused = app
        .query(
            &heba.access_token,
            CREATE_CAMPAIGN,
            json!({ "n": app.node_id(HEBA).await, "input": input("乡镇自设") }),
        )
        .await;
    assert!(refused.error_code().is_some(), "{}", refused.text);
    let list = app.query(&county.access_token, LIST, json!({})).await;
    assert_eq!(list.data()["campaigns"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_edit_keeps_the_campaign_as_it_was_and_a_stale_version_is_a_conflict() {
    let app = app_at(MID_NOVEMBER).await;
    let county = app.login_demo("fenggang").await;
    let county_id = app.node_id(COUNTY).await;
    let made = app
        .query(
            &county.access_token,
            CREATE_CAMPAIGN,
            json!({ "n": county_id, "input": input("2026 年网格化提升") }),
        )
        .await;
    let id = made.data()["createCampaign"]["id"].clone();
    let mut changed = input("2026 年网格化提升（调整）");
    changed["milestones"] = json!([
        { "kind": "ROSTER_SUBMITTED", "title": "上报名单", "dueOn": "2026-06-01" },
    ]);
    let edited = app
        .query(
            &county.access_token,
            UPDATE,
            json!({ "id": id, "v": 1, "r": "节点调整", "input": changed }),
        )
        .await;
    let e = &edited.data()["updateCampaign"];
    assert_eq!(e["version"], 2, "{}", edited.text);
    assert_eq!(
        e["milestones"],
        json!([{ "kind": "ROSTER_SUBMITTED", "dueOn": "2026-06-01" }])
    );
    let stale = app
        .query(
            &county.access_token,
            UPDATE,
            json!({ "id": id, "v": 1, "r": "再改", "input": input("x") }),
        )
        .await;
    assert_eq!(
        stale.error_code().as_deref(),
        Some("CONFLICT"),
        "{}",
        stale.text
    );
    // The campaign as it was is kept whole with the reason.
    let kept = entity::record_version::Entity::find()
        .filter(entity::record_version::Column::RecordKind.eq("campaign"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].reason, "节点调整");
    assert!(
        kept[0].snapshot.contains("2018-05-25"),
        "{}",
        kept[0].snapshot
    );
    // node(id:) answers the campaign.
    let n = app
        .query(
            &county.access_token,
            "query($id: ID!) { node(id: $id) { __typename ... on Campaign { version } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(n.data()["node"]["version"], 2, "{}", n.text);
}

#[tokio::test]
async fn a_campaign_without_milestones_or_a_document_milestone_without_its_kind_is_refused() {
    let app = app_at(MID_NOVEMBER).await;
    let county = app.login_demo("fenggang").await;
    let county_id = app.node_id(COUNTY).await;
    for (milestones, key) in [
        (json!([]), "campaign.milestones_required"),
        (
            json!([{ "kind": "DOCUMENT", "title": "实施方案", "dueOn": "2026-06-01" }]),
            "campaign.document_kind_required",
        ),
        (
            json!([{ "kind": "DOCUMENT", "title": "实施方案", "dueOn": "2026-06-01",
                     "documentKind": "NO_SUCH_KIND" }]),
            "document.kind_unknown",
        ),
    ] {
        let refused = app
            .query(
                &county.access_token,
                CREATE_CAMPAIGN,
                json!({ "n": county_id, "input": { "name": "x", "year": 2026, "milestones": milestones } }),
            )
            .await;
        assert_eq!(
            refused.error_key().as_deref(),
            Some(key),
            "{}",
            refused.text
        );
    }
    let list = app.query(&county.access_token, LIST, json!({})).await;
    assert_eq!(list.data()["campaigns"], json!([]));
}
