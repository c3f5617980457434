//! Forged access tokens: what an attacker could send. They start from a
//! real token's claims so that only the one thing under test is wrong.
use super::app::TestApp;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde_json::Value;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url, as JWTs use it.
pub fn b64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

pub fn b64url_decode(text: &str) -> Vec<u8> {
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let Some(v) = B64.iter().position(|b| *b == c) else {
            continue;
        };
        bits = (bits << 6) | v as u32;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    out
}

/// The claims of a token, read without checking anything.
pub fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT has three parts");
    serde_json::from_slice(&b64url_decode(payload)).expect("JSON claims")
}

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A token signed with `secret` using `alg`.
pub fn sign(claims: &Value, secret: &[u8], alg: Algorithm) -> String {
    let key = EncodingKey::from_secret(secret).expect("an HMAC key");
    encode(&Header::new(alg), claims, &key).expect("sign a token")
}

/// `{"alg":"none"}` with an empty signature.
pub fn unsigned(claims: &Value) -> String {
    let header = b64url(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = b64url(claims.to_string().as_bytes());
    format!("{header}.{payload}.")
}

impl TestApp {
    /// A token signed with the server's own key: valid unless the claims
    /// say otherwise.
    pub fn sign_with_server_key(&self, claims: &Value) -> String {
        sign(claims, self.jwt_secret.as_bytes(), Algorithm::HS256)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips() {
        for text in ["", "a", "ab", "abc", "abcd", "{\"alg\":\"none\"}"] {
            assert_eq!(b64url_decode(&b64url(text.as_bytes())), text.as_bytes());
        }
        assert_eq!(b64url(b"\xfb\xff"), "-_8");
    }
}
