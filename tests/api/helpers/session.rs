//! Logging in over HTTP, as the web app and dashboards do.
use super::app::{TestApp, DEMO_PASSWORD};
use super::graphql::Answer;
use serde_json::json;

pub const LOGIN: &str = "mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    accessToken refreshToken expiresIn mustChangePassword
    me { id username role node { id name level } }
  }
}";

pub const REFRESH: &str = "mutation Refresh($token: String) {
  refreshSession(refreshToken: $token) { accessToken refreshToken }
}";

pub const ME: &str = "{ me { username role node { id name } } }";

/// One logged-in session.
#[derive(Clone, Debug)]
pub struct Session {
    pub access_token: String,
    pub refresh_token: String,
    /// Id of the account's own node.
    pub node_id: String,
}

impl TestApp {
    /// The raw answer to a login attempt.
    pub async fn try_login(&self, username: &str, password: &str) -> Answer {
        self.graphql(
            None,
            LOGIN,
            json!({ "username": username, "password": password }),
        )
        .await
    }

    /// Logs in and fails the test if that does not work. An account made
    /// by `createAccount` must change its password at first login
    /// (`auth/first_login.rs` tests that); fixtures want a working session
    /// with the password they chose, so this marks the password as changed
    /// in the database, and the session opens everything.
    pub async fn login(&self, username: &str, password: &str) -> Session {
        let answer = self.try_login(username, password).await;
        let login = &answer.data()["login"];
        if login["mustChangePassword"] == true {
            self.mark_password_changed(username).await;
        }
        Session {
            access_token: login["accessToken"]
                .as_str()
                .expect("accessToken")
                .to_string(),
            refresh_token: login["refreshToken"]
                .as_str()
                .expect("refreshToken")
                .to_string(),
            node_id: login["me"]["node"]["id"]
                .as_str()
                .expect("me.node.id")
                .to_string(),
        }
    }

    /// Logs in as one of the demo accounts.
    pub async fn login_demo(&self, username: &str) -> Session {
        self.login(username, DEMO_PASSWORD).await
    }

    /// True when a token still opens the API (`me` answers).
    pub async fn token_works(&self, token: &str) -> bool {
        let answer = self.query(token, ME, json!({})).await;
        answer.status == reqwest::StatusCode::OK
            && answer.body["data"]["me"]["username"].is_string()
    }
}

impl TestApp {
    /// Fixture shortcut: clears "must change password" straight in the
    /// database.
    pub async fn mark_password_changed(&self, username: &str) {
        use entity::account;
        use sea_orm::sea_query::Expr;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        account::Entity::update_many()
            .col_expr(account::Column::MustChangePassword, Expr::value(false))
            .filter(account::Column::Username.eq(username.trim().to_lowercase()))
            .exec(&self.state.db)
            .await
            .expect("clear must_change_password");
    }
}
