//! A client's settings: the API key, the base URL and the per-call limits,
//! each validated when set. The key is private and never printed.

use std::fmt;

use super::api_base::ApiBase;
use super::error::Error;
use super::request::basic_auth;

/// Retries after a failed attempt: with the backoff that is at most 1.5 s
/// of waiting (unless Retry-After asks for more), which an edge function can afford (chartmogul-node's 20
/// retries can take 15 minutes).
pub const DEFAULT_RETRIES: u32 = 2;
/// Per-attempt timeout, as in chartmogul-node.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
/// Deadline of a whole call, retries and waits included.
pub const DEFAULT_DEADLINE_MS: u32 = 120_000;
/// ChartMogul's documented limit of parallel connections per account.
pub const DEFAULT_MAX_CONCURRENCY: u32 = 20;
/// ChartMogul's documented limit of requests a second per account.
pub const DEFAULT_MAX_REQUESTS_PER_SECOND: u32 = 40;
const MAX_RETRIES: u32 = 20;
const MAX_CONCURRENCY: u32 = 1000;
const MAX_REQUESTS_PER_SECOND: u32 = 10_000;
/// setTimeout's own limit: larger delays fire at once.
pub const MAX_TIMEOUT_MS: u32 = 2_147_483_647;

#[derive(Clone, PartialEq, Eq)]
pub struct Settings {
    /// The Authorization header's value (it carries the key), encoded once
    /// for every call.
    authorization: String,
    api_base: ApiBase,
    limits: Limits,
    max_concurrency: u32,
    max_requests_per_second: u32,
    allow_browser: bool,
}

/// What bounds one call; a call's own options may override the Config's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub retries: u32,
    pub timeout_ms: u32,
    pub deadline_ms: u32,
}

impl Limits {
    /// These limits with a call's `timeout` and `deadline` (ms), if given.
    pub fn with_overrides(
        self,
        timeout: Option<f64>,
        deadline: Option<f64>,
    ) -> Result<Limits, Error> {
        let mut limits = self;
        if let Some(timeout) = timeout {
            limits.timeout_ms = whole_number("timeout", timeout, 1, MAX_TIMEOUT_MS)?;
        }
        if let Some(deadline) = deadline {
            limits.deadline_ms = whole_number("deadline", deadline, 1, MAX_TIMEOUT_MS)?;
        }
        Ok(limits)
    }
}

impl Settings {
    pub fn new(api_key: &str, api_base: Option<&str>) -> Result<Settings, Error> {
        if api_key.trim().is_empty() {
            return Err(Error::Configuration(
                "apiKey must be a non-empty string (your ChartMogul API key)".to_string(),
            ));
        }
        let api_base = match api_base {
            Some(base) => ApiBase::parse(base)?,
            None => ApiBase::default(),
        };
        Ok(Settings {
            authorization: basic_auth(api_key),
            api_base,
            limits: Limits {
                retries: DEFAULT_RETRIES,
                timeout_ms: DEFAULT_TIMEOUT_MS,
                deadline_ms: DEFAULT_DEADLINE_MS,
            },
            max_concurrency: DEFAULT_MAX_CONCURRENCY,
            max_requests_per_second: DEFAULT_MAX_REQUESTS_PER_SECOND,
            allow_browser: false,
        })
    }

    pub fn authorization(&self) -> &str {
        &self.authorization
    }

    pub fn api_base(&self) -> &ApiBase {
        &self.api_base
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub fn max_concurrency(&self) -> u32 {
        self.max_concurrency
    }

    pub fn max_requests_per_second(&self) -> u32 {
        self.max_requests_per_second
    }

    pub fn set_retries(&mut self, value: f64) -> Result<(), Error> {
        self.limits.retries = whole_number("retries", value, 0, MAX_RETRIES)?;
        Ok(())
    }

    pub fn set_timeout_ms(&mut self, value: f64) -> Result<(), Error> {
        self.limits = self.limits.with_overrides(Some(value), None)?;
        Ok(())
    }

    pub fn set_deadline_ms(&mut self, value: f64) -> Result<(), Error> {
        self.limits = self.limits.with_overrides(None, Some(value))?;
        Ok(())
    }

    pub fn set_max_concurrency(&mut self, value: f64) -> Result<(), Error> {
        self.max_concurrency = whole_number("maxConcurrency", value, 1, MAX_CONCURRENCY)?;
        Ok(())
    }

    pub fn set_max_requests_per_second(&mut self, value: f64) -> Result<(), Error> {
        self.max_requests_per_second =
            whole_number("maxRequestsPerSecond", value, 0, MAX_REQUESTS_PER_SECOND)?;
        Ok(())
    }

    /// Opts in to calls from a web page (`dangerouslyAllowBrowser`).
    pub fn allow_browser(&mut self, allowed: bool) {
        self.allow_browser = allowed;
    }

    /// In a web page the key is readable by anyone who opens it: refuse
    /// unless the caller opted in, and say why and how.
    pub fn browser_guard(&self, in_browser: bool) -> Result<(), Error> {
        if in_browser && !self.allow_browser {
            return Err(Error::Configuration(
                "refusing to call ChartMogul from a browser: anyone who opens the page can read \
                 the API key. Call it from a server or an edge function instead, or, if this key \
                 may leak, opt in with new Config(apiKey, apiBase, { dangerouslyAllowBrowser: true })"
                    .to_string(),
            ));
        }
        Ok(())
    }
}

/// Redacted: the key must never reach a log line through `{:?}`.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("authorization", &"[redacted]")
            .field("api_base", &self.api_base.as_str())
            .field("limits", &self.limits)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_requests_per_second", &self.max_requests_per_second)
            .field("allow_browser", &self.allow_browser)
            .finish()
    }
}

