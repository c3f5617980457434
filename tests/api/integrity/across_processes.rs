//! The server and the command line write to one database at the same time
//! (`create-admin` by an operator, `escalate-overdue` from cron): the audit
//! chain stays one chain, and two escalation rounds at once move each
//! overdue hazard once.
use super::command;
use crate::hazards::fixtures::{report_ok, LINGYUN, LINGYUN_GROUP1};
use crate::helpers::spawn_demo_app;
use entity::{account, hazard_event};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

#[tokio::test]
async fn the_server_and_the_commands_writing_at_once_leave_one_valid_audit_chain() {
    super::safegrid();
    let app = spawn_demo_app().await;
    let settings = app.state.settings.clone();
    let liaison = app.login_demo("lingyun-1").await;
    let heba = app.login_demo("heba").await;
    let group = app.node_id(LINGYUN_GROUP1).await;
    let village = app.node_id(LINGYUN).await;

    // Overdue once the cron's day comes.
    let deadline = (app.state.today() + chrono::Duration::days(1)).to_string();
    let mut hazard_ids = Vec::new();
    for _ in 0..4 {
        let h = report_ok(&app, &liaison, &group, json!({ "deadline": deadline })).await;
        hazard_ids.push(h["id"].as_str().unwrap().to_string());
    }
    let cron_day = (app.state.today() + chrono::Duration::days(10)).to_string();

    let mut children = Vec::new();
    for i in 0..4 {
        let mut cmd = command(&settings.database_url, &settings.data_dir);
        cmd.args([
            "create-admin",
            "--username",
            &format!("cli-admin-{i}"),
            "--node-code",
            "520327",
        ])
        .env("SAFEGRID_ADMIN_PASSWORD", "Cli-Admin-Pass-2026");
        children.push(cmd.spawn().expect("start create-admin"));
    }
    for _ in 0..2 {
        let mut cmd = command(&settings.database_url, &settings.data_dir);
        cmd.args(["escalate-overdue", "--today", &cron_day]);
        children.push(cmd.spawn().expect("start escalate-overdue"));
    }
    let commands = tokio::spawn(futures_util::future::join_all(
        children.into_iter().map(|c| c.wait_with_output()),
    ));

    // The server keeps writing for as long as the commands run.
    let mut server_writes = 0;
    while !commands.is_finished() || server_writes == 0 {
        let batch = (0..4).map(|i| {
            app.query(
                &heba.access_token,
                "mutation($input: PersonInput!) { createPerson(input: $input) { id } }",
                json!({ "input": {
                    "nodeId": village,
                    "name": format!("并发人{server_writes}{i}"),
                    "phone": "13500001234",
                } }),
            )
        });
        for answer in futures_util::future::join_all(batch).await {
            answer.data();
            server_writes += 1;
        }
    }
    let outputs = commands.await.unwrap();
    let (rows, broken) = api::audit::verify_chain(&app.state.db).await.unwrap();
    assert_eq!(broken, None, "the chain forked after {rows} rows");
    for out in outputs {
        let out = out.unwrap();
        assert!(
            out.status.success(),
            "a command failed: {}\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let verify = command(&settings.database_url, &settings.data_dir)
        .arg("verify-audit")
        .output()
        .await
        .unwrap();
    assert!(
        verify.status.success(),
        "verify-audit: {}",
        String::from_utf8_lossy(&verify.stdout)
    );

    let admins = account::Entity::find()
        .filter(account::Column::Username.starts_with("cli-admin-"))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(admins, 4);
    // Two rounds at once: each overdue hazard rose once, not twice.
    for id in hazard_ids {
        let autos = hazard_event::Entity::find()
            .filter(hazard_event::Column::HazardId.eq(uuid::Uuid::parse_str(&id).unwrap()))
            .filter(hazard_event::Column::Action.eq("AUTO_ESCALATE"))
            .count(&app.state.db)
            .await
            .unwrap();
        assert_eq!(autos, 1, "hazard {id}");
    }
}
