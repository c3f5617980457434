//! Validation at the edge: text that reaches the services is trimmed,
//! bounded and well-formed, or the caller gets BAD_USER_INPUT naming the field.
use crate::error::{AppError, AppResult, Key};
use chrono::{Datelike, NaiveDate};

pub fn max_chars(field: &'static str, text: &str, max: usize) -> AppResult<()> {
    if text.chars().count() > max {
        return Err(AppError::input(field, Key::InputTooLong).with("max", max));
    }
    Ok(())
}

/// A display name: trimmed, not empty, bounded, no control characters.
pub fn name(field: &'static str, text: &str, max: usize) -> AppResult<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::input(field, Key::InputEmpty));
    }
    max_chars(field, text, max)?;
    if text.chars().any(char::is_control) {
        return Err(AppError::input(field, Key::InputControlCharacters));
    }
    Ok(text.to_string())
}

/// A mainland Chinese mobile number: 11 digits, 1[3-9]xxxxxxxxx.
/// Spaces, dashes and a +86 prefix are accepted and removed.
pub fn mobile_phone(field: &'static str, text: &str) -> AppResult<String> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = digits.strip_prefix("+86").unwrap_or(&digits);
    let bytes = digits.as_bytes();
    let ok = bytes.len() == 11
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes[0] == b'1'
        && (b'3'..=b'9').contains(&bytes[1]);
    if ok {
        Ok(digits.to_string())
    } else {
        Err(AppError::input(field, Key::InputPhone))
    }
}

/// An 18-character resident ID number (GB 11643-1999): a 6-digit region, a
/// real birth date, a 3-digit sequence and the ISO 7064 MOD 11-2 check
/// character (0-9 or X), born by `today` (the configured clock's day).
pub fn id_number(field: &'static str, text: &str, today: NaiveDate) -> AppResult<String> {
    let upper = text.trim().to_ascii_uppercase();
    let bad = || AppError::input(field, Key::InputIdNumber);
    let chars: Vec<char> = upper.chars().collect();
    if chars.len() != 18 || !chars[..17].iter().all(char::is_ascii_digit) {
        return Err(bad());
    }
    if id_check_char(&upper[..17]) != Some(chars[17]) {
        return Err(bad());
    }
    let birth = NaiveDate::parse_from_str(&upper[6..14], "%Y%m%d").map_err(|_| bad())?;
    if birth.year() < 1900 || birth > today {
        return Err(bad());
    }
    Ok(upper)
}

/// The GB 11643 check character for the first 17 digits.
pub fn id_check_char(first17: &str) -> Option<char> {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += c.to_digit(10)? * w;
    }
    Some(CHECK[(sum % 11) as usize])
}

/// Dates of appointments and training: not before the 2000s, not more than a
/// year ahead of `today` (the configured clock's day; a typo like 2108 is
/// caught).
pub fn work_date(field: &'static str, date: NaiveDate, today: NaiveDate) -> AppResult<NaiveDate> {
    let earliest = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    if date < earliest || date > today + chrono::Duration::days(366) {
        return Err(AppError::input(field, Key::InputDateOutOfRange));
    }
    Ok(date)
}

/// Shows the first three and last four digits of a phone number.
pub fn mask_phone(phone: &str) -> String {
    mask(phone, 3, 4)
}

/// Shows the region code's first four and the last four characters.
pub fn mask_id_number(id: &str) -> String {
    mask(id, 4, 4)
}

fn mask(text: &str, keep_start: usize, keep_end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= keep_start + keep_end {
        return "*".repeat(chars.len());
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < keep_start || i >= chars.len() - keep_end {
                *c
            } else {
                '*'
            }
        })
        .collect()
}

/// Free text with line breaks: trimmed, not empty, bounded, no other
/// control characters.
pub fn text(field: &'static str, text: &str, max: usize) -> AppResult<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::input(field, Key::InputEmpty));
    }
    max_chars(field, text, max)?;
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(AppError::input(field, Key::InputControlCharacters));
    }
    Ok(text.to_string())
}

