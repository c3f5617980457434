//! The period of assessment the page shows: "2026" or "2026-03" as the
//! rules assess. By default the last full month (a month is assessed once
//! it is over) or this year (a year is assessed as it closes, in December).

use crate::api::AssessmentPeriodKind;

/// The default period for rules of `kind` on `today` ("YYYY-MM-DD").
pub fn default_period(kind: AssessmentPeriodKind, today: &str) -> String {
    let (year, month) = year_month(today).unwrap_or((2026, 1));
    match kind {
        AssessmentPeriodKind::Month => {
            let (y, m) = if month == 1 {
                (year - 1, 12)
            } else {
                (year, month - 1)
            };
            format!("{y:04}-{m:02}")
        }
        _ => format!("{year:04}"),
    }
}

/// The period `by` periods from `period` (a month or a year), kept within
/// the years the server takes.
pub fn step(period: &str, by: i32) -> String {
    match year_month(period) {
        Some((y, m)) if period.len() > 4 => {
            let index = (y * 12 + m as i32 - 1 + by).clamp(2000 * 12, 2100 * 12 + 11);
            format!("{:04}-{:02}", index / 12, index % 12 + 1)
        }
        Some((y, _)) => format!("{:04}", (y + by).clamp(2000, 2100)),
        None => period.to_owned(),
    }
}

/// A period the server takes: four digits, or four digits, "-", a month.
pub fn is_valid(period: &str, kind: AssessmentPeriodKind) -> bool {
    let Some((y, _)) = year_month(period) else {
        return false;
    };
    let shape = match kind {
        AssessmentPeriodKind::Month => period.len() == 7,
        _ => period.len() == 4,
    };
    shape && (2000..=2100).contains(&y)
}

/// The first day after the period ("YYYY-MM-DD"), to leave out posts
/// that began after it.
pub fn end(period: &str) -> Option<String> {
    let (y, m) = year_month(period)?;
    Some(if period.len() > 4 {
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        format!("{ny:04}-{nm:02}-01")
    } else {
        format!("{:04}-01-01", y + 1)
    })
}

/// The first day of the period ("YYYY-MM-DD").
pub fn start(period: &str) -> Option<String> {
    let (y, m) = year_month(period)?;
    Some(format!("{y:04}-{m:02}-01"))
}

/// Whether a post from `start_date` to `end_date` (none: still held) was
/// held during some of the period: only those can be assessed for it.
pub fn held_during(period: &str, start_date: &str, end_date: Option<&str>) -> bool {
    let (Some(first), Some(after)) = (start(period), end(period)) else {
        return false;
    };
    start_date < after.as_str() && end_date.is_none_or(|e| e >= first.as_str())
}

/// (year, month) of "YYYY", "YYYY-MM" or "YYYY-MM-DD"; month 1 for a year.
fn year_month(text: &str) -> Option<(i32, u32)> {
    let mut parts = text.split('-');
    let y = parts.next().filter(|y| y.len() == 4)?.parse::<i32>().ok()?;
    let m = match parts.next() {
        Some(m) if m.len() == 2 => m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?,
        Some(_) => return None,
        None => 1,
    };
    Some((y, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use AssessmentPeriodKind::*;

    #[test]
    fn the_default_is_the_last_full_month_or_this_year() {
        assert_eq!(default_period(Month, "2026-03-15"), "2026-02");
        assert_eq!(default_period(Month, "2026-01-02"), "2025-12");
        assert_eq!(default_period(Year, "2026-12-07"), "2026");
        assert_eq!(default_period(Year, "2026-01-01"), "2026");
    }

    #[test]
    fn periods_step_across_years_and_stay_in_range() {
        assert_eq!(step("2026-01", -1), "2025-12");
        assert_eq!(step("2025-12", 1), "2026-01");
        assert_eq!(step("2026", -1), "2025");
        assert_eq!(step("2100", 1), "2100");
        assert_eq!(step("2000-01", -1), "2000-01");
    }

    #[test]
    fn only_the_rules_kind_of_period_is_valid() {
        assert!(is_valid("2026", Year));
        assert!(!is_valid("2026-03", Year));
        assert!(is_valid("2026-03", Month));
        assert!(!is_valid("2026-13", Month));
        assert!(!is_valid("26", Year));
        assert!(!is_valid("1999", Year));
    }

    #[test]
    fn a_post_counts_for_a_period_it_was_held_in() {
        assert_eq!(end("2026").as_deref(), Some("2027-01-01"));
        assert_eq!(end("2026-12").as_deref(), Some("2027-01-01"));
        assert!(held_during("2026", "2026-12-31", None));
        assert!(!held_during("2026", "2027-01-01", None));
        assert!(held_during("2026-03", "2020-01-01", Some("2026-03-01")));
        assert!(!held_during("2026-03", "2020-01-01", Some("2026-02-28")));
    }
}
