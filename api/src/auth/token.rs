//! Short-lived access tokens: HS256 only, with `exp`, `nbf`, `iss` and `aud`
//! all required and checked. The token names the account and the session
//! family; everything else (node, role, disabled) is read from the database
//! on each request.
use crate::error::{AppError, AppResult};
use chrono::Utc;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const ISSUER: &str = "safegrid";
pub const AUDIENCE: &str = "safegrid-api";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    /// Session family: logout or refresh-token reuse revokes it.
    pub sid: Uuid,
    /// The account's session epoch when issued; bumping it kills the token.
    pub epoch: i32,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    pub ttl_minutes: i64,
}

impl TokenKeys {
    pub fn new(secret: &[u8], ttl_minutes: i64) -> AppResult<Self> {
        Ok(Self {
            encoding: EncodingKey::from_secret(secret).map_err(AppError::internal)?,
            decoding: DecodingKey::from_secret(secret).map_err(AppError::internal)?,
            ttl_minutes,
        })
    }

    pub fn issue(&self, account: Uuid, family: Uuid, epoch: i32) -> AppResult<String> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: account,
            sid: family,
            epoch,
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            iat: now,
            nbf: now,
            exp: now + self.ttl_minutes * 60,
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).map_err(AppError::internal)
    }

    pub fn verify(&self, token: &str) -> AppResult<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.validate_nbf = true;
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|_| AppError::Unauthenticated)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_token_signed_with_another_key_is_refused() {
        let ours = TokenKeys::new(b"one key", 15).unwrap();
        let theirs = TokenKeys::new(b"another key", 15).unwrap();
        let token = theirs
            .issue(Uuid::new_v4(), Uuid::new_v4(), 0)
            .unwrap_or_default();
        assert!(ours.verify(&token).is_err());
        let own = ours
            .issue(Uuid::new_v4(), Uuid::new_v4(), 0)
            .unwrap_or_default();
        assert!(ours.verify(&own).is_ok());
    }

    #[test]
    fn an_expired_token_is_refused() {
        let keys = TokenKeys::new(b"k", -10).unwrap();
        let token = keys
            .issue(Uuid::new_v4(), Uuid::new_v4(), 0)
            .unwrap_or_default();
        assert!(keys.verify(&token).is_err());
    }
}
