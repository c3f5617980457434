//! Sign-in operations. These call [`request`] directly: they are how a
//! token is got, so they cannot go through the refreshing client.

use serde::Deserialize;
use serde_json::json;

use super::{request, ApiError, AuthPayload, Client};

const PAYLOAD: &str = "accessToken me { id username role canEdit canManageAccounts \
                       allowedActions node { id name level levelName } }";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LoginData {
    login: AuthPayload,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RefreshData {
    refresh_session: AuthPayload,
}

pub(super) async fn login(username: &str, password: &str) -> Result<AuthPayload, ApiError> {
    let query = format!(
        "mutation Login($username: String!, $password: String!) \
         {{ login(username: $username, password: $password) {{ {PAYLOAD} }} }}"
    );
    let vars = json!({ "username": username, "password": password });
    let data: LoginData = request(&query, &vars, None, None).await?;
    Ok(data.login)
}

/// Refresh with the `sg_refresh` cookie, which the browser sends itself.
pub(super) async fn refresh_session() -> Result<AuthPayload, ApiError> {
    let query = format!("mutation Refresh {{ refreshSession {{ {PAYLOAD} }} }}");
    let data: RefreshData = request(&query, &json!({}), None, None).await?;
    Ok(data.refresh_session)
}

pub(super) async fn logout(token: Option<&str>) -> Result<bool, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        logout: bool,
    }
    let data: Data = request("mutation Logout { logout }", &json!({}), token, None).await?;
    Ok(data.logout)
}

pub async fn change_password(client: &Client, current: &str, new: &str) -> Result<(), ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        #[allow(dead_code)]
        change_password: bool,
    }
    let query = "mutation ChangePassword($current: String!, $new: String!) \
                 { changePassword(currentPassword: $current, newPassword: $new) }";
    let _: Data = client
        .run(query, json!({ "current": current, "new": new }))
        .await?;
    Ok(())
}
