//! The plate and phone checks of the vehicle form, the server's own rules:
//! a villager at the roadside with no signal learns at once that a plate
//! was mistyped, not hours later when the outbox is refused.

// The very file the server's `Plate::parse` uses.
#[path = "../../../../api/src/liaison/plate_shape.rs"]
mod plate_shape;

/// The plate as the server stores it, or `None` when it is not a plate.
pub fn plate(text: &str) -> Option<String> {
    let plate = plate_shape::normalise(text);
    plate_shape::well_formed(&plate).then_some(plate)
}

/// A mainland mobile number (1[3-9] and nine digits; spaces, dashes and
/// +86 allowed), as `validate::mobile_phone` on the server accepts it.
pub fn mobile(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = digits.strip_prefix("+86").unwrap_or(&digits);
    let b = digits.as_bytes();
    let ok = b.len() == 11
        && b.iter().all(u8::is_ascii_digit)
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1]);
    ok.then(|| digits.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plates_as_people_write_them_are_kept_as_the_server_stores_them() {
        assert_eq!(plate("贵c·a8k21").as_deref(), Some("贵CA8K21"));
        assert_eq!(plate("贵C 12345").as_deref(), Some("贵C12345"));
        assert_eq!(plate("贵CD12345").as_deref(), Some("贵CD12345"));
        assert_eq!(plate("贵C1234挂").as_deref(), Some("贵C1234挂"));
    }

    #[test]
    fn a_mistyped_plate_is_caught_on_the_phone() {
        for bad in [
            "",
            "C12345",
            "贵12345",
            "贵C1234",
            "贵CO2345",
            "港C12345",
            "贵C123456",
        ] {
            assert_eq!(plate(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_owner_phone_is_a_mainland_mobile() {
        assert_eq!(mobile("+86 138-0000-8000").as_deref(), Some("13800008000"));
        assert_eq!(mobile("12800008000"), None);
        assert_eq!(mobile("1380000800"), None);
    }
}
