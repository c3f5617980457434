//! Validation of what a phone sends, before anything touches the database:
//! each rule answers BAD_USER_INPUT naming the field, so the app can point
//! at it.
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};

pub const MAX_NOTES: usize = 2000;
pub const MAX_SECTORS: usize = 20;
pub const MAX_REASON: usize = 500;
/// Phones' clocks drift; a record a few minutes "ahead" is still honest.
pub const CLOCK_SKEW: Duration = Duration::minutes(5);

/// 8–64 characters of [A-Za-z0-9-_]: long enough to be unique per phone,
/// short enough for the indexed column.
pub fn idempotency_key(text: &str) -> AppResult<String> {
    let ok = (8..=64).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
    if ok {
        Ok(text.to_string())
    } else {
        Err(AppError::bad_input(
            "idempotencyKey",
            "幂等键须为 8–64 位字母、数字、- 或 _ (8–64 letters, digits, - or _)",
        ))
    }
}

/// Free text with line breaks: trimmed, not empty, bounded, no other
/// control characters.
pub fn text(field: &'static str, text: &str, max: usize) -> AppResult<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::bad_input(field, "不能为空 (must not be empty)"));
    }
    crate::validate::max_chars(field, text, max)?;
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::bad_input(
            field,
            "包含无效字符 (contains control characters)",
        ));
    }
    Ok(text.to_string())
}

/// 1–20 distinct codes, each one of `active`; kept in the order given.
pub fn sectors(codes: &[String], active: &[String]) -> AppResult<Vec<String>> {
    if codes.is_empty() || codes.len() > MAX_SECTORS {
        return Err(AppError::bad_input(
            "sectors",
            format!("请选择 1 到 {MAX_SECTORS} 个检查领域 (choose 1 to {MAX_SECTORS} sectors)"),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(codes.len());
    for code in codes {
        let code = code.trim();
        if !active.iter().any(|a| a == code) {
            return Err(AppError::bad_input(
                "sectors",
                "未知或已停用的检查领域 (unknown or inactive sector)",
            ));
        }
        if out.iter().any(|c| c == code) {
            return Err(AppError::bad_input(
                "sectors",
                "检查领域重复 (a sector is listed twice)",
            ));
        }
        out.push(code.to_string());
    }
    Ok(out)
}

pub struct Position {
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accuracy_m: Option<f64>,
}

/// Latitude and longitude come together and on the globe; accuracy is a
/// non-negative radius (a phone never claims more than 100 km).
pub fn position(
    latitude: Option<f64>,
    longitude: Option<f64>,
    accuracy_m: Option<f64>,
) -> AppResult<Position> {
    match (latitude, longitude) {
        (Some(lat), Some(lon)) => {
            if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
                return Err(AppError::bad_input(
                    "latitude",
                    "纬度须在 -90 到 90 之间 (latitude out of range)",
                ));
            }
            if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
                return Err(AppError::bad_input(
                    "longitude",
                    "经度须在 -180 到 180 之间 (longitude out of range)",
                ));
            }
        }
        (None, None) => {}
        (Some(_), None) => {
            return Err(AppError::bad_input(
                "longitude",
                "经纬度须同时提供 (latitude and longitude go together)",
            ))
        }
        (None, Some(_)) => {
            return Err(AppError::bad_input(
                "latitude",
                "经纬度须同时提供 (latitude and longitude go together)",
            ))
        }
    }
    if let Some(a) = accuracy_m {
        if !a.is_finite() || !(0.0..=100_000.0).contains(&a) {
            return Err(AppError::bad_input(
                "accuracyM",
                "定位精度无效 (accuracy out of range)",
            ));
        }
    }
    Ok(Position {
        latitude,
        longitude,
        accuracy_m,
    })
}

/// Not in the future (beyond the clock skew a phone may have).
pub fn occurred_at(at: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<DateTime<Utc>> {
    if at > now + CLOCK_SKEW {
        return Err(AppError::bad_input(
            "occurredAt",
            "检查时间不能晚于当前时间 (occurredAt is in the future)",
        ));
    }
    // Stored to the second: the same value round-trips through both databases.
    Ok(DateTime::from_timestamp(at.timestamp(), 0).unwrap_or(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idempotency_keys_are_bounded_and_plain() {
        assert!(idempotency_key("abcd-123_XY").is_ok());
        for bad in [
            "short",
            "has space 123",
            "引号引号引号引号",
            &"x".repeat(65),
        ] {
            assert!(idempotency_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sectors_must_be_active_distinct_and_bounded() {
        let active = vec!["FIRE".to_string(), "WATER".to_string()];
        assert!(sectors(&["FIRE".into()], &active).is_ok());
        assert!(sectors(&[], &active).is_err());
        assert!(sectors(&["FIRE".into(), "FIRE".into()], &active).is_err());
        assert!(sectors(&["GAS".into()], &active).is_err());
    }

    #[test]
    fn coordinates_come_in_pairs_on_the_globe() {
        assert!(position(Some(27.9), Some(107.7), Some(12.0)).is_ok());
        assert!(position(Some(27.9), None, None).is_err());
        assert!(position(Some(91.0), Some(107.7), None).is_err());
        assert!(position(Some(f64::NAN), Some(107.7), None).is_err());
        assert!(position(None, None, Some(-1.0)).is_err());
    }
}
