//! Dates as the county sees them: China Standard Time (UTC+8), whatever the
//! server's time zone.
use chrono::{FixedOffset, NaiveDate, Offset, Utc};

pub fn china() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&china()).date_naive()
}

/// The server's sense of "now", injectable so that tests (and a county
/// rehearsing month-end) can run the quota and overdue rules on a chosen day.
#[derive(Clone, Copy, Debug, Default)]
pub enum Clock {
    #[default]
    System,
    Fixed(chrono::DateTime<Utc>),
}

impl Clock {
    pub fn now(&self) -> chrono::DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => *at,
        }
    }

    /// Today in China time.
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&china()).date_naive()
    }
}
