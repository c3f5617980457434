//! Days in post and the prorated subsidy (按在岗天数折算).
//!
//! An appointment holds its post from `start_date` up to, not including,
//! `end_date` (the successor of a replacement starts on the day the
//! predecessor's term ends, `people::appointments`), so a replacement on a
//! given day splits the year's days between the two exactly.
//!
//! Rounding: each line is rounded down to the fen (`standard × days ÷
//! days of the year`, floored). A post is never paid more than its
//! standard for a year, and a post split between two people loses at most
//! 1 fen per line; totals are the sums of the lines, so they add up exactly.
use chrono::NaiveDate;

/// The days of `year` (365 or 366).
pub fn days_in_year(year: i32) -> i64 {
    match (first_day(year), first_day(year + 1)) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => 365,
    }
}

pub fn first_day(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// Days of `year` within `[start, end)`; a term still running counts to
/// the year's end.
pub fn days_in_post(year: i32, start: NaiveDate, end: Option<NaiveDate>) -> i64 {
    let (Some(from), Some(to)) = (first_day(year), first_day(year + 1)) else {
        return 0;
    };
    let lo = start.max(from);
    let hi = end.map_or(to, |e| e.min(to));
    (hi - lo).num_days().max(0)
}

/// `standard_fen × days ÷ days of the year`, rounded down to the fen.
pub fn prorated(standard_fen: i64, days: i64, year: i32) -> i64 {
    let total = i128::from(days_in_year(year));
    let share = i128::from(standard_fen) * i128::from(days.clamp(0, days_in_year(year))) / total;
    i64::try_from(share).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_replacement_on_a_day_splits_the_year_between_the_two() {
        let on = d(2025, 7, 1);
        let before = days_in_post(2025, d(2018, 5, 20), Some(on));
        let after = days_in_post(2025, on, None);
        assert_eq!((before, after), (181, 184));
        assert_eq!(before + after, days_in_year(2025));
        // 120000 × 181 / 365 = 59506.8… → 59506; × 184 / 365 = 60493.1… → 60493.
        assert_eq!(prorated(120_000, before, 2025), 59_506);
        assert_eq!(prorated(120_000, after, 2025), 60_493);
    }

    #[test]
    fn a_whole_year_is_the_standard_and_no_day_is_nothing() {
        assert_eq!(days_in_year(2024), 366);
        assert_eq!(
            prorated(50_000, days_in_post(2024, d(2018, 1, 1), None), 2024),
            50_000
        );
        assert_eq!(days_in_post(2025, d(2026, 1, 1), None), 0);
        assert_eq!(days_in_post(2025, d(2018, 1, 1), Some(d(2025, 1, 1))), 0);
        assert_eq!(prorated(50_000, 0, 2025), 0);
    }
}
