//! The payroll state machine, every legal and illegal step: prepared from
//! the ledger and kept as prepared, approved by the level above and never
//! by its preparer, paid and locked, corrected by adjustment lines that
//! keep the paid lines.
use super::fixture::money;
use super::steps::refused;
use serde_json::{json, Value};

fn amounts(p: &Value) -> Vec<(String, String, i64)> {
    p["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["kind"].as_str().unwrap().to_string(),
                l["personName"].as_str().unwrap().to_string(),
                l["amountFen"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn actions(p: &Value) -> Vec<&str> {
    let mut a: Vec<&str> = p["allowedActions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    a.sort_unstable();
    a
}

#[tokio::test]
async fn a_payroll_goes_from_draft_to_approved_to_paid_and_refuses_every_other_step() {
    let m = money().await;
    let township = m.account("pay-jia", &m.townships[0], "ADMIN").await;
    let county = m.account("pay-county", &m.county, "ADMIN").await;

    let made = m
        .prepare(&township, &m.townships[0], "payroll-jia-2025")
        .await;
    let p = made.data()["preparePayroll"].clone();
    let id = p["id"].as_str().unwrap().to_string();
    // The township pays its village officers; the exempt community's is due nothing.
    assert_eq!(
        (p["status"].as_str(), p["role"].as_str()),
        (Some("DRAFT"), Some("VILLAGE_OFFICER"))
    );
    assert_eq!(
        amounts(&p),
        vec![
            ("LEDGER".into(), "甲一".into(), 59_506),
            ("LEDGER".into(), "甲二".into(), 60_493)
        ]
    );
    assert_eq!(p["totalFen"], 119_999);
    assert_eq!(p["lines"][1]["fundingSource"], "POVERTY_ALLEVIATION_FUND");
    assert_eq!(p["lines"][1]["daysInPost"], 184);
    assert_eq!(
        (p["period"].as_str(), p["preparedBy"].is_string()),
        (Some("2025 年度"), true)
    );
    assert_eq!(actions(&p), vec!["ADJUST_PAYROLL"]);
    // A retry answers the same payroll; another preparation is CONFLICT.
    let again = m
        .prepare(&township, &m.townships[0], "payroll-jia-2025")
        .await;
    assert_eq!(again.data()["preparePayroll"]["id"], json!(id));
    let second = m
        .prepare(&township, &m.townships[0], "payroll-jia-2025-b")
        .await;
    assert_eq!(refused(&second), "payroll.exists");

    // DRAFT: not paid before approval; not approved by the payer itself.
    assert_eq!(
        refused(&m.pay(&township, &id, "2026-01-15").await),
        "payroll.not_approved"
    );
    let own = m.approve(&township, &id).await;
    assert_eq!(
        (own.error_code().as_deref(), refused(&own).as_str()),
        (Some("FORBIDDEN"), "payroll.approved_above")
    );
    let seen_above = m
        .as_user(&county, &super::steps::node_doc(), json!({ "id": id }))
        .await;
    assert_eq!(
        actions(&seen_above.data()["node"]),
        vec!["ADJUST_PAYROLL", "APPROVE_PAYROLL"]
    );

    let approved = m.approve(&county, &id).await;
    let p = approved.data()["approvePayroll"].clone();
    assert_eq!(
        (p["status"].as_str(), p["approvedBy"].is_string()),
        (Some("APPROVED"), true)
    );
    assert_eq!(actions(&p), vec!["MARK_PAYROLL_PAID"]);
    // APPROVED: not approved twice; unchanged until paid.
    assert_eq!(
        refused(&m.approve(&county, &id).await),
        "payroll.already_approved"
    );
    let lines = m
        .adjust(&township, &id, &m.officer, 300, "adj-approved")
        .await;
    assert_eq!(refused(&lines), "payroll.approved_locked");
    // The payment needs a reference, a day not in the future nor before the approval.
    let no_ref = m
        .as_user(
            &township,
            &super::steps::pay_doc(),
            json!({ "id": id, "on": "2026-01-15", "ref": " " }),
        )
        .await;
    assert_eq!(refused(&no_ref), "payroll.reference_required");
    assert_eq!(
        refused(&m.pay(&township, &id, "2026-01-14").await),
        "payroll.paid_before_approval"
    );
    assert_eq!(
        refused(&m.pay(&township, &id, "2026-01-16").await),
        "input.date_out_of_range"
    );

    let paid = m.pay(&township, &id, "2026-01-15").await;
    let p = paid.data()["markPayrollPaid"].clone();
    assert_eq!(
        (
            p["status"].as_str(),
            p["paidOn"].as_str(),
            p["paidFen"].as_i64()
        ),
        (Some("PAID"), Some("2026-01-15"), Some(119_999))
    );
    assert_eq!(p["reference"], "凤财补〔2026〕1号");
    let paid_lines = p["lines"].clone();
    // PAID: locked for every step but an adjustment.
    assert_eq!(
        refused(&m.approve(&county, &id).await),
        "payroll.paid_locked"
    );
    assert_eq!(
        refused(&m.pay(&township, &id, "2026-01-15").await),
        "payroll.paid_locked"
    );
    assert_eq!(actions(&p), vec!["ADJUST_PAYROLL"]);

    // A mistake after payment: an adjustment line with its reason; the paid lines stay.
    let adjusted = m
        .adjust(&township, &id, &m.officer, 300, "adj-after-paid")
        .await;
    let p = adjusted.data()["adjustPayroll"].clone();
    assert_eq!(p["status"], "PAID");
    assert_eq!(p["lines"][0], paid_lines[0]);
    assert_eq!(p["lines"][1], paid_lines[1]);
    assert_eq!(
        (
            p["lines"][2]["kind"].as_str(),
            p["lines"][2]["amountFen"].as_i64(),
            p["lines"][2]["reason"].as_str()
        ),
        (Some("ADJUSTMENT"), Some(300), Some("漏算三天"))
    );
    assert_eq!(
        (p["totalFen"].as_i64(), p["paidFen"].as_i64()),
        (Some(120_299), Some(119_999))
    );
    // The same key again adds nothing.
    let retry = m
        .adjust(&township, &id, &m.officer, 300, "adj-after-paid")
        .await;
    assert_eq!(
        retry.data()["adjustPayroll"]["lines"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // Only the posts the payroll pays, and never by nothing.
    assert_eq!(
        refused(
            &m.adjust(&township, &id, &m.liaison, 300, "adj-liaison")
                .await
        ),
        "payroll.appointment_not_covered"
    );
    assert_eq!(
        refused(&m.adjust(&township, &id, &m.officer, 0, "adj-zero").await),
        "payroll.adjustment_zero"
    );

    // A later standard changes the ledger, not the prepared payroll.
    let set = "mutation { setSubsidyStandard(year: 2025, role: VILLAGE_OFFICER, amountFen: 150000) { version } }";
    m.as_user(&county, set, json!({})).await.data();
    let ledger = m.ledger(&m.villages[0], 2025).await;
    assert_eq!(ledger["rows"][0]["standardFen"], 150_000);
    let read = m
        .as_user(&county, &super::steps::node_doc(), json!({ "id": id }))
        .await;
    assert_eq!(read.data()["node"]["lines"][0]["standardFen"], 120_000);
    assert_eq!(read.data()["node"]["totalFen"], 120_299);
}

#[tokio::test]
async fn the_preparer_does_not_approve_under_another_account_of_the_same_person() {
    let m = money().await;
    let county = m.account("prep-county", &m.county, "ADMIN").await;
    let made = m
        .prepare(&county, &m.villages[0], "payroll-village-by-county")
        .await;
    let p = made.data()["preparePayroll"].clone();
    // The village pays its group liaisons.
    assert_eq!(p["role"], "GROUP_LIAISON");
    assert_eq!(amounts(&p), vec![("LEDGER".into(), "甲三".into(), 41_917)]);
    let id = p["id"].as_str().unwrap().to_string();
    assert_eq!(
        refused(&m.approve(&county, &id).await),
        "payroll.preparer_cannot_approve"
    );
    // The same person, through an account of their own at the township.
    let person = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::account::Entity::find()
            .filter(entity::account::Column::Username.eq("prep-county"))
            .one(&m.app.state.db)
            .await
            .unwrap()
            .unwrap()
            .person_id
            .unwrap()
    };
    let input = json!({ "username": "prep-county-2", "password": super::fixture::PASSWORD,
        "nodeId": m.townships[0], "role": "ADMIN", "personId": person.to_string() });
    m.ok(
        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
        json!({ "input": input }),
    )
    .await;
    let twin = m.app.login("prep-county-2", super::fixture::PASSWORD).await;
    assert_eq!(
        refused(&m.approve(&twin, &id).await),
        "payroll.preparer_cannot_approve"
    );
    // The same decision answers allowedActions: the twin is not offered
    // the approval, someone else at the township is.
    let doc = super::steps::node_doc();
    let seen = |s| m.as_user(s, &doc, json!({ "id": id }));
    let twin_sees = seen(&twin).await;
    assert!(!actions(&twin_sees.data()["node"]).contains(&"APPROVE_PAYROLL"));
    let other = m.account("prep-jia", &m.townships[0], "ADMIN").await;
    let other_sees = seen(&other).await;
    assert!(actions(&other_sees.data()["node"]).contains(&"APPROVE_PAYROLL"));
    // Someone else at the township approves.
    let approved = m.approve(&other, &id).await;
    assert_eq!(approved.data()["approvePayroll"]["status"], "APPROVED");
}

#[tokio::test]
async fn a_village_officer_pays_the_liaisons_and_the_township_approves() {
    let m = money().await;
    let officer = m
        .account("pay-jia-village", &m.villages[0], "VILLAGE_OFFICER")
        .await;
    let township = m.account("pay-jia-2", &m.townships[0], "LEADER").await;
    // A village does not pay officers: its own township's payroll is not its to prepare.
    let above = m
        .prepare(&officer, &m.townships[0], "village-prepares-township")
        .await;
    assert_eq!(above.error_code().as_deref(), Some("NOT_FOUND"));
    let group = m
        .prepare(&officer, &m.group, "village-prepares-group")
        .await;
    assert_eq!(refused(&group), "payroll.payer_level");
    let id = m.paid(&officer, &township, &m.villages[0]).await;
    let read = m
        .as_user(&officer, &super::steps::node_doc(), json!({ "id": id }))
        .await;
    assert_eq!(read.data()["node"]["status"], "PAID");
    assert_eq!(read.data()["node"]["paidFen"], 41_917);
    // Nothing due at the exempt community's officer level: its liaison only.
    let liaisons = m
        .prepare(&township, &m.villages[1], "community-liaisons")
        .await;
    assert_eq!(liaisons.data()["preparePayroll"]["totalFen"], 50_000);
}
