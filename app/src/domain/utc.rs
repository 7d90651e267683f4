//! Times as the server stores them (Unix seconds, UTC), written out without a date crate, which
//! would weigh on the wasm bundle. What the browser shows is formatted by the browser, in the
//! reader's language and time zone (`components::time`, also for times it shows in UTC); these
//! are for the server (its messages, CSV exports), `<time datetime>` and the fallback without a
//! browser.

/// `2025-03-01T14:05:09Z`, for `<time datetime>` and exports.
pub fn iso_time(unix: i64) -> String {
    let (date, time) = parts(unix);
    format!("{date}T{time}:{:02}Z", unix.rem_euclid(60))
}

/// `2025-03-01 14:05 UTC`: the server's times are UTC, and saying so avoids guessing.
pub fn human_time(unix: i64) -> String {
    format!("{} UTC", date_time(unix))
}

/// `2025-03-01 14:05`, in UTC.
pub fn date_time(unix: i64) -> String {
    let (date, time) = parts(unix);
    format!("{date} {time}")
}

/// The date ("YYYY-MM-DD") and time ("HH:MM") of a moment in UTC.
fn parts(unix: i64) -> (String, String) {
    let seconds = unix.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(unix.div_euclid(86_400));
    (
        format!("{year:04}-{month:02}-{day:02}"),
        format!("{:02}:{:02}", seconds / 3600, seconds % 3600 / 60),
    )
}

/// The proleptic Gregorian date of a day number (days since 1970-01-01), after Howard
/// Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates_are_right_across_leap_days_and_before_1970() {
        for (seconds, iso) in [
            (0, "1970-01-01T00:00:00Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (1_709_251_199, "2024-02-29T23:59:59Z"),
            (1_735_689_599, "2024-12-31T23:59:59Z"),
            (1_795_449_909, "2026-11-23T16:05:09Z"),
            (4_102_444_800, "2100-01-01T00:00:00Z"),
            (-1, "1969-12-31T23:59:59Z"),
            (-86_400 * 365, "1969-01-01T00:00:00Z"),
        ] {
            assert_eq!(iso_time(seconds), iso, "{seconds}");
        }
        assert_eq!(human_time(951_825_600), "2000-02-29 12:00 UTC");
        assert_eq!(human_time(1_740_837_909), "2025-03-01 14:05 UTC");
        assert_eq!(date_time(-1), "1969-12-31 23:59");
    }
}
