//! The retry policy as pure functions: which outcomes retry, how long to wait
//! before attempt n+1, and what a `Retry-After` header asks for.

use alloc::vec::Vec;

use crate::ascii::{number, pieces};
use crate::error::Error;

/// The first backoff wait; each later one doubles.
const FIRST_BACKOFF_MS: f64 = 500.0;
/// No wait is longer: a longer Retry-After means giving up at once.
pub const MAX_WAIT_MS: f64 = 60_000.0;

/// Whether a failed attempt may be tried again. Rate limits, server errors,
/// no answer and timeouts may, other 4xx and bad answers never. A request
/// that is not idempotent (a POST) is retried only where it surely was not
/// carried out: a 429, the 503 ChartMogul answers at its connection limit,
/// or a refused connection; a timeout or a 500 may hide a success.
pub fn is_retryable(error: &Error, idempotent: bool) -> bool {
    match error {
        Error::Http { status, .. } => {
            matches!(status, 429 | 503) || (idempotent && (500..=599).contains(status))
        }
        Error::Refused(_) => true,
        Error::Connection(_) | Error::Timeout(_) => idempotent,
        Error::Configuration(_) | Error::InvalidResponse(_) => false,
    }
}

/// The wait after failed attempt `attempt` (1-based): 500 ms × 2^(attempt-1),
/// capped at 60 s, then jittered into [half, whole] by `random` in [0, 1).
pub fn backoff_ms(attempt: u32, random: f64) -> f64 {
    let exponent = attempt.saturating_sub(1).min(16);
    let full = (FIRST_BACKOFF_MS * f64::from(1u32 << exponent)).min(MAX_WAIT_MS);
    full / 2.0 + random.clamp(0.0, 1.0) * full / 2.0
}

/// The wait a `Retry-After` value asks for, in ms: delta-seconds or an
/// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), measured from `now_ms`
/// (Unix ms). Dates in the past mean "now"; anything else is junk (`None`).
pub fn retry_after_ms(value: &str, now_ms: f64) -> Option<f64> {
    // HTTP's optional whitespace is spaces and tabs.
    let value = value.trim_ascii();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Digits only: no float parser needed (its tables alone weigh ~18 KB of wasm).
        let seconds = value
            .bytes()
            .fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
        return Some(seconds * 1000.0);
    }
    let date_ms = imf_fixdate_ms(value)?;
    Some((date_ms - now_ms).max(0.0))
}

