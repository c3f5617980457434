//! A small GraphQL client over real HTTP, and the answer as the client sees
//! it: status, headers, body.
use super::app::TestApp;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The raw body, for byte-for-byte comparisons.
    pub text: String,
    pub body: Value,
}

impl Answer {
    /// `data`, after checking there were no errors.
    pub fn data(&self) -> &Value {
        assert!(
            self.body.get("errors").is_none() && self.status == StatusCode::OK,
            "expected data, got HTTP {} {}",
            self.status,
            self.text
        );
        &self.body["data"]
    }

    /// The `extensions.code` of every error, in order.
    pub fn error_codes(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        e["extensions"]["code"]
                            .as_str()
                            .unwrap_or("<no code>")
                            .to_string()
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The one error's code, or `None` when the request succeeded.
    pub fn error_code(&self) -> Option<String> {
        self.error_codes().into_iter().next()
    }

    /// The first error's `extensions.key` (what the web app translates).
    pub fn error_key(&self) -> Option<String> {
        self.body["errors"][0]["extensions"]["key"]
            .as_str()
            .map(String::from)
    }

    /// The first error's `extensions.field`.
    pub fn error_field(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["field"].as_str()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl TestApp {
    /// POSTs `{query, variables}` as JSON, with a bearer token if given.
    pub async fn graphql(&self, token: Option<&str>, query: &str, variables: Value) -> Answer {
        let body = json!({ "query": query, "variables": variables });
        let mut request = self
            .http
            .post(self.url("/graphql"))
            .header("Content-Type", "application/json")
            .body(body.to_string());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        answer(request.send().await.expect("send the GraphQL request")).await
    }

    /// As the user who holds `token`.
    pub async fn query(&self, token: &str, query: &str, variables: Value) -> Answer {
        self.graphql(Some(token), query, variables).await
    }
}

pub async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.expect("read the response body");
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        text,
        body,
    }
}
