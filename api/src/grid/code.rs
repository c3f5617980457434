//! The 15-digit grid code: 2+2+2+3+3 digits of the national statistical
//! division code, then 3 more for the villager group. A node's subtree is the
//! integer range `[code, code + span(level)]`, an indexed range query that
//! works the same on SQLite and PostgreSQL, with no recursive join.
use crate::error::{AppError, Key};
use async_graphql::Enum;

/// The six levels of the grid.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Province (省).
    Province,
    /// City (市).
    City,
    /// County (县).
    County,
    /// Township or street office (乡镇/街道).
    Township,
    /// Village or community (村/社区).
    Village,
    /// Villager group (村民组).
    Group,
}

impl Level {
    pub const ALL: [Level; 6] = [
        Level::Province,
        Level::City,
        Level::County,
        Level::Township,
        Level::Village,
        Level::Group,
    ];

    pub fn number(self) -> i16 {
        match self {
            Level::Province => 1,
            Level::City => 2,
            Level::County => 3,
            Level::Township => 4,
            Level::Village => 5,
            Level::Group => 6,
        }
    }

    pub fn from_number(n: i16) -> Option<Level> {
        Level::ALL
            .get(usize::try_from(n).ok()?.checked_sub(1)?)
            .copied()
    }

    /// Digits of the code that this level fixes (2, 4, 6, 9, 12, 15).
    pub fn digits(self) -> u32 {
        match self {
            Level::Province => 2,
            Level::City => 4,
            Level::County => 6,
            Level::Township => 9,
            Level::Village => 12,
            Level::Group => 15,
        }
    }

    /// How many trailing digits are free below this level.
    fn free_digits(self) -> u32 {
        15 - self.digits()
    }

    pub fn child(self) -> Option<Level> {
        Level::from_number(self.number() + 1)
    }

    /// Width of this level's own part of the code: the largest child number.
    fn child_slot_max(self) -> Option<i64> {
        let child = self.child()?;
        Some(10_i64.pow(child.digits() - self.digits()) - 1)
    }
}

/// An inclusive range of grid codes: a subtree.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CodeRange {
    pub lo: i64,
    pub hi: i64,
}

impl CodeRange {
    pub fn contains(&self, code: i64) -> bool {
        self.lo <= code && code <= self.hi
    }

