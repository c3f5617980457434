//! A Chinese motor-vehicle plate (机动车号牌), checked once at the edge: the
//! province's one-character abbreviation, the issuing office's letter, then
//! five letters or digits (a new-energy plate has six, D or F first or
//! last), or five and a trailing 挂 (trailer) or 学 (learner). Letters I and
//! O are never issued (they read as 1 and 0). Stored without the space or
//! dot people write after the office letter: 贵C·12345 → 贵C12345.
use crate::error::{AppError, AppResult, Key};

const PROVINCES: &str = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
const SUFFIXES: [char; 2] = ['挂', '学'];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plate(String);

fn serial_char(c: char) -> bool {
    (c.is_ascii_uppercase() && c != 'I' && c != 'O') || c.is_ascii_digit()
}

impl Plate {
    pub fn parse(text: &str) -> AppResult<Plate> {
        let plate: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '·' | '•' | '.' | '-'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if Self::well_formed(&plate) {
            Ok(Plate(plate))
        } else {
            Err(AppError::input("plate", Key::VehiclePlateInvalid))
        }
    }

    fn well_formed(plate: &str) -> bool {
        let chars: Vec<char> = plate.chars().collect();
        let [province, office, serial @ ..] = chars.as_slice() else {
            return false;
        };
        if !PROVINCES.contains(*province) || !office.is_ascii_uppercase() || *office == 'I' {
            return false;
        }
        match serial {
            [rest @ .., last] if SUFFIXES.contains(last) => {
                rest.len() == 4 && rest.iter().all(|c| serial_char(*c))
            }
            s if s.len() == 5 => s.iter().all(|c| serial_char(*c)),
            // New energy: 贵CD12345 (small car) or 贵C12345D (large vehicle).
            s if s.len() == 6 => {
                s.iter().all(|c| serial_char(*c))
                    && (matches!(s[0], 'D' | 'F') || matches!(s[5], 'D' | 'F'))
            }
            _ => false,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Plate> for String {
    fn from(p: Plate) -> String {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plates_of_every_shape_are_accepted_and_normalised() {
        for (given, stored) in [
            ("贵C12345", "贵C12345"),
            ("贵c·a8k21", "贵CA8K21"),
            ("贵C 3Q9X7", "贵C3Q9X7"),
            ("贵CD12345", "贵CD12345"),
            ("贵C12345F", "贵C12345F"),
            ("贵C1234挂", "贵C1234挂"),
            ("川A0099学", "川A0099学"),
        ] {
            assert_eq!(
                Plate::parse(given).map(String::from).ok().as_deref(),
                Some(stored),
                "{given}"
            );
        }
    }

    #[test]
    fn what_is_not_a_plate_is_refused() {
        for bad in [
            "",
            "C12345",
            "贵12345",
            "贵C1234",
            "贵C123456",
            "贵CI2345",
            "贵CO2345",
            "粤Z12345挂6",
            "港C12345",
            "贵C12-34",
        ] {
            assert!(Plate::parse(bad).is_err(), "{bad}");
        }
    }
}
