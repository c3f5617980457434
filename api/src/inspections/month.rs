//! Months as the county counts them: "YYYY-MM" in China time. A month's
//! records stay open for late entries until the end of `month_close_day` of
//! the next month, then lock (corrections need a reason from then on).
use crate::clock::china;
use crate::error::{AppError, AppResult, Key};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};

#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    first: NaiveDate,
}

impl Month {
    /// Strictly "YYYY-MM", years 2000–2100: anything else is BAD_USER_INPUT
    /// on `field`, so a typo never silently means another month.
    pub fn parse(field: &'static str, text: &str) -> AppResult<Month> {
        let bad = || AppError::input(field, Key::InputMonthFormat);
        let text = text.trim();
        let (y, m) = text.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 || !(y.chars().chain(m.chars())).all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(2000..=2100).contains(&year) {
            return Err(bad());
        }
        NaiveDate::from_ymd_opt(year, month, 1)
            .map(|first| Month { first })
            .ok_or_else(bad)
    }

    pub fn of(day: NaiveDate) -> Month {
        Month {
            first: day.with_day(1).unwrap_or(day),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    pub fn next(self) -> Month {
        Month {
            first: self
                .first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(NaiveDate::MAX),
        }
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first - Duration::days(1)
    }

    /// The month's first instant and the next month's, in UTC.
    pub fn instants(self) -> (DateTime<Utc>, DateTime<Utc>) {
        (start_of(self.first), start_of(self.next().first))
    }

    /// The last day on which this month's records may still be entered.
    pub fn close_date(self, close_day: u32) -> NaiveDate {
        self.next().first + Duration::days(i64::from(close_day.clamp(1, 28)) - 1)
    }

    /// Closed: late records refused, corrections need a reason.
    pub fn locked(self, today: NaiveDate, close_day: u32) -> bool {
        today > self.close_date(close_day)
    }

    /// The month a table opens on by default: last month until its close
    /// day (late records still come in, and early in a month everyone
    /// would look behind), this month from then on.
    pub fn default_for(today: NaiveDate, close_day: u32) -> Month {
        let this = Month::of(today);
        let last = Month::of(this.first - Duration::days(1));
        if today <= last.close_date(close_day) {
            last
        } else {
            this
        }
    }

    /// The month has not ended yet (quotas can still be met).
    pub fn running(self, today: NaiveDate) -> bool {
        today <= self.last_day()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.first.year(), self.first.month())
    }
}

/// The first instant of a China-time day, in UTC.
pub fn start_of(day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    china()
        .from_local_datetime(&midnight)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// The China-time day of an instant.
pub fn china_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&china()).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn only_well_formed_months_parse() {
        assert_eq!(
            Month::parse("month", "2026-11").map(|m| m.to_string()).ok(),
            Some("2026-11".into())
        );
        for bad in [
            "2026-13", "2026-1", "26-11", "2026/11", "2026-00", "1999-12", "abcd-ef", "",
        ] {
            assert!(Month::parse("month", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tables_open_on_last_month_until_its_close_day() {
        let day = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap();
        let at = |t: &str| Month::default_for(day(t), 5).to_string();
        assert_eq!(at("2026-12-02"), "2026-11");
        assert_eq!(at("2026-12-05"), "2026-11");
        assert_eq!(at("2026-12-06"), "2026-12");
        assert_eq!(at("2027-01-03"), "2026-12");
        assert_eq!(at("2026-12-31"), "2026-12");
    }

    #[test]
    fn december_runs_into_january_and_locks_after_the_close_day() {
        let m = Month::parse("month", "2026-12").unwrap_or(Month::of(d(2026, 12, 1)));
        assert_eq!(m.last_day(), d(2026, 12, 31));
        assert_eq!(m.close_date(5), d(2027, 1, 5));
        assert!(!m.locked(d(2027, 1, 5), 5));
        assert!(m.locked(d(2027, 1, 6), 5));
        assert!(m.running(d(2026, 12, 31)));
        assert!(!m.running(d(2027, 1, 1)));
    }

    #[test]
    fn a_month_starts_at_midnight_china_time() {
        let (start, end) = Month::of(d(2026, 11, 15)).instants();
        assert_eq!(start.to_rfc3339(), "2026-10-31T16:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2026-11-30T16:00:00+00:00");
    }
}
