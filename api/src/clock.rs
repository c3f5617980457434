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
    /// The system clock moved by whole days: time runs, but the server
    /// stands on another day (`SAFEGRID_TODAY`, development only).
    Offset(chrono::Duration),
    /// A clock a test moves forward (deadlines passing, months closing)
    /// while the server runs; every clone sees the same time.
    Settable(std::sync::Arc<std::sync::RwLock<chrono::DateTime<Utc>>>),
}

impl Clock {
    pub fn now(&self) -> chrono::DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => *at,
            Clock::Offset(by) => Utc::now() + *by,
            Clock::Settable(at) => at.read().map(|t| *t).unwrap_or_else(|e| *e.into_inner()),
        }
    }

    /// A clock on which today (China time) is `day`, running from the
    /// present time of day.
    pub fn standing_on(day: NaiveDate) -> Self {
        Clock::Offset(chrono::Duration::days((day - today()).num_days()))
    }

    /// The clock `serve` runs on: the system's, or with `SAFEGRID_TODAY`
    /// (`YYYY-MM-DD`) the given day — which only a development server
    /// (`--dev`) accepts, since it moves every timestamp the server writes.
    pub fn for_server(today_setting: Option<&str>, dev_mode: bool) -> anyhow::Result<Self> {
        let Some(text) = today_setting.map(str::trim).filter(|t| !t.is_empty()) else {
            return Ok(Clock::System);
        };
        if !dev_mode {
            anyhow::bail!(
                "SAFEGRID_TODAY is for development and tests only: run `safegrid serve --dev`, or unset it"
            );
        }
        let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            anyhow::anyhow!("SAFEGRID_TODAY must be a day as YYYY-MM-DD, not {text:?}")
        })?;
        Ok(Self::standing_on(day))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_stands_on_the_given_day_only_in_development() {
        assert!(matches!(Clock::for_server(None, false), Ok(Clock::System)));
        assert!(matches!(
            Clock::for_server(Some(""), false),
            Ok(Clock::System)
        ));
        assert!(Clock::for_server(Some("2026-03-01"), false).is_err());
        assert!(Clock::for_server(Some("2026-13-01"), true).is_err());
        let clock = Clock::for_server(Some("2026-03-01"), true);
        assert_eq!(
            clock.ok().map(|c| c.today()),
            NaiveDate::from_ymd_opt(2026, 3, 1)
        );
    }
}
