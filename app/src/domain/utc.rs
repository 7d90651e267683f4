//! Times as the server stores them (Unix seconds, UTC), written out without a date crate, which
//! would weigh on the wasm bundle. Times in a person's own time zone are formatted by the
//! browser; these are for places that say "UTC" outright (the mailbox, server messages).

/// `2025-03-01T14:05:09Z`, for `<time datetime>`.
pub fn iso_time(unix: i64) -> String {
    let (date, (h, m, s)) = utc(unix);
    format!("{date}T{h:02}:{m:02}:{s:02}Z")
}

/// `2025-03-01 14:05 UTC`: the server's times are UTC, and saying so avoids guessing.
pub fn human_time(unix: i64) -> String {
    let (date, (h, m, _)) = utc(unix);
    format!("{date} {h:02}:{m:02} UTC")
}

fn utc(unix: i64) -> (String, (i64, i64, i64)) {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil algorithm: no date crate needed in the wasm bundle.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        format!("{year:04}-{month:02}-{day:02}"),
        (secs / 3600, secs % 3600 / 60, secs % 60),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_seconds_become_utc_dates() {
        assert_eq!(iso_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(human_time(951_825_600), "2000-02-29 12:00 UTC");
        assert_eq!(iso_time(1_735_689_599), "2024-12-31T23:59:59Z");
        assert_eq!(human_time(1_740_837_909), "2025-03-01 14:05 UTC");
        assert_eq!(human_time(-1), "1969-12-31 23:59 UTC");
    }
}
