//! Dates as the county sees them: China Standard Time (UTC+8), whatever the
//! server's time zone.
use chrono::{FixedOffset, NaiveDate, Offset, Utc};

pub fn china() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&china()).date_naive()
}