    pub fn intersect(&self, other: &CodeRange) -> Option<CodeRange> {
        let lo = self.lo.max(other.lo);
        let hi = self.hi.min(other.hi);
        (lo <= hi).then_some(CodeRange { lo, hi })
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct GridCode {
    pub code: i64,
    pub level: Level,
}

impl GridCode {
    pub fn new(code: i64, level: Level) -> Self {
        Self { code, level }
    }

    pub fn subtree(&self) -> CodeRange {
        let span = 10_i64.pow(self.level.free_digits()) - 1;
        CodeRange {
            lo: self.code,
            hi: self.code + span,
        }
    }

    /// Codes of the ancestors, top-down (province first), excluding self.
    pub fn ancestors(&self) -> Vec<GridCode> {
        Level::ALL
            .iter()
            .filter(|l| **l < self.level)
            .map(|l| {
                let unit = 10_i64.pow(l.free_digits());
                GridCode::new(self.code / unit * unit, *l)
            })
            .collect()
    }

    /// The code of child number `n` (1-based) of this node.
    pub fn child(&self, n: i64) -> Result<GridCode, AppError> {
        let child_level = self
            .level
            .child()
            .ok_or_else(|| AppError::input("parentId", Key::GridGroupHasNoChildren))?;
        let max = self.level.child_slot_max().unwrap_or(0);
        if n < 1 || n > max {
            return Err(AppError::input("code", Key::GridNumberOutOfRange).with("max", max));
        }
        Ok(GridCode::new(
            self.code + n * 10_i64.pow(child_level.free_digits()),
            child_level,
        ))
    }

    /// The national division code as people write it: 2/4/6/9/12 digits,
    /// groups as 15.
    pub fn division_code(&self) -> String {
        let unit = 10_i64.pow(self.level.free_digits());
        format!(
            "{:0width$}",
            self.code / unit,
            width = self.level.digits() as usize
        )
    }

    /// Reads a division code of a child of `parent` as typed by a person
    /// (2/4/6/9/12/15 digits, or the 15-digit grid code) and checks that it
    /// lies directly below the parent.
    pub fn parse_child_code(parent: &GridCode, text: &str) -> Result<GridCode, AppError> {
        let text = text.trim();
        let child_level = parent
            .level
            .child()
            .ok_or_else(|| AppError::input("parentId", Key::GridGroupHasNoChildren))?;
        if !text.chars().all(|c| c.is_ascii_digit()) || text.is_empty() {
            return Err(AppError::input("code", Key::GridCodeDigitsOnly));
        }
        let digits = text.len() as u32;
        let value: i64 = text
            .parse()
            .map_err(|_| AppError::input("code", Key::GridCodeInvalid))?;
        let code = if digits == child_level.digits() {
            value * 10_i64.pow(child_level.free_digits())
        } else if digits == 15 {
            value
        } else {
            return Err(
                AppError::input("code", Key::GridCodeLength).with("digits", child_level.digits())
            );
        };
        let candidate = GridCode::new(code, child_level);
        let unit = 10_i64.pow(child_level.free_digits());
        let own_part = (code / unit) % 10_i64.pow(child_level.digits() - parent.level.digits());
        if code % unit != 0 || !parent.subtree().contains(code) || own_part == 0 {
            return Err(AppError::input("code", Key::GridCodeNotUnderParent));
        }
        Ok(candidate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_village_subtree_covers_exactly_its_groups() {
        let village = GridCode::new(520_327_002_204_000, Level::Village);
        let r = village.subtree();
        assert_eq!(r.lo, 520_327_002_204_000);
        assert_eq!(r.hi, 520_327_002_204_999);
        assert!(!r.contains(520_327_002_205_000));
    }

    #[test]
    fn a_county_subtree_excludes_its_neighbour() {
        let county = GridCode::new(520_327_000_000_000, Level::County);
        assert!(county.subtree().contains(520_327_999_999_999));
        assert!(!county.subtree().contains(520_328_000_000_000));
    }

    #[test]
    fn ancestors_are_the_truncated_codes_top_down() {
        let group = GridCode::new(520_327_002_204_001, Level::Group);
        let codes: Vec<i64> = group.ancestors().iter().map(|a| a.code).collect();
        assert_eq!(
            codes,
            vec![
                520_000_000_000_000,
                520_300_000_000_000,
                520_327_000_000_000,
                520_327_002_000_000,
                520_327_002_204_000
            ]
        );
    }

    #[test]
    fn division_codes_have_the_digits_of_their_level() {
        assert_eq!(
            GridCode::new(520_327_002_000_000, Level::Township).division_code(),
            "520327002"
        );
        assert_eq!(
            GridCode::new(520_327_002_204_001, Level::Group).division_code(),
            "520327002204001"
        );
    }

    #[test]
    fn child_codes_must_lie_directly_below_the_parent() {
        let township = GridCode::new(520_327_002_000_000, Level::Township);
        assert_eq!(
            GridCode::parse_child_code(&township, "520327002204")
                .map(|c| c.code)
                .ok(),
            Some(520_327_002_204_000)
        );
        assert!(GridCode::parse_child_code(&township, "520327001204").is_err());
        assert!(GridCode::parse_child_code(&township, "520327002000").is_err());
        assert!(GridCode::parse_child_code(&township, "5203270022").is_err());
        assert!(GridCode::parse_child_code(&township, "52032700220x").is_err());
    }

    #[test]
    fn group_numbers_stay_within_three_digits() {
        let village = GridCode::new(520_327_002_204_000, Level::Village);
        assert_eq!(
            village.child(1).map(|c| c.code).ok(),
            Some(520_327_002_204_001)
        );
        assert!(village.child(1000).is_err());
        assert!(GridCode::new(520_327_002_204_001, Level::Group)
            .child(1)
            .is_err());
    }
}
