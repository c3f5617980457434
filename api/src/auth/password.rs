//! argon2id with the OWASP-recommended minimum (m=19456 KiB, t=2, p=1),
//! always off the async threads: a hash takes tens of milliseconds.
use crate::error::{AppError, AppResult, Key};
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> AppResult<Argon2<'static>> {
    let params =
        Params::new(19_456, 2, 1, None).map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

pub async fn hash_password(password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()?
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))
    })
    .await
    .map_err(AppError::internal)?
}

/// `Ok(false)` for a wrong password; errors only for a corrupt stored hash.
pub async fn verify_password(password: String, stored: String) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed =
            PasswordHash::new(&stored).map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
        Ok(hasher()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(AppError::internal)?
}

/// Too short or too common passwords are refused before hashing; with
/// `complexity` (等保 2.0 asks for it; `SAFEGRID_PASSWORD_COMPLEXITY=1`),
/// also one with fewer than three of: lower case, upper case, digits, others.
pub fn check_policy(password: &str, complexity: bool) -> AppResult<()> {
    const COMMON: [&str; 16] = [
        "12345678",
        "123456789",
        "1234567890",
        "password",
        "password1",
        "11111111",
        "88888888",
        "00000000",
        "qwertyui",
        "qwerty123",
        "abc12345",
        "a1234567",
        "iloveyou",
        "admin123",
        "aa123456",
        "safegrid",
    ];
    let chars = password.chars().count();
    if chars < 8 {
        return Err(AppError::input("password", Key::PasswordTooShort).with("min", 8));
    }
    if chars > 128 {
        return Err(AppError::input("password", Key::PasswordTooLong).with("max", 128));
    }
    if COMMON.contains(&password.to_lowercase().as_str()) {
        return Err(AppError::input("password", Key::PasswordTooCommon));
    }
    if complexity && character_classes(password) < 3 {
        return Err(AppError::input("password", Key::PasswordTooSimple));
    }
    Ok(())
}

fn character_classes(password: &str) -> usize {
    let has = |f: fn(&char) -> bool| password.chars().any(|c| f(&c));
    [
        has(char::is_ascii_lowercase),
        has(char::is_ascii_uppercase),
        has(char::is_ascii_digit),
        has(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|x| **x)
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert!(check_policy("short", false).is_err());
        assert!(check_policy("Password1", false).is_err());
        assert!(check_policy("凤冈安全网格2018", false).is_ok());
    }

    #[test]
    fn the_complexity_rule_wants_three_kinds_of_character_when_configured() {
        assert!(check_policy("fenggangsafety", false).is_ok());
        assert!(check_policy("fenggangsafety", true).is_err());
        assert!(check_policy("fenggang2018", true).is_err());
        assert!(check_policy("Fenggang2018", true).is_ok());
        assert!(check_policy("凤冈安全网格2018x", true).is_ok());
    }

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let hash = hash_password("correct horse".into())
            .await
            .ok()
            .unwrap_or_default();
        assert!(hash.starts_with("$argon2id$"));
        assert_eq!(
            verify_password("correct horse".into(), hash.clone())
                .await
                .ok(),
            Some(true)
        );
        assert_eq!(
            verify_password("wrong horse".into(), hash).await.ok(),
            Some(false)
        );
    }
}
