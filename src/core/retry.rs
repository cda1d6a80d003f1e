//! The retry policy as pure functions: which outcomes retry, how long to wait
//! before attempt n+1, and what a `Retry-After` header asks for.

use std::time::{Duration, UNIX_EPOCH};

use super::error::Error;

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
/// HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`), measured from `now_ms`
/// (Unix ms). Dates in the past mean "now"; anything else is junk (`None`).
pub fn retry_after_ms(value: &str, now_ms: f64) -> Option<f64> {
    // HTTP's optional whitespace is spaces and tabs.
    let value = value.trim_ascii();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // All digits, so parsing fails only past u64: still "too long to wait".
        return Some(
            value
                .parse::<u64>()
                .map_or(f64::INFINITY, |s| s as f64 * 1000.0),
        );
    }
    let date = httpdate::parse_http_date(value).ok()?;
    let date_ms = date
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_millis() as f64;
    Some((date_ms - now_ms).max(0.0))
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
    fn retry_after_takes_the_obsolete_date_formats_http_requires_reading() {
        let at = 784_111_777_000.0;
        assert_eq!(
            retry_after_ms("Sunday, 06-Nov-94 08:49:37 GMT", at),
            Some(0.0)
        );
        assert_eq!(
            retry_after_ms("Sun Nov  6 08:49:37 1994", at - 1000.0),
            Some(1000.0)
        );
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
        fn any_http_date_parses(secs in 0u64..4_102_444_800) {
            let text = httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(secs));
            prop_assert_eq!(retry_after_ms(&text, 0.0), Some(secs as f64 * 1000.0));
        }
    }
}
