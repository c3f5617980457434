//! Read-only dashboard tokens bound to a node: list, create, revoke.

use serde::Deserialize;
use serde_json::json;

use super::{ApiError, Client, Connection, NodeName};

pub const TOKEN_PAGE_SIZE: i64 = 50;

const TOKEN_FIELDS: &str =
    "id name createdAt expiresAt revokedAt lastUsedAt node { id name level levelName }";

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiToken {
    pub id: String,
    pub name: String,
    pub node: NodeName,
    pub created_at: String,
    pub expires_at: Option<String>,
    pub revoked_at: Option<String>,
    pub last_used_at: Option<String>,
}

/// What `createApiToken` answers: the secret, shown this once.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedApiToken {
    pub token: String,
    pub api_token: ApiToken,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NewApiToken {
    pub name: String,
    pub node_id: String,
    /// RFC 3339; `None` never expires.
    pub expires_at: Option<String>,
}

pub async fn api_tokens(
    client: &Client,
    under: &str,
    after: Option<String>,
) -> Result<Connection<ApiToken>, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        api_tokens: Connection<ApiToken>,
    }
    let query = format!(
        "query ApiTokens($under: ID, $first: Int!, $after: String) {{ \
         apiTokens(under: $under, first: $first, after: $after) {{ totalCount \
         pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {TOKEN_FIELDS} }} }} }} }}"
    );
    let vars = json!({ "under": under, "first": TOKEN_PAGE_SIZE, "after": after });
    let data: Data = client.run(&query, vars).await?;
    Ok(data.api_tokens)
}

pub async fn create_api_token(
    client: &Client,
    input: &NewApiToken,
) -> Result<CreatedApiToken, ApiError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Data {
        create_api_token: CreatedApiToken,
    }
    let query = format!(
        "mutation CreateApiToken($input: CreateApiTokenInput!) {{ \
         createApiToken(input: $input) {{ token apiToken {{ {TOKEN_FIELDS} }} }} }}"
    );
    let vars = json!({ "input": {
        "name": input.name, "nodeId": input.node_id, "expiresAt": input.expires_at } });
    let data: Data = client.run(&query, vars).await?;
    Ok(data.create_api_token)
}

pub async fn revoke_api_token(client: &Client, id: &str) -> Result<(), ApiError> {
    let query = "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }";
    let _: serde_json::Value = client.run(query, json!({ "id": id })).await?;
    Ok(())
}
