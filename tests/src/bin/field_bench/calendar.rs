//! The year being generated: the twelve China-time months up to the
//! current one, records on days already past, mostly working days and
//! working hours, busier in the flood season and quieter at Spring Festival.
use crate::rng::Rng;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};

pub fn china() -> chrono::FixedOffset {
    chrono::FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

use chrono::Offset;

pub struct Month {
    pub first: NaiveDate,
    /// Days of this month on which records may have been made (≤ yesterday).
    pub days: Vec<NaiveDate>,
    pub workdays: Vec<NaiveDate>,
    /// Share of the month already past (the running month is partial).
    pub elapsed: f64,
    /// Relative activity: flood season (6–8月) busier, 2月 (春节) quieter.
    pub season: f64,
}

pub fn year(today: NaiveDate) -> Vec<Month> {
    let current = today.with_day(1).unwrap_or(today);
    (0..12)
        .rev()
        .filter_map(|back| current.checked_sub_months(chrono::Months::new(back)))
        .map(|first| {
            let next = first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(first);
            let all = (next - first).num_days();
            let days: Vec<NaiveDate> = (0..all)
                .map(|d| first + Duration::days(d))
                .filter(|d| *d < today)
                .collect();
            let workdays = days
                .iter()
                .copied()
                .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
                .collect();
            let season = match first.month() {
                2 => 0.8,
                1 => 0.95,
                6..=8 => 1.12,
                5 | 9 => 1.04,
                _ => 1.0,
            };
            Month {
                first,
                elapsed: days.len() as f64 / all as f64,
                days,
                workdays,
                season,
            }
        })
        .collect()
}

impl Month {
    /// A day for a record: nine in ten on a working day.
    pub fn day(&self, rng: &mut Rng) -> Option<NaiveDate> {
        let from = if rng.chance(0.9) && !self.workdays.is_empty() {
            &self.workdays
        } else {
            &self.days
        };
        rng.pick(from).copied()
    }
}

/// An instant on `day` (China time) between `from_min` and `to_min`
/// minutes after midnight.
pub fn at(day: NaiveDate, rng: &mut Rng, from_min: i64, to_min: i64) -> DateTime<Utc> {
    let local = day.and_hms_opt(0, 0, 0).unwrap_or_default()
        + Duration::minutes(rng.range(from_min, to_min))
        + Duration::seconds(rng.range(0, 59));
    china()
        .from_local_datetime(&local)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

pub fn china_day(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&china()).date_naive()
}