fn whole_number(name: &str, value: f64, min: u32, max: u32) -> Result<u32, Error> {
    if value.fract() == 0.0 && value >= f64::from(min) && value <= f64::from(max) {
        Ok(value as u32)
    } else {
        Err(Error::Configuration(format!(
            "{name} must be a whole number from {min} to {max}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "sk_test_0123456789";

    #[test]
    fn defaults_are_the_public_api_and_bounded_limits() {
        let s = Settings::new(KEY, None).unwrap();
        assert_eq!(s.authorization(), basic_auth(KEY));
        assert_eq!(s.api_base().as_str(), "https://api.chartmogul.com");
        assert_eq!(
            s.limits(),
            Limits {
                retries: 2,
                timeout_ms: 30_000,
                deadline_ms: 120_000
            }
        );
        assert_eq!(s.max_concurrency(), 20);
    }

    #[test]
    fn empty_or_blank_keys_are_refused() {
        for key in ["", "   "] {
            let e = Settings::new(key, None).unwrap_err();
            assert_eq!(e.class_name(), "ConfigurationError");
            assert!(e.to_string().contains("apiKey"));
        }
    }

    #[test]
    fn a_bad_base_is_refused() {
        let e = Settings::new(KEY, Some("http://example.com")).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
    }

    #[test]
    fn limits_accept_whole_numbers_in_range_only() {
        let mut s = Settings::new(KEY, None).unwrap();
        s.set_retries(0.0).unwrap();
        s.set_timeout_ms(1500.0).unwrap();
        s.set_deadline_ms(9000.0).unwrap();
        s.set_max_concurrency(3.0).unwrap();
        assert_eq!(
            s.limits(),
            Limits {
                retries: 0,
                timeout_ms: 1500,
                deadline_ms: 9000
            }
        );
        assert_eq!(s.max_concurrency(), 3);
        for bad in [-1.0, 1.5, f64::NAN, f64::INFINITY, 21.0] {
            assert!(s.set_retries(bad).is_err(), "retries accepted {bad}");
        }
        for bad in [0.0, -5.0, 2.5, f64::NAN, 3e9] {
            assert!(s.set_timeout_ms(bad).is_err(), "timeout accepted {bad}");
            assert!(s.set_deadline_ms(bad).is_err(), "deadline accepted {bad}");
            assert!(
                s.set_max_concurrency(bad).is_err(),
                "maxConcurrency accepted {bad}"
            );
        }
        assert_eq!(s.limits().retries, 0, "a refused value leaves the old one");
    }

    #[test]
    fn a_call_may_override_timeout_and_deadline() {
        let limits = Settings::new(KEY, None).unwrap().limits();
        let own = limits.with_overrides(Some(250.0), Some(1000.0)).unwrap();
        assert_eq!(
            (own.timeout_ms, own.deadline_ms, own.retries),
            (250, 1000, 2)
        );
        assert_eq!(limits.with_overrides(None, None).unwrap(), limits);
        let e = limits.with_overrides(Some(-1.0), None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "timeout must be a whole number from 1 to 2147483647"
        );
    }

    #[test]
    fn browsers_are_refused_unless_opted_in() {
        let mut s = Settings::new(KEY, None).unwrap();
        assert!(s.browser_guard(false).is_ok());
        let e = s.browser_guard(true).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
        assert!(
            e.to_string().contains("dangerouslyAllowBrowser: true"),
            "{e}"
        );
        s.allow_browser(true);
        assert!(s.browser_guard(true).is_ok());
    }

    #[test]
    fn debug_output_redacts_the_key() {
        let s = Settings::new(KEY, None).unwrap();
        let printed = format!("{s:?}");
        assert!(!printed.contains(KEY));
        let encoded_key = basic_auth(KEY).replace("Basic ", "");
        assert!(!printed.contains(&encoded_key));
        assert!(printed.contains("[redacted]"));
    }
}
