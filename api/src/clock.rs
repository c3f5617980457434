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
#[derive(Clone, Debug, Default)]
pub enum Clock {
    #[default]
    System,
    Fixed(chrono::DateTime<Utc>),
    /// A clock a test moves forward (deadlines passing, months closing)
    /// while the server runs; every clone sees the same time.
    Settable(std::sync::Arc<std::sync::RwLock<chrono::DateTime<Utc>>>),
}

impl Clock {
    pub fn now(&self) -> chrono::DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => *at,
            Clock::Settable(at) => at.read().map(|t| *t).unwrap_or_else(|e| *e.into_inner()),
        }
    }

    pub fn settable(at: chrono::DateTime<Utc>) -> Self {
        Clock::Settable(std::sync::Arc::new(std::sync::RwLock::new(at)))
    }

    /// Moves a settable clock; other clocks ignore it.
    pub fn set(&self, to: chrono::DateTime<Utc>) {
        if let Clock::Settable(at) = self {
            match at.write() {
                Ok(mut t) => *t = to,
                Err(e) => *e.into_inner() = to,
            }
        }
    }

    /// Today in China time.
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&china()).date_naive()
    }
}
