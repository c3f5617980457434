//! Per-address slow-down for credential checks. Many people share one
//! address (a township office behind one NAT), so failures from an address
//! never lock it out: past a free allowance each further attempt from it
//! waits its turn, and the turns grow apart (progressive delay), which
//! makes guessing from one address slow while a colleague's login still
//! goes through, only later.
//!
//! This lives in memory on purpose: it decides speed, not correctness. The
//! account lock, which decides whether a guess is checked at all, is in the
//! database (`auth::lock`); two servers on one database each slow an
//! address on their own, which at worst doubles an attacker's rate, never
//! the number of guesses an account takes.
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures from one address in the window before the delay starts.
pub const FREE_FAILURES: u32 = 10;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// The first delay, doubled with each further failure, up to the cap.
const FIRST_DELAY: Duration = Duration::from_millis(250);
const MAX_DELAY: Duration = Duration::from_secs(8);
/// A request that would wait longer than this is answered RATE_LIMITED at
/// once instead of holding a connection (the queue is that long).
pub const MAX_WAIT: Duration = Duration::from_secs(20);

struct Address {
    failures: u32,
    since: Instant,
    /// When the next attempt from this address may be checked.
    next_slot: Instant,
}

#[derive(Default)]
pub struct LoginThrottle {
    addresses: Mutex<HashMap<IpAddr, Address>>,
}

/// How far apart attempts from an address with `failures` recent failures
/// are spaced.
pub fn spacing(failures: u32) -> Duration {
    if failures < FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_FAILURES).min(16);
    FIRST_DELAY.saturating_mul(1u32 << doublings).min(MAX_DELAY)
}

pub enum Turn {
    /// Go ahead after this wait (zero for most addresses).
    After(Duration),
    /// The queue is too long: answer RATE_LIMITED.
    Refused,
}

impl LoginThrottle {
    /// Takes this attempt's turn: the wait before it may be checked.
    pub fn turn(&self, ip: Option<IpAddr>) -> Turn {
        let Some(ip) = ip else {
            return Turn::After(Duration::ZERO);
        };
        let Ok(mut map) = self.addresses.lock() else {
            return Turn::After(MAX_DELAY);
        };
        let now = Instant::now();
        let Some(entry) = map.get_mut(&ip) else {
            return Turn::After(Duration::ZERO);
        };
        if entry.since.elapsed() >= WINDOW {
            map.remove(&ip);
            return Turn::After(Duration::ZERO);
        }
        let gap = spacing(entry.failures);
        if gap.is_zero() {
            return Turn::After(Duration::ZERO);
        }
        let slot = entry.next_slot.max(now);
        let wait = slot - now;
        if wait > MAX_WAIT {
            return Turn::Refused;
        }
        entry.next_slot = slot + gap;
        Turn::After(wait)
    }

    pub fn record_failure(&self, ip: Option<IpAddr>) {
        let Some(ip) = ip else { return };
        let Ok(mut map) = self.addresses.lock() else {
            return;
        };
        if map.len() > 100_000 {
            map.retain(|_, a| a.since.elapsed() < WINDOW);
        }
        let now = Instant::now();
        let entry = map.entry(ip).or_insert(Address {
            failures: 0,
            since: now,
            next_slot: now,
        });
        if entry.since.elapsed() >= WINDOW {
            *entry = Address {
                failures: 0,
                since: now,
                next_slot: now,
            };
        }
        entry.failures = entry.failures.saturating_add(1);
    }

    /// Recent failures from an address (for tests and logs).
    pub fn failures(&self, ip: Option<IpAddr>) -> u32 {
        let (Some(ip), Ok(map)) = (ip, self.addresses.lock()) else {
            return 0;
        };
        map.get(&ip)
            .filter(|a| a.since.elapsed() < WINDOW)
            .map_or(0, |a| a.failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_starts_after_the_allowance_and_doubles_up_to_a_cap() {
        assert_eq!(spacing(0), Duration::ZERO);
        assert_eq!(spacing(FREE_FAILURES - 1), Duration::ZERO);
        assert_eq!(spacing(FREE_FAILURES), FIRST_DELAY);
        assert_eq!(spacing(FREE_FAILURES + 1), FIRST_DELAY * 2);
        assert_eq!(spacing(FREE_FAILURES + 100), MAX_DELAY);
    }

    #[test]
    fn an_address_past_its_allowance_waits_longer_for_each_attempt_but_is_never_shut() {
        let throttle = LoginThrottle::default();
        let ip = Some(IpAddr::from([10, 0, 0, 1]));
        for _ in 0..FREE_FAILURES + 2 {
            throttle.record_failure(ip);
        }
        let waits: Vec<Duration> = (0..3)
            .filter_map(|_| match throttle.turn(ip) {
                Turn::After(wait) => Some(wait),
                Turn::Refused => None,
            })
            .collect();
        assert_eq!(waits.len(), 3);
        assert!(waits[0] < waits[1] && waits[1] < waits[2], "{waits:?}");
        // Another address is not slowed at all.
        assert!(matches!(
            throttle.turn(Some(IpAddr::from([10, 0, 0, 2]))),
            Turn::After(w) if w.is_zero()
        ));
    }
}
