//! A Chinese motor-vehicle plate (机动车号牌), checked once at the edge: the
//! province's one-character abbreviation, the issuing office's letter, then
//! five letters or digits (a new-energy plate has six, D or F first or
//! last), or five and a trailing 挂 (trailer) or 学 (learner). Letters I and
//! O are never issued (they read as 1 and 0). Stored without the space or
//! dot people write after the office letter: 贵C·12345 → 贵C12345. The
//! shape itself is in `plate_shape.rs`, which the web app includes too.
use super::plate_shape::{normalise, well_formed};
use crate::error::{AppError, AppResult, Key};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plate(String);

impl Plate {
    pub fn parse(text: &str) -> AppResult<Plate> {
        let plate = normalise(text);
        if well_formed(&plate) {
            Ok(Plate(plate))
        } else {
            Err(AppError::input("plate", Key::VehiclePlateInvalid))
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
