//! The county office overrides an automatic item only with a note and its
//! evidence (the computed value stays shown), locks the year and ranks
//! the townships; a locked year refuses every further edit.
use super::fixture::{item, scored, LOCK, RANKING, SET_ITEM};
use crate::programme::documents::{upload, PDF};
use serde_json::json;

#[tokio::test]
async fn the_county_scores_by_hand_locks_and_ranks_with_ties_sharing_a_rank() {
    let s = scored().await;
    let c = &s.c;
    let jia = s.card(0).await;
    let card = jia["id"].as_str().unwrap().to_string();
    assert!(jia["allowedActions"]
        .as_array()
        .unwrap()
        .contains(&json!("SET_SCORECARD_ITEM")));

    // The records give 5 (its officer's assessment approved); the county
    // office knows better, says why and attaches its evidence.
    let q = [
        ("nodeId", s.townships[0].as_str()),
        ("kind", "OTHER"),
        ("title", "2018 年度村级安全员考核记录"),
    ];
    let (status, body) = upload(&c.app, &c.root, &q, "application/pdf", PDF).await;
    assert!(status.is_success(), "{status} {body}");
    let doc = body["id"].as_str().unwrap().to_string();
    let d = c
        .ok(
            SET_ITEM,
            json!({ "s": card, "k": "assessments_done", "p": 4, "n": "上半年考核完成，下半年未完成",
                "d": [doc] }),
        )
        .await;
    let after = &d["setScorecardItem"];
    assert_eq!(after["total"], 70);
    let entered = after["parts"][3]["items"][1].clone();
    assert_eq!(entered["key"], "assessments_done");
    assert_eq!(entered["points"], 4);
    assert_eq!(entered["auto"], 5);
    assert_eq!(entered["evidence"]["finding"], "MET");
    assert_eq!(entered["documents"][0]["id"], doc.as_str());

    // Overriding a computed item needs a note; the computed value stays.
    let bare = c
        .app
        .query(
            &c.root.access_token,
            SET_ITEM,
            json!({ "s": card, "k": "leader_visits", "p": 2 }),
        )
        .await;
    assert_eq!(bare.error_key().as_deref(), Some("scorecard.note_required"));
    let over = c
        .app
        .query(
            &c.root.access_token,
            SET_ITEM,
            json!({ "s": card, "k": "assessments_done", "p": 6, "n": "多给" }),
        )
        .await;
    assert_eq!(
        over.error_key().as_deref(),
        Some("scorecard.points_out_of_range")
    );
    let unknown = c
        .app
        .query(
            &c.root.access_token,
            SET_ITEM,
            json!({ "s": card, "k": "no_such_item", "p": 1 }),
        )
        .await;
    assert_eq!(
        unknown.error_key().as_deref(),
        Some("scorecard.item_unknown")
    );
    c.ok(
        SET_ITEM,
        json!({ "s": card, "k": "leader_visits", "p": 2, "n": "领导 7 月起任职，走访记录为纸质台账" }),
    )
    .await;
    let jia = s.card(0).await;
    assert_eq!(item(&jia, "leader_visits")["points"], 2);
    assert_eq!(item(&jia, "leader_visits")["auto"], 0);
    assert_eq!(jia["total"], 72);

    // 丙 to 51, level with 乙.
    let bing = s.card(2).await["id"].as_str().unwrap().to_string();
    c.ok(
        SET_ITEM,
        json!({ "s": bing, "k": "assessments_done", "p": 1, "n": "考核流于形式" }),
    )
    .await;
    let ranking = c.ok(LOCK, json!({ "c": c.county, "y": 2018 })).await["lockScorecards"].clone();
    let rows: Vec<(i64, String, i64)> = ranking
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rank"].as_i64().unwrap(),
                r["township"]["name"].as_str().unwrap().to_string(),
                r["total"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (1, "甲镇".to_string(), 72),
            (2, "丁镇".to_string(), 68),
            (3, "乙镇".to_string(), 51),
            (3, "丙镇".to_string(), 51),
        ]
    );
    let again =
        c.ok(RANKING, json!({ "c": c.county, "y": 2018 })).await["scorecardRanking"].clone();
    assert_eq!(again[0]["scorecard"]["locked"], true);
    assert_eq!(again[3]["scorecard"]["rank"], 3);
    assert_eq!(again[0]["parts"][0]["points"], 16);

    // Locked: no item, no template, no second lock; the card stays.
    let jia = s.card(0).await;
    assert_eq!(
        (jia["locked"].clone(), jia["rank"].clone()),
        (json!(true), json!(1))
    );
    assert!(jia["allowedActions"].as_array().unwrap().is_empty());
    let refused = c
        .app
        .query(
            &c.root.access_token,
            SET_ITEM,
            json!({ "s": card, "k": "assessments_done", "p": 5, "n": "补录" }),
        )
        .await;
    assert_eq!(refused.error_key().as_deref(), Some("scorecard.locked"));
    let relock = c
        .app
        .query(
            &c.root.access_token,
            LOCK,
            json!({ "c": c.county, "y": 2018 }),
        )
        .await;
    assert_eq!(relock.error_key().as_deref(), Some("scorecard.locked"));
    let template = c
        .app
        .query(
            &c.root.access_token,
            super::template::SET_TEMPLATE,
            json!({ "c": c.county, "y": 2018, "parts": super::template::one_part() }),
        )
        .await;
    assert_eq!(template.error_key().as_deref(), Some("scorecard.locked"));
    // A record made after the lock does not move a locked card.
    c.ok(
        "mutation($i: RecordNotebookCheckInput!) { recordNotebookCheck(input: $i) { id } }",
        json!({ "i": { "appointmentId": c.townships[0].posts[0].0, "checkedOn": "2018-07-19",
            "kept": false, "idempotencyKey": "nb-after-lock" } }),
    )
    .await;
    assert_eq!(s.card(0).await["total"], 72);
}
