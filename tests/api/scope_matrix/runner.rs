//! Runs every row of the table for one user against one demo server and
//! reports every wrong cell at once.
use super::operations::{
    listed_ids, with_random_target, Fixtures, Prepared, Target, APPOINTMENT_FIELDS,
    INSPECTION_FIELDS,
};
use super::positions::{self, add_neighbours, Position};
use super::table::{all_rows, field_of, Expect, User, POSITIONS, SESSION_ROWS};
use crate::helpers::session::{LOGIN, REFRESH};
use crate::helpers::{spawn_demo_app, Answer, TestApp, DEMO_PASSWORD};
use entity::grid_node;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

fn subtree_span(level: i16) -> i64 {
    let digits = [2, 4, 6, 9, 12, 15][(level - 1) as usize];
    10_i64.pow(15 - digits) - 1
}

/// The node a record for `field` lives at, for this position (see table.rs).
async fn target(app: &TestApp, field: &str, user: User, position: Position) -> Option<Target> {
    let node = app
        .find_node(positions::code(user, position)?)
        .await
        .expect("a position's node exists");
    if let Some(placed) = super::operations::kinds::place(app, field, &node, position).await {
        return placed;
    }
    if super::liaison_table::AT_GROUPS.contains(&field) {
        return super::liaison_table::group_target(app, node, position).await;
    }
    let at_villages_and_groups =
        APPOINTMENT_FIELDS.contains(&field) || INSPECTION_FIELDS.contains(&field);
    let at_villages = super::programme_table::AT_VILLAGES.contains(&field);
    let at_townships = super::programme_table::AT_TOWNSHIPS.contains(&field)
        || super::scorecards_table::AT_TOWNSHIPS.contains(&field);
    if at_townships && node.level != 4 {
        return None;
    }
    if at_villages && node.level == 6 {
        return None;
    }
    let node = if !(at_villages_and_groups || at_villages) || node.level >= 5 {
        node
    } else if position == Position::Parent {
        return None;
    } else {
        grid_node::Entity::find()
            .filter(
                grid_node::Column::Code.between(node.code, node.code + subtree_span(node.level)),
            )
            .filter(grid_node::Column::Level.eq(if at_villages { 5 } else { 6 }))
            .order_by_asc(grid_node::Column::Code)
            .one(&app.state.db)
            .await
            .unwrap()
            .expect("a villager group below the position")
    };
    Some(Target {
        id: node.id.to_string(),
        name: node.name,
        level: node.level,
    })
}

fn code_of(answer: &Answer) -> Option<String> {
    answer.error_code()
}

