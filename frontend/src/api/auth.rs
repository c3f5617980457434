//! Sign-in operations. These call [`request`] directly: they are how a
//! token is got, so they cannot go through the refreshing client.

use serde::Deserialize;
use serde_json::json;

use super::{request, ApiError, AuthPayload, Client, Me};

const ME: &str = "id username role canEdit canManageAccounts allowedActions mustChangePassword \
                  totpEnabled totpRequired node { id name level levelName }";

fn payload_fields() -> String {
    format!("accessToken secondFactorRequired secondFactorToken me {{ {ME} }}")
}

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
         {{ login(username: $username, password: $password) {{ {} }} }}",
        payload_fields()
    );
    let vars = json!({ "username": username, "password": password });
    let data: LoginData = request(&query, &vars, None, None).await?;
    Ok(data.login)
}

/// Refresh with the `sg_refresh` cookie, which the browser sends itself.
pub(super) async fn refresh_session() -> Result<AuthPayload, ApiError> {
    let query = format!(
        "mutation Refresh {{ refreshSession {{ {} }} }}",
        payload_fields()
    );
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

/// The second login step: the token from `login` and a code.
pub(super) async fn login_second_factor(token: &str, code: &str) -> Result<AuthPayload, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        login_second_factor: AuthPayload,
    }
    let query = format!(
        "mutation SecondFactor($token: String!, $code: String!) \
         {{ loginSecondFactor(secondFactorToken: $token, code: $code) {{ {} }} }}",
        payload_fields()
    );
    let vars = json!({ "token": token, "code": code });
    let data: Data = request(&query, &vars, None, None).await?;
    Ok(data.login_second_factor)
}

/// The caller as the server sees them now (after turning TOTP on).
pub(super) async fn me(client: &Client) -> Result<Me, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        me: Me,
    }
    let data: Data = client
        .run(&format!("{{ me {{ {ME} }} }}"), json!({}))
        .await?;
    Ok(data.me)
}

/// A new TOTP secret and its `otpauth://` URI, pending until confirmed.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TotpEnrollment {
    pub secret: String,
    pub otpauth_uri: String,
}

pub async fn begin_totp_enrollment(client: &Client) -> Result<TotpEnrollment, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        begin_totp_enrollment: TotpEnrollment,
    }
    let query = "mutation BeginTotp { beginTotpEnrollment { secret otpauthUri } }";
    let data: Data = client.run(query, json!({})).await?;
    Ok(data.begin_totp_enrollment)
}

/// Turns TOTP on with a first code; answers the recovery codes.
pub async fn confirm_totp_enrollment(client: &Client, code: &str) -> Result<Vec<String>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        confirm_totp_enrollment: Vec<String>,
    }
    let query = "mutation ConfirmTotp($code: String!) { confirmTotpEnrollment(code: $code) }";
    let data: Data = client.run(query, json!({ "code": code })).await?;
    Ok(data.confirm_totp_enrollment)
}

pub async fn disable_totp(client: &Client, password: &str, code: &str) -> Result<(), ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        #[allow(dead_code)]
        disable_totp: bool,
    }
    let query = "mutation DisableTotp($password: String!, $code: String!) \
                 { disableTotp(currentPassword: $password, code: $code) }";
    let _: Data = client
        .run(query, json!({ "password": password, "code": code }))
        .await?;
    Ok(())
}