/// Parses `Sun, 06 Nov 1994 08:49:37 GMT` into Unix milliseconds.
fn imf_fixdate_ms(value: &str) -> Option<f64> {
    const MONTHS: [&[u8]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let parts: Vec<&[u8]> = pieces(value.as_bytes(), b' ');
    let [_weekday, day, month, year, time, b"GMT"] = parts.as_slice() else {
        return None;
    };
    let fixed = |s: &[u8], width: usize| (s.len() == width).then(|| number(s))?.map(|n| n as i64);
    let day = fixed(day, 2).filter(|d| (1..=31).contains(d))?;
    let month = MONTHS.iter().position(|m| m == month)? as i64 + 1;
    let year = fixed(year, 4)?;
    let clock: Vec<&[u8]> = pieces(time, b':');
    let [h, m, s] = clock.as_slice() else {
        return None;
    };
    let (h, m, s) = (fixed(h, 2)?, fixed(m, 2)?, fixed(s, 2)?);
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(((days * 86_400 + h * 3600 + m * 60 + s) * 1000) as f64)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(status: u16) -> Error {
        Error::Http {
            status,
            message: String::new(),
        }
    }

    #[test]
    fn rate_limits_server_errors_connections_and_timeouts_retry() {
        for e in [
            http(429),
            http(500),
            http(502),
            http(503),
            http(504),
            http(599),
        ] {
            assert!(is_retryable(&e, true), "{e:?}");
        }
        assert!(is_retryable(&Error::Connection("reset".into()), true));
        assert!(is_retryable(&Error::Refused("refused".into()), true));
        assert!(is_retryable(&Error::Timeout(5), true));
    }

    #[test]
    fn other_client_errors_and_bad_answers_never_retry() {
        for idempotent in [true, false] {
            for e in [
                http(400),
                http(401),
                http(403),
                http(404),
                http(409),
                http(422),
                http(302),
            ] {
                assert!(!is_retryable(&e, idempotent), "{e:?}");
            }
            assert!(!is_retryable(
                &Error::InvalidResponse("x".into()),
                idempotent
            ));
            assert!(!is_retryable(&Error::Configuration("x".into()), idempotent));
        }
    }

    #[test]
    fn a_post_retries_only_where_it_surely_was_not_carried_out() {
        assert!(is_retryable(&http(429), false));
        assert!(is_retryable(&http(503), false));
        assert!(is_retryable(&Error::Refused("refused".into()), false));
        for e in [http(500), http(502), http(504)] {
            assert!(!is_retryable(&e, false), "{e:?}");
        }
        assert!(!is_retryable(&Error::Connection("reset".into()), false));
        assert!(!is_retryable(&Error::Timeout(5), false));
    }

    #[test]
    fn backoff_doubles_from_500_ms_and_is_capped_at_60_s() {
        let whole = |attempt| backoff_ms(attempt, 1.0);
        assert_eq!(whole(1), 500.0);
        assert_eq!(whole(2), 1000.0);
        assert_eq!(whole(3), 2000.0);
        assert_eq!(whole(7), 32_000.0);
        assert_eq!(whole(8), 60_000.0);
        assert_eq!(whole(100), 60_000.0);
    }

    #[test]
    fn jitter_spans_half_to_whole_of_the_wait() {
        assert_eq!(backoff_ms(3, 0.0), 1000.0);
        assert_eq!(backoff_ms(3, 0.5), 1500.0);
        assert_eq!(
            backoff_ms(3, -4.0),
            1000.0,
            "out-of-range randoms are clamped"
        );
    }

    #[test]
    fn retry_after_takes_delta_seconds() {
        assert_eq!(retry_after_ms("0", 0.0), Some(0.0));
        assert_eq!(retry_after_ms("7", 0.0), Some(7000.0));
        assert_eq!(retry_after_ms(" 120 ", 0.0), Some(120_000.0));
        assert_eq!(
            retry_after_ms("99999999999", 0.0),
            Some(99_999_999_999_000.0)
        );
    }

    #[test]
    fn retry_after_takes_http_dates_and_past_dates_mean_now() {
        // 1994-11-06T08:49:37Z is 784111777 s after the epoch.
        let date = "Sun, 06 Nov 1994 08:49:37 GMT";
        assert_eq!(
            retry_after_ms(date, 784_111_777_000.0 - 3000.0),
            Some(3000.0)
        );
        assert_eq!(retry_after_ms(date, 784_111_777_000.0 + 9000.0), Some(0.0));
        let leap = "Thu, 29 Feb 2024 00:00:00 GMT"; // 1709164800 s
        assert_eq!(retry_after_ms(leap, 1_709_164_800_000.0), Some(0.0));
        assert_eq!(retry_after_ms(leap, 1_709_164_799_000.0), Some(1000.0));
    }

    #[test]
    fn junk_retry_after_values_are_ignored() {
        for junk in [
            "",
            " ",
            "-1",
            "1.5",
            "soon",
            "0x10",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
        ] {
            assert_eq!(retry_after_ms(junk, 0.0), None, "{junk:?}");
        }
    }
}

/// Properties over many generated inputs: bounds hold and nothing panics.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn backoff_stays_within_bounds(attempt in 0u32..1000, random in -1.0f64..2.0) {
            let wait = backoff_ms(attempt, random);
            prop_assert!((250.0..=MAX_WAIT_MS).contains(&wait));
        }

        #[test]
        fn retry_after_never_panics_and_is_never_negative(value in ".{0,40}", now in 0f64..4e12) {
            if let Some(ms) = retry_after_ms(&value, now) {
                prop_assert!(ms >= 0.0);
            }
        }

        #[test]
        fn any_imf_fixdate_parses(secs in 0i64..4_102_444_800) {
            // Built with the same calendar, checked against a round trip.
            let days = secs.div_euclid(86_400);
            let (y, m, d) = civil_from_days(days);
            let t = secs.rem_euclid(86_400);
            let months = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];
            let text = format!("Mon, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
                months[(m - 1) as usize], t / 3600, t / 60 % 60, t % 60);
            prop_assert_eq!(retry_after_ms(&text, 0.0), Some(secs as f64 * 1000.0));
        }
    }

    /// The inverse of `days_from_civil`, for the round-trip property.
    fn civil_from_days(z: i64) -> (i64, i64, i64) {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        (yoe + era * 400 + i64::from(m <= 2), m, d)
    }
}
