//! The escalation round logs a hazard it cannot move and goes on with the
//! others.
use crate::hazards::fixtures::{fetch, report_ok, LINGYUN_GROUP1};
use crate::helpers::database::{backend, Backend};
use crate::helpers::spawn_demo_app_with;
use api::clock::Clock;
use api::hazards::escalation::Round;
use sea_orm::ConnectionTrait;
use serde_json::json;

const REFUSED_TITLE: &str = "数据库拒绝更新的隐患";

/// Makes the database refuse any change to hazards with that title.
async fn refuse_updates_to_one_hazard(db: &sea_orm::DatabaseConnection) {
    match backend() {
        Backend::Sqlite => {
            db.execute_unprepared(&format!(
                "CREATE TRIGGER refuse_one_hazard BEFORE UPDATE ON hazards \
                 WHEN OLD.title = '{REFUSED_TITLE}' \
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            ))
            .await
            .unwrap();
        }
        Backend::Postgres => {
            db.execute_unprepared(&format!(
                "CREATE FUNCTION refuse_one_hazard() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN IF OLD.title = '{REFUSED_TITLE}' THEN RAISE EXCEPTION 'refused by the test'; END IF; \
                 RETURN NEW; END $$"
            ))
            .await
            .unwrap();
            db.execute_unprepared(
                "CREATE TRIGGER refuse_one_hazard BEFORE UPDATE ON hazards \
                 FOR EACH ROW EXECUTE FUNCTION refuse_one_hazard()",
            )
            .await
            .unwrap();
        }
    }
}

#[tokio::test]
async fn one_hazard_that_cannot_be_escalated_does_not_stop_the_others() {
    let start = chrono::Utc::now();
    let clock = Clock::settable(start);
    let app = spawn_demo_app_with({
        let clock = clock.clone();
        move |s| s.clock = clock
    })
    .await;
    let liaison = app.login_demo("lingyun-1").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let day = |n| (app.state.today() + chrono::Duration::days(n)).to_string();
    // The refused one is due first, so the round meets it first.
    let refused = report_ok(
        &app,
        &liaison,
        &group,
        json!({ "title": REFUSED_TITLE, "deadline": day(1) }),
    )
    .await;
    let fine = report_ok(&app, &liaison, &group, json!({ "deadline": day(2) })).await;
    refuse_updates_to_one_hazard(&app.state.db).await;

    clock.set(start + chrono::Duration::days(5));
    let round = api::hazards::escalation::round(&app.state).await.unwrap();
    assert_eq!(
        round,
        Round {
            moved: 1,
            failed: 1
        }
    );
    let fine = fetch(&app, &liaison, &fine["id"]).await;
    assert_eq!(fine.data()["hazard"]["handlingLevel"], "VILLAGE");
    let refused = fetch(&app, &liaison, &refused["id"]).await;
    assert_eq!(refused.data()["hazard"]["handlingLevel"], "GROUP");
}
