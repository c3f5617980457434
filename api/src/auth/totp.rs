//! TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, ±1 step of clock
//! drift) through the `totp-rs` crate, and recovery codes. A code is
//! accepted once: the step it matched is stored and later codes must be of
//! a later step. Recovery codes are 80-bit random and single use, so a plain SHA-256 is
//! enough to keep them hashed at rest.
use crate::auth::opaque;
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Utc};
use rand::RngCore;
use totp_rs::{Algorithm, Builder, Secret, Totp};

pub const ISSUER: &str = "SafeGrid";
pub const RECOVERY_CODES: usize = 8;

/// A new random 160-bit secret, base32 as authenticator apps take it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::thread_rng().fill_bytes(&mut bytes);
    Secret::from(bytes.to_vec()).to_base32()
}

fn totp(secret_base32: &str, username: &str) -> AppResult<Totp> {
    let secret = Secret::try_from_base32(secret_base32)
        .map_err(|e| AppError::internal(anyhow::anyhow!("stored TOTP secret: {e}")))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret.as_ref().to_vec())
        .with_issuer(Some(ISSUER))
        .with_account_name(username.replace(':', "_"))
        .build()
        .map_err(|e| AppError::internal(anyhow::anyhow!("TOTP: {e}")))
}

/// `otpauth://totp/SafeGrid:NAME?secret=…&issuer=SafeGrid…` for the app.
pub fn otpauth_uri(secret_base32: &str, username: &str) -> AppResult<String> {
    totp(secret_base32, username)?
        .to_url()
        .map_err(|e| AppError::internal(anyhow::anyhow!("TOTP URI: {e}")))
}

/// The time step a code matches at `now`, if any. Spaces are ignored.
pub fn matching_step(
    secret_base32: &str,
    username: &str,
    code: &str,
    now: DateTime<Utc>,
) -> AppResult<Option<i64>> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let time = u64::try_from(now.timestamp()).unwrap_or(0);
    Ok(totp(secret_base32, username)?
        .check(&code, time)
        .and_then(|step| i64::try_from(step).ok()))
}

/// The code an authenticator shows at `now` (tests and the demo only).
pub fn code_at(secret_base32: &str, username: &str, now: DateTime<Utc>) -> AppResult<String> {
    let time = u64::try_from(now.timestamp()).unwrap_or(0);
    Ok(totp(secret_base32, username)?.generate(time).to_string())
}

/// Fresh recovery codes (`xxxxx-xxxxx-…`, shown once) and their hashes.
pub fn new_recovery_codes() -> Vec<(String, String)> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let raw = opaque::new_secret();
            let code = raw.as_bytes()[..20]
                .chunks(5)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join("-");
            let hash = recovery_hash(&code);
            (code, hash)
        })
        .collect()
}

/// Recovery codes compare without dashes, spaces or case.
pub fn recovery_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    opaque::hash(&normal)
}

/// What a user may type as a second factor: six digits, or a recovery code.
pub fn looks_like_recovery_code(code: &str) -> bool {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).count() == 20
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1: the secret "12345678901234567890" at
    /// T = 59 s gives 94287082; its last six digits are the 6-digit code.
    #[test]
    fn codes_match_the_rfc_6238_test_vector() {
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        let at = DateTime::from_timestamp(59, 0).unwrap_or_default();
        assert_eq!(code_at(&secret, "t", at).ok().as_deref(), Some("287082"));
        assert_eq!(
            matching_step(&secret, "t", "287082", at).ok().flatten(),
            Some(1)
        );
        assert_eq!(
            matching_step(&secret, "t", "287083", at).ok().flatten(),
            None
        );
    }

    #[test]
    fn recovery_codes_are_distinct_and_hash_without_formatting() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let (code, hash) = &codes[0];
        assert!(looks_like_recovery_code(code));
        assert_eq!(&recovery_hash(&code.to_uppercase().replace('-', " ")), hash);
        assert_ne!(codes[0].1, codes[1].1);
    }
}
