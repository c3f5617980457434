//! When to try a waiting record again: 2 s after the first failure,
//! doubling each time, never more than 5 minutes apart. (The `online`
//! event and an app start skip the wait.)

const FIRST_MS: f64 = 2_000.0;
const MAX_MS: f64 = 300_000.0;

/// The wait after `attempts` failed attempts (1 = the first failure).
pub fn delay_ms(attempts: u32) -> f64 {
    let doublings = attempts.saturating_sub(1).min(30);
    (FIRST_MS * f64::from(1u32 << doublings.min(20))).min(MAX_MS)
}

#[cfg(test)]
mod tests {
    use super::delay_ms;

    #[test]
    fn the_wait_starts_at_two_seconds_and_doubles() {
        assert_eq!(delay_ms(1), 2_000.0);
        assert_eq!(delay_ms(2), 4_000.0);
        assert_eq!(delay_ms(3), 8_000.0);
        assert_eq!(delay_ms(8), 256_000.0);
    }

    #[test]
    fn the_wait_never_passes_five_minutes() {
        assert_eq!(delay_ms(9), 300_000.0);
        assert_eq!(delay_ms(40), 300_000.0);
        assert_eq!(delay_ms(u32::MAX), 300_000.0);
    }
}
