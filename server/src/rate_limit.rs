//! Failed attempts per client address, in memory: enough for one server process. Several
//! replicas (with PostgreSQL) will need this in the database.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

pub struct FailureLimiter {
    max_failures: u32,
    window_seconds: i64,
    seen: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

/// Beyond this many addresses, forgotten windows are swept before a new one is added.
const SWEEP_AT: usize = 10_000;

impl FailureLimiter {
    pub fn new(max_failures: u32, window_seconds: i64) -> Self {
        Self {
            max_failures,
            window_seconds,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds to wait)` when the address used up its failures in the current window.
    pub fn check(&self, ip: IpAddr, now: i64) -> Result<(), u64> {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        match seen.get(&ip) {
            Some(&(start, count))
                if now < start + self.window_seconds && count >= self.max_failures =>
            {
                Err((start + self.window_seconds - now).max(1) as u64)
            }
            _ => Ok(()),
        }
    }

    pub fn record_failure(&self, ip: IpAddr, now: i64) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= SWEEP_AT {
            let window = self.window_seconds;
            seen.retain(|_, (start, _)| now < *start + window);
        }
        let entry = seen.entry(ip).or_insert((now, 0));
        if now >= entry.0 + self.window_seconds {
            *entry = (now, 0);
        }
        entry.1 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_held_back_after_its_failures_until_the_window_ends() {
        let limiter = FailureLimiter::new(3, 60);
        let ip: IpAddr = "127.0.0.1".parse().unwrap();
        let other: IpAddr = "127.0.0.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(ip, 100).is_ok());
            limiter.record_failure(ip, 100);
        }
        assert_eq!(limiter.check(ip, 110), Err(50));
        assert!(limiter.check(other, 110).is_ok());
        assert!(limiter.check(ip, 160).is_ok());
    }
}
