//! Validation of what a phone sends, before anything touches the database:
//! each rule answers BAD_USER_INPUT naming the field, so the app can point
//! at it.
use crate::error::{AppError, AppResult, Key};
use chrono::{DateTime, Duration, Utc};

pub const MAX_NOTES: usize = 2000;
pub const MAX_SECTORS: usize = 20;
pub const MAX_REASON: usize = 500;
/// Phones' clocks drift; a record a few minutes "ahead" is still honest.
pub const CLOCK_SKEW: Duration = Duration::minutes(5);

/// 1–20 distinct codes, each one of `active`; kept in the order given.
pub fn sectors(codes: &[String], active: &[String]) -> AppResult<Vec<String>> {
    if codes.is_empty() || codes.len() > MAX_SECTORS {
        return Err(AppError::input("sectors", Key::InspectionSectorCount).with("max", MAX_SECTORS));
    }
    let mut out: Vec<String> = Vec::with_capacity(codes.len());
    for code in codes {
        let code = code.trim();
        if !active.iter().any(|a| a == code) {
            return Err(AppError::input("sectors", Key::InspectionSectorUnknown));
        }
        if out.iter().any(|c| c == code) {
            return Err(AppError::input("sectors", Key::InspectionSectorRepeated));
        }
        out.push(code.to_string());
    }
    Ok(out)
}

/// Not in the future (beyond the clock skew a phone may have).
pub fn occurred_at(at: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<DateTime<Utc>> {
    if at > now + CLOCK_SKEW {
        return Err(AppError::input("occurredAt", Key::InspectionInFuture));
    }
    // Stored to the second: the same value round-trips through both databases.
    Ok(DateTime::from_timestamp(at.timestamp(), 0).unwrap_or(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectors_must_be_active_distinct_and_bounded() {
        let active = vec!["FIRE".to_string(), "WATER".to_string()];
        assert!(sectors(&["FIRE".into()], &active).is_ok());
        assert!(sectors(&[], &active).is_err());
        assert!(sectors(&["FIRE".into(), "FIRE".into()], &active).is_err());
        assert!(sectors(&["GAS".into()], &active).is_err());
    }
}
