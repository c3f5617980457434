//! Every step tried from every state, through the API: the legal ones land
//! where the notice says, the others are refused with BAD_USER_INPUT and the
//! states that are allowed, and leave the hazard as it was.
use super::fixtures::*;
use crate::helpers::{spawn_demo_app, Answer, Session, TestApp};
use serde_json::{json, Value};

#[derive(Copy, Clone, Debug, PartialEq)]
enum Step {
    FixOnSpot,
    Plan,
    Rectify,
    VerifyPassed,
    VerifyFailed,
    Reopen,
    Escalate,
    Edit,
}

const STEPS: [Step; 8] = [
    Step::FixOnSpot,
    Step::Plan,
    Step::Rectify,
    Step::VerifyPassed,
    Step::VerifyFailed,
    Step::Reopen,
    Step::Escalate,
    Step::Edit,
];

/// (from, step, to) for every legal step; the rest must be refused.
const LEGAL: [(&str, Step, &str); 17] = [
    ("REPORTED", Step::FixOnSpot, "FIXED_ON_SPOT"),
    ("REPORTED", Step::Plan, "RECTIFYING"),
    ("REPORTED", Step::Escalate, "REPORTED"),
    ("REPORTED", Step::Edit, "REPORTED"),
    ("REOPENED", Step::FixOnSpot, "FIXED_ON_SPOT"),
    ("REOPENED", Step::Plan, "RECTIFYING"),
    ("REOPENED", Step::Escalate, "REOPENED"),
    ("REOPENED", Step::Edit, "REOPENED"),
    ("RECTIFYING", Step::Plan, "RECTIFYING"),
    ("RECTIFYING", Step::Rectify, "RECTIFIED"),
    ("RECTIFYING", Step::Escalate, "RECTIFYING"),
    ("RECTIFYING", Step::Edit, "RECTIFYING"),
    ("RECTIFIED", Step::VerifyPassed, "CLOSED"),
    ("RECTIFIED", Step::VerifyFailed, "RECTIFYING"),
    ("RECTIFIED", Step::Edit, "RECTIFIED"),
    ("CLOSED", Step::Reopen, "REOPENED"),
    ("FIXED_ON_SPOT", Step::Reopen, "REOPENED"),
];

const ALLOWED: [(&str, &[&str]); 6] = [
    ("REPORTED", &["FIXED_ON_SPOT", "RECTIFYING", "REPORTED"]),
    ("REOPENED", &["FIXED_ON_SPOT", "RECTIFYING", "REOPENED"]),
    ("RECTIFYING", &["RECTIFYING", "RECTIFIED"]),
    ("RECTIFIED", &["CLOSED", "RECTIFYING"]),
    ("CLOSED", &["REOPENED"]),
    ("FIXED_ON_SPOT", &["REOPENED"]),
];

struct Cast {
    liaison: Session,
    officer: Session,
    group: String,
}

/// A fresh hazard brought into `state` by the steps a user would take.
async fn hazard_in(app: &TestApp, cast: &Cast, state: &str) -> Value {
    if state == "FIXED_ON_SPOT" {
        let photo = uploaded_photo(app, "lingyun-1").await;
        let h = report_ok(
            app,
            &cast.liaison,
            &cast.group,
            json!({ "fixedOnSpot": true, "fixNote": "已清除", "photoIds": [photo] }),
        )
        .await;
        return h["id"].clone();
    }
    let h = report_ok(app, &cast.liaison, &cast.group, json!({})).await;
    let id = h["id"].clone();
    let path: &[&str] = match state {
        "REPORTED" => &[],
        "RECTIFYING" => &["plan"],
        "RECTIFIED" => &["plan", "rectify"],
        "CLOSED" => &["plan", "rectify", "verify"],
        "REOPENED" => &["plan", "rectify", "verify", "reopen"],
        other => panic!("no path to {other}"),
    };
    for p in path {
        let answer = match *p {
            "plan" => plan(app, &cast.liaison, &id, &today_plus(app, 5)).await,
            "rectify" => rectify(app, &cast.liaison, &id).await,
            "verify" => verify(app, &cast.officer, &id, true).await,
            _ => reopen(app, &cast.officer, &id).await,
        };
        answer.data();
    }
    id
}

async fn take(app: &TestApp, cast: &Cast, step: Step, id: &Value) -> (Answer, &'static str) {
    match step {
        Step::FixOnSpot => {
            let photo = uploaded_photo(app, "lingyun-1").await;
            (
                fix_on_spot(app, &cast.liaison, id, &photo).await,
                "fixHazardOnSpot",
            )
        }
        Step::Plan => (
            plan(app, &cast.liaison, id, &today_plus(app, 9)).await,
            "planRectification",
        ),
        Step::Rectify => (rectify(app, &cast.liaison, id).await, "rectifyHazard"),
        Step::VerifyPassed => (verify(app, &cast.officer, id, true).await, "verifyHazard"),
        Step::VerifyFailed => (verify(app, &cast.officer, id, false).await, "verifyHazard"),
        Step::Reopen => (reopen(app, &cast.officer, id).await, "reopenHazard"),
        Step::Escalate => (escalate(app, &cast.liaison, id).await, "escalateHazard"),
        Step::Edit => {
            let current = fetch(app, &cast.officer, id).await;
            let version = current.data()["hazard"]["version"].clone();
            (edit(app, &cast.officer, id, &version).await, "editHazard")
        }
    }
}

#[tokio::test]
async fn every_step_from_every_state_is_allowed_or_refused_as_the_table_says() {
    let app = spawn_demo_app().await;
    let cast = Cast {
        liaison: app.login_demo("lingyun-1").await,
        officer: app.login_demo("lingyun").await,
        group: app.node_id(LINGYUN_GROUP1).await,
    };
    for (state, allowed) in ALLOWED {
        for step in STEPS {
            let id = hazard_in(&app, &cast, state).await;
            let before = fetch(&app, &cast.officer, &id).await.data()["hazard"].clone();
            assert_eq!(before["state"], state);
            let (answer, field) = take(&app, &cast, step, &id).await;
            let legal = LEGAL.iter().find(|(f, s, _)| *f == state && *s == step);
            match legal {
                Some((_, _, to)) => {
                    assert_eq!(answer.data()[field]["state"], *to, "{state} --{step:?}-->");
                }
                None => {
                    assert_eq!(
                        answer.error_code().as_deref(),
                        Some("BAD_USER_INPUT"),
                        "{state} --{step:?}--> {}",
                        answer.text
                    );
                    assert_eq!(answer.error_field(), Some("state"), "{state} --{step:?}-->");
                    assert_eq!(
                        answer.body["errors"][0]["extensions"]["allowedNextStates"],
                        json!(allowed),
                        "{state} --{step:?}-->"
                    );
                    let after = fetch(&app, &cast.officer, &id).await.data()["hazard"].clone();
                    assert_eq!(after, before, "a refused step changes nothing");
                }
            }
        }
    }
}