/// A position from the phone, checked.
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
                return Err(AppError::input("latitude", Key::InputLatitudeRange));
            }
            if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
                return Err(AppError::input("longitude", Key::InputLongitudeRange));
            }
        }
        (None, None) => {}
        (Some(_), None) => return Err(AppError::input("longitude", Key::InputCoordinatesTogether)),
        (None, Some(_)) => return Err(AppError::input("latitude", Key::InputCoordinatesTogether)),
    }
    if let Some(a) = accuracy_m {
        if !a.is_finite() || !(0.0..=100_000.0).contains(&a) {
            return Err(AppError::input("accuracyM", Key::InputAccuracyRange));
        }
    }
    Ok(Position {
        latitude,
        longitude,
        accuracy_m,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn mobile_numbers_need_eleven_digits_starting_1_3_to_9() {
        assert_eq!(
            mobile_phone("p", "138 0013 8000").ok().as_deref(),
            Some("13800138000")
        );
        assert_eq!(
            mobile_phone("p", "+8619912345678").ok().as_deref(),
            Some("19912345678")
        );
        assert!(mobile_phone("p", "12800138000").is_err());
        assert!(mobile_phone("p", "1380013800").is_err());
        assert!(mobile_phone("p", "0851-25228033").is_err());
    }

    #[test]
    fn id_numbers_carry_the_gb11643_check_character() {
        // The standard's own example number.
        assert_eq!(
            id_number("i", "11010519491231002x", day()).ok().as_deref(),
            Some("11010519491231002X")
        );
        assert!(id_number("i", "110105194912310021", day()).is_err());
        assert!(id_number("i", "11010519491331002X", day()).is_err()); // month 13
        assert!(id_number("i", "1101051949123100", day()).is_err());
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
    }

    #[test]
    fn birth_dates_and_work_dates_are_judged_by_the_given_day() {
        // Born 2026-11-30: valid from that day on, not the day before.
        let first17 = "52032720261130001";
        let full = format!("{first17}{}", id_check_char(first17).unwrap_or('?'));
        let nov = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
        assert!(id_number("i", &full, nov(30)).is_ok());
        assert!(id_number("i", &full, nov(29)).is_err());
        // A year and a day ahead of the given day is a typo.
        let far = NaiveDate::from_ymd_opt(2027, 12, 4).unwrap_or_default();
        assert!(work_date("d", far, day()).is_err());
        assert!(work_date("d", far, far).is_ok());
    }

    #[test]
    fn masks_keep_only_the_ends() {
        assert_eq!(mask_phone("13800138000"), "138****8000");
        assert_eq!(mask_id_number("11010519491231002X"), "1101**********002X");
    }

    proptest! {
        #[test]
        fn any_17_digits_with_their_check_char_and_a_real_birthday_are_accepted(
            region in 110000u32..660000, y in 1930i32..2005, m in 1u32..13, d in 1u32..29, seq in 0u32..1000
        ) {
            let first17 = format!("{region:06}{y:04}{m:02}{d:02}{seq:03}");
            let check = id_check_char(&first17).unwrap_or('?');
            let full = format!("{first17}{check}");
            prop_assert!(id_number("i", &full, day()).is_ok());
            // Any other check character is refused.
            for other in ['0','1','2','3','4','5','6','7','8','9','X'] {
                if other != check {
                    let wrong = format!("{first17}{other}");
                    prop_assert!(id_number("i", &wrong, day()).is_err());
                }
            }
        }

        #[test]
        fn the_phone_validator_never_panics_and_accepts_only_11_digits(s in ".{0,20}") {
            if let Ok(p) = mobile_phone("p", &s) {
                prop_assert_eq!(p.len(), 11);
                prop_assert!(p.chars().all(|c| c.is_ascii_digit()));
            }
        }
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