async fn check(
    app: &TestApp,
    token: Option<&str>,
    field: &str,
    expect: Expect,
    p: &Prepared,
    answer: &Answer,
) -> Result<(), String> {
    let wanted = match expect {
        Expect::A => None,
        Expect::N => Some("NOT_FOUND"),
        Expect::F => Some("FORBIDDEN"),
        Expect::B => Some("BAD_USER_INPUT"),
        Expect::U => Some("UNAUTHENTICATED"),
        Expect::X => unreachable!("X cells are not run"),
    };
    if code_of(answer).as_deref() != wanted {
        return Err(format!(
            "expected {}, got {}",
            wanted.unwrap_or("success"),
            answer.text
        ));
    }
    match expect {
        Expect::A => {
            let data = &answer.body["data"];
            if data[field].is_null() {
                return Err(format!("no data: {}", answer.text));
            }
            if let Some(record) = &p.record_id {
                let shown = data[field]["id"].as_str() == Some(record)
                    || listed_ids(data, field).contains(record);
                if !shown {
                    return Err(format!(
                        "allowed, but the record {record} is not in the answer: {}",
                        answer.text
                    ));
                }
            }
            // Counts: a list's totalCount is what it lists (pages of 100).
            if let Some(total) = data[field]["totalCount"].as_u64() {
                let listed = listed_ids(data, field).len() as u64;
                if listed != total.min(100) {
                    return Err(format!("totalCount {total} but {listed} listed"));
                }
            }
        }
        Expect::N => {
            let missing = app
                .graphql(
                    token,
                    p.document,
                    with_random_target(&p.vars, p.target_path),
                )
                .await;
            if missing.text != answer.text || missing.status != answer.status {
                return Err(format!(
                    "NOT_FOUND differs from a missing id's:\n      outside: {} {}\n      missing: {} {}",
                    answer.status, answer.text, missing.status, missing.text
                ));
            }
            if let (Some(vars), Some(record)) = (&p.unfiltered, &p.record_id) {
                let list = app.graphql(token, p.document, vars.clone()).await;
                if listed_ids(&list.body["data"], field).contains(record) {
                    return Err(format!(
                        "the record {record} outside the subtree is in the unfiltered list"
                    ));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

async fn check_session_field(
    app: &TestApp,
    fixtures: &Fixtures<'_>,
    field: &str,
    user: User,
) -> Answer {
    let Some(username) = user.username() else {
        return match field {
            "login" => app.try_login("nobody-at-all", "wrong-password").await,
            "refreshSession" => app.graphql(None, REFRESH, json!({})).await,
            "me" => app.graphql(None, "{ me { username } }", json!({})).await,
            "levels" => app.graphql(None, "{ levels { level } }", json!({})).await,
            "sectors" => app.graphql(None, "{ sectors { code } }", json!({})).await,
            "fieldRules" => {
                app.graphql(None, "{ fieldRules { currentMonth } }", json!({}))
                    .await
            }
            "documentKinds" => {
                app.graphql(None, "{ documentKinds { code } }", json!({}))
                    .await
            }
            "campaigns" => app.graphql(None, CAMPAIGNS, json!({})).await,
            "logout" => app.graphql(None, "mutation { logout }", json!({})).await,
            "changePassword" => app.graphql(None, CHANGE_PASSWORD, json!({})).await,
            "loginSecondFactor" => {
                let document = "mutation { loginSecondFactor(secondFactorToken: \"made-up\", code: \"123456\") { accessToken } }";
                app.graphql(None, document, json!({})).await
            }
            "beginTotpEnrollment" => app.graphql(None, BEGIN_TOTP, json!({})).await,
            "confirmTotpEnrollment" => {
                let document = "mutation { confirmTotpEnrollment(code: \"123456\") }";
                app.graphql(None, document, json!({})).await
            }
            "disableTotp" => {
                let document =
                    "mutation { disableTotp(currentPassword: \"whatever-pw\", code: \"123456\") }";
                app.graphql(None, document, json!({})).await
            }
            other => panic!("no session operation for {other}"),
        };
    };
    match field {
        "login" => {
            app.graphql(
                None,
                LOGIN,
                json!({ "username": username, "password": DEMO_PASSWORD }),
            )
            .await
        }
        "me" | "levels" | "sectors" | "fieldRules" | "documentKinds" | "campaigns" | "logout" => {
            let s = app.login_demo(username).await;
            let document = match field {
                "me" => "{ me { username } }",
                "levels" => "{ levels { level } }",
                "sectors" => "{ sectors { code nameZh } }",
                "fieldRules" => "{ fieldRules { currentMonth monthCloseDay } }",
                "documentKinds" => "{ documentKinds { code nameZh } }",
                "campaigns" => CAMPAIGNS,
                _ => "mutation { logout }",
            };
            app.query(&s.access_token, document, json!({})).await
        }
        "refreshSession" => {
            let s = app.login_demo(username).await;
            app.graphql(None, REFRESH, json!({ "token": s.refresh_token }))
                .await
        }
        "changePassword" => {
            // A twin of the demo account, so the demo account keeps its password.
            let s = twin(app, fixtures, user, "twin", 1).await;
            app.query(&s.access_token, CHANGE_PASSWORD, json!({})).await
        }
        "beginTotpEnrollment" => {
            let s = twin(app, fixtures, user, "totp-begin", 2).await;
            app.query(&s.access_token, BEGIN_TOTP, json!({})).await
        }
        "confirmTotpEnrollment" => {
            let name = format!("{username}-totp-confirm");
            let s = twin(app, fixtures, user, "totp-confirm", 3).await;
            let secret = begin_totp(app, &s.access_token).await;
            confirm_totp(app, &s.access_token, &name, &secret).await
        }
        "disableTotp" => {
            let name = format!("{username}-totp-off");
            let s = twin(app, fixtures, user, "totp-off", 4).await;
            let secret = begin_totp(app, &s.access_token).await;
            let confirmed = confirm_totp(app, &s.access_token, &name, &secret).await;
            let recovery = confirmed.data()["confirmTotpEnrollment"][0].clone();
            let document = "mutation($code: String!) { disableTotp(currentPassword: \"双胞胎账号密码-2026\", code: $code) }";
            app.query(&s.access_token, document, json!({ "code": recovery }))
                .await
        }
        "loginSecondFactor" => {
            let name = format!("{username}-totp-login");
            let s = twin(app, fixtures, user, "totp-login", 5).await;
            let secret = begin_totp(app, &s.access_token).await;
            let confirmed = confirm_totp(app, &s.access_token, &name, &secret).await;
            let recovery = confirmed.data()["confirmTotpEnrollment"][0].clone();
            let login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { secondFactorToken } }";
            let first = app
                .graphql(
                    None,
                    login,
                    json!({ "u": name, "p": "双胞胎账号密码-2026" }),
                )
                .await;
            let challenge = first.body["data"]["login"]["secondFactorToken"].clone();
            let document = "mutation($t: String!, $code: String!) { loginSecondFactor(secondFactorToken: $t, code: $code) { accessToken } }";
            app.graphql(None, document, json!({ "t": challenge, "code": recovery }))
                .await
        }
        other => panic!("no session operation for {other}"),
    }
}

const CAMPAIGNS: &str = "{ campaigns { id name setAtName allowedActions } }";

const BEGIN_TOTP: &str = "mutation { beginTotpEnrollment { secret otpauthUri } }";

/// A throw-away twin of the user's demo account (same node and role, its
/// own person), logged in.
async fn twin(
    app: &TestApp,
    fixtures: &Fixtures<'_>,
    user: User,
    suffix: &str,
    n: u32,
) -> crate::helpers::Session {
    let node = app
        .node_id(positions::code(user, Position::Own).unwrap())
        .await;
    let name = format!("{}-{suffix}", user.username().unwrap());
    let person = json!({ "name": format!("双胞胎{n}"), "phone": format!("1770000{n:04}") });
    let input = json!({ "username": name, "password": "双胞胎账号密码-2026", "nodeId": node, "role": user.role(), "newPerson": person });
    app.query(
        &fixtures.root.access_token,
        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
        json!({ "input": input }),
    )
    .await
    .data();
    app.login(&name, "双胞胎账号密码-2026").await
}

async fn begin_totp(app: &TestApp, token: &str) -> String {
    let begun = app.query(token, BEGIN_TOTP, json!({})).await;
    begun.data()["beginTotpEnrollment"]["secret"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn confirm_totp(app: &TestApp, token: &str, username: &str, secret: &str) -> Answer {
    let code = api::auth::totp::code_at(secret, username, chrono::Utc::now()).unwrap();
    app.query(
        token,
        "mutation($code: String!) { confirmTotpEnrollment(code: $code) }",
        json!({ "code": code }),
    )
    .await
}

const CHANGE_PASSWORD: &str =
    "mutation { changePassword(currentPassword: \"双胞胎账号密码-2026\", newPassword: \"换了新的密码-2026\") }";

/// Runs the user's rows; panics listing every cell that answered wrongly.
pub async fn run_matrix_for(user: User) {
    let app = spawn_demo_app().await;
    let root = app.root().await;
    add_neighbours(&app, &root).await;
    let home = target(&app, "node", user, Position::Own)
        .await
        .expect("every user has a node");
    let fixtures = Fixtures::new(&app, &root, home, user.username());
    let token = match user.username() {
        Some(u) => Some(app.login_demo(u).await.access_token),
        None => None,
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in all_rows().filter(|r| r.user == user) {
        for (position, expect) in POSITIONS.iter().zip(row.expect) {
            let where_ = format!(
                "{} as {user:?} at {position:?} ({:?})",
                row.field,
                positions::code(user, *position)
            );
            let Some(node) = target(&app, row.field, user, *position).await else {
                if expect != Expect::X {
                    failures.push(format!(
                        "{where_}: the table expects {expect:?} but there is no such node"
                    ));
                }
                continue;
            };
            if expect == Expect::X {
                failures.push(format!(
                    "{where_}: the table says X but the node exists; give it a row"
                ));
                continue;
            }
            let prepared = fixtures.prepare(row.field, &node).await;
            let answer = app
                .graphql(token.as_deref(), prepared.document, prepared.vars.clone())
                .await;
            if let Err(e) = check(
                &app,
                token.as_deref(),
                field_of(row.field),
                expect,
                &prepared,
                &answer,
            )
            .await
            {
                failures.push(format!("{where_}: {e}"));
            }
            checked += 1;
        }
    }
    for (field, _, expect) in SESSION_ROWS.iter().filter(|(_, u, _)| *u == user) {
        let answer = check_session_field(&app, &fixtures, field, user).await;
        let ok = match expect {
            Expect::A => answer.error_code().is_none() && !answer.body["data"][field].is_null(),
            Expect::U => answer.error_code().as_deref() == Some("UNAUTHENTICATED"),
            other => panic!("session rows expect A or U, not {other:?}"),
        };
        if !ok {
            failures.push(format!(
                "{field} as {user:?}: expected {expect:?}, got {}",
                answer.text
            ));
        }
        checked += 1;
    }
    assert!(checked > 0, "no cells for {user:?}");
    assert!(
        failures.is_empty(),
        "{} of {checked} cells wrong for {user:?}:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    eprintln!("{user:?}: {checked} cells checked");
}
