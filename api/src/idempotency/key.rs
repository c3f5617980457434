//! The key a client sends with a create, so that sending it again (a phone
//! that missed the answer) finds the first record instead of making another.
use crate::error::{AppError, AppResult, Key};

/// 8–64 ASCII letters, digits, `-` or `_` (a UUID fits): checked once, here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub fn parse(text: &str) -> AppResult<Self> {
        let ok = (8..=64).contains(&text.len())
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
        if ok {
            Ok(Self(text.to_string()))
        } else {
            Err(AppError::input("idempotencyKey", Key::InputIdempotencyKey)
                .with("min", 8)
                .with("max", 64))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<IdempotencyKey> for String {
    fn from(key: IdempotencyKey) -> Self {
        key.0
    }
}

impl AsRef<str> for IdempotencyKey {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_bounded_and_plain() {
        assert!(IdempotencyKey::parse("abcd-123_XY").is_ok());
        for bad in [
            "short",
            "has space 123",
            "引号引号引号引号",
            &"x".repeat(65),
        ] {
            assert!(IdempotencyKey::parse(bad).is_err(), "{bad}");
        }
    }
}
