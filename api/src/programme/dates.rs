//! The day a programme record happened: not in the future, and not in a
//! month already closed (the month-close rule inspections use, so the
//! month table and the scorecard read settled months).
use crate::error::{AppError, AppResult, Key};
use crate::inspections::Month;
use chrono::NaiveDate;

pub fn record_day(
    field: &'static str,
    day: NaiveDate,
    today: NaiveDate,
    close_day: u32,
) -> AppResult<NaiveDate> {
    crate::validate::work_date(field, day, today)?;
    if day > today {
        return Err(AppError::input(field, Key::RecordDayInFuture));
    }
    if Month::of(day).locked(today, close_day) {
        return Err(AppError::input(field, Key::RecordMonthClosed));
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_record_day_is_past_and_in_an_open_month() {
        let today = d(2026, 12, 2);
        assert!(record_day("heldOn", d(2026, 12, 2), today, 5).is_ok());
        assert!(record_day("heldOn", d(2026, 11, 3), today, 5).is_ok());
        assert!(record_day("heldOn", d(2026, 12, 3), today, 5).is_err());
        assert!(record_day("heldOn", d(2026, 10, 31), today, 5).is_err());
    }
}
