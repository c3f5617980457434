//! The demo county's register is alive on first start: the 2018 build-out's
//! townships late with their roster were interviewed, each decision on
//! the township's proposal.
use super::{PROPOSALS, REGISTER};
use crate::helpers::spawn_demo_app_with;
use serde_json::json;

#[tokio::test]
async fn the_demo_county_interviewed_its_late_townships_of_2018() {
    let app = spawn_demo_app_with(|s| s.demo_field_work = true).await;
    let county = app.login_demo("fenggang").await;
    let d = app
        .query(&county.access_token, REGISTER, json!({ "y": 2018 }))
        .await;
    let register = d.data()["sanctions"].as_array().unwrap().clone();
    assert!(register.len() >= 2, "{}", d.text);
    assert!(register.iter().all(|s| s["kind"] == "WARNING_INTERVIEW"));
    assert!(register.iter().all(|s| s["decidedOn"] == "2018-07-12"));
    assert!(
        register[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("未按期完成："),
        "{}",
        register[0]
    );

    let node = app.node_id("520327").await;
    let p = app
        .query(
            &county.access_token,
            PROPOSALS,
            json!({ "u": node, "y": 2018 }),
        )
        .await;
    let proposals = p.data()["sanctionProposals"].as_array().unwrap().clone();
    let interviews: Vec<_> = proposals
        .iter()
        .filter(|p| p["kind"] == "WARNING_INTERVIEW")
        .collect();
    // Every township interviewed was proposed and carries its decision.
    for s in &register {
        let name = s["subject"]["name"].as_str().unwrap();
        let proposal = interviews
            .iter()
            .find(|p| p["node"]["name"] == name)
            .unwrap_or_else(|| panic!("{name} has no proposal"));
        assert_eq!(proposal["decision"]["id"], s["id"], "{name}");
    }
    // Not every township was late.
    let townships = app
        .query(
            &county.access_token,
            "query($n: ID!) { gridNode(id: $n) { children(first: 50) { totalCount } } }",
            json!({ "n": node }),
        )
        .await;
    let total = townships.data()["gridNode"]["children"]["totalCount"]
        .as_i64()
        .unwrap();
    // The county interviewed those late with their names and phones, not
    // every township the records find late on something.
    assert!(
        (register.len() as i64) < total,
        "{} of {total}",
        register.len()
    );
}
