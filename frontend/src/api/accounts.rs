//! Login accounts below a node.

use serde::Deserialize;
use serde_json::json;

use super::grid::IdOf;
use super::{AccountItem, ApiError, Client, Connection, NewPerson, Role};

pub const ACCOUNT_PAGE_SIZE: i64 = 50;

pub async fn accounts(
    client: &Client,
    under: &str,
    after: Option<String>,
) -> Result<Connection<AccountItem>, ApiError> {
    #[derive(Deserialize)]
    struct Data {
        accounts: Connection<AccountItem>,
    }
    let query = "query Accounts($under: ID, $first: Int!, $after: String) { \
        accounts(under: $under, first: $first, after: $after) { totalCount \
        pageInfo { hasNextPage endCursor } \
        edges { node { id username role disabled createdAt mustChangePassword person { id name } \
        node { id name level levelName } } } } }";
    let vars = json!({ "under": under, "first": ACCOUNT_PAGE_SIZE, "after": after });
    let data: Data = client.run(query, vars).await?;
    Ok(data.accounts)
}

#[derive(Clone, Debug, PartialEq)]
pub struct NewAccount {
    pub username: String,
    pub password: String,
    pub node_id: String,
    pub role: Role,
    /// Every account belongs to a person: here a new one.
    pub person: NewPerson,
}

pub async fn create_account(client: &Client, account: &NewAccount) -> Result<String, ApiError> {
    let query = "mutation CreateAccount($input: CreateAccountInput!) \
                 { createAccount(input: $input) { id } }";
    let vars = json!({ "input": {
        "username": account.username, "password": account.password,
        "nodeId": account.node_id, "role": account.role, "newPerson": account.person } });
    let data: IdOf = client.run(query, vars).await?;
    data.id_of("createAccount")
}

pub async fn set_account_disabled(
    client: &Client,
    id: &str,
    disabled: bool,
) -> Result<(), ApiError> {
    let query = "mutation SetDisabled($id: ID!, $disabled: Boolean!) \
                 { setAccountDisabled(id: $id, disabled: $disabled) { id disabled } }";
    let _: IdOf = client
        .run(query, json!({ "id": id, "disabled": disabled }))
        .await?;
    Ok(())
}

/// Sets a new password for someone else's account; its sessions end.
pub async fn reset_account_password(
    client: &Client,
    id: &str,
    new_password: &str,
) -> Result<(), ApiError> {
    let query = "mutation ResetPassword($id: ID!, $password: String!) \
                 { resetAccountPassword(id: $id, newPassword: $password) { id } }";
    let _: IdOf = client
        .run(query, json!({ "id": id, "password": new_password }))
        .await?;
    Ok(())
}

/// Moves an account to another node; its sessions end.
pub async fn move_account(client: &Client, id: &str, node_id: &str) -> Result<(), ApiError> {
    let query = "mutation MoveAccount($id: ID!, $nodeId: ID!) \
                 { moveAccount(id: $id, nodeId: $nodeId) { id node { id } } }";
    let _: IdOf = client
        .run(query, json!({ "id": id, "nodeId": node_id }))
        .await?;
    Ok(())
}

/// Links an account to a new person (only from above the account's node).
pub async fn set_account_person(
    client: &Client,
    id: &str,
    person: &NewPerson,
) -> Result<(), ApiError> {
    let query = "mutation SetPerson($id: ID!, $person: PersonInput) \
                 { setAccountPerson(id: $id, newPerson: $person) { id person { id name } } }";
    let _: IdOf = client
        .run(query, json!({ "id": id, "person": person }))
        .await?;
    Ok(())
}
