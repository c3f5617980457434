//! A period of assessment as the API writes it: "2026" for a year,
//! "2026-03" for a month. Parsed once at the edge into a value that holds
//! only real periods.
use crate::error::{AppError, AppResult, Key};
use chrono::NaiveDate;
use entity::assessment_rule_set::AssessmentPeriodKind;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub year: i32,
    /// 1..=12 for a month period.
    pub month: Option<u32>,
}

/// A calendar month of a period: (year, month, first day, first day after).
pub type Month = (i32, u32, NaiveDate, NaiveDate);

fn first_of(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

fn month_of(year: i32, month: u32) -> Option<Month> {
    let next = if month == 12 {
        first_of(year + 1, 1)
    } else {
        first_of(year, month + 1)
    };
    Some((year, month, first_of(year, month)?, next?))
}

impl Period {
    pub fn parse(text: &str) -> AppResult<Period> {
        let bad = || AppError::input("period", Key::AssessmentPeriodInvalid);
        let text = text.trim();
        let (y, m) = match text.split_once('-') {
            Some((y, m)) if m.len() == 2 => (y, Some(m)),
            Some(_) => return Err(bad()),
            None => (text, None),
        };
        if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        if !(2000..=2100).contains(&year) {
            return Err(bad());
        }
        let month = match m {
            Some(m) if m.chars().all(|c| c.is_ascii_digit()) => {
                let n: u32 = m.parse().map_err(|_| bad())?;
                if !(1..=12).contains(&n) {
                    return Err(bad());
                }
                Some(n)
            }
            Some(_) => return Err(bad()),
            None => None,
        };
        Ok(Period { year, month })
    }

    pub fn kind(&self) -> AssessmentPeriodKind {
        if self.month.is_some() {
            AssessmentPeriodKind::Month
        } else {
            AssessmentPeriodKind::Year
        }
    }

    /// BAD_USER_INPUT unless the rules assess by this period's kind.
    pub fn check_kind(&self, rules: AssessmentPeriodKind) -> AppResult<()> {
        match (self.kind(), rules) {
            (a, b) if a == b => Ok(()),
            (_, AssessmentPeriodKind::Year) => {
                Err(AppError::input("period", Key::AssessmentPeriodYearly))
            }
            (_, AssessmentPeriodKind::Month) => {
                Err(AppError::input("period", Key::AssessmentPeriodMonthly))
            }
        }
    }

    pub fn text(&self) -> String {
        match self.month {
            Some(m) => format!("{:04}-{:02}", self.year, m),
            None => format!("{:04}", self.year),
        }
    }

    /// The months of the period, in order.
    pub fn months(&self) -> Vec<Month> {
        match self.month {
            Some(m) => month_of(self.year, m).into_iter().collect(),
            None => (1..=12).filter_map(|m| month_of(self.year, m)).collect(),
        }
    }

    /// `[first day, first day after)`.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let months = self.months();
        Some((months.first()?.2, months.last()?.3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_months_parse_and_nothing_else() {
        assert_eq!(
            Period::parse("2026").ok(),
            Some(Period {
                year: 2026,
                month: None
            })
        );
        assert_eq!(
            Period::parse("2026-03").map(|p| p.text()).ok(),
            Some("2026-03".into())
        );
        for bad in [
            "26",
            "2026-3",
            "2026-13",
            "2026-00",
            "20x6",
            "2026-03-01",
            "1999",
            "",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Period::parse("2026").map(|p| p.months().len()).ok(),
            Some(12)
        );
    }
}
