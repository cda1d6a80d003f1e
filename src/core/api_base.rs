//! Validation of `apiBase`: an absolute http(s) URL whose path prefix is kept
//! (a proxy at `https://host/chartmogul/` works). Plain `http://` is refused
//! unless the host is loopback, so the API key never travels in clear text.
//!
//! Only scheme and authority need checking, so this is a small check rather
//! than the `url` crate (which would add its IDNA tables to every download
//! and parse far more than these few rules need).

use super::error::Error;

pub const DEFAULT_API_BASE: &str = "https://api.chartmogul.com";

const NOT_A_URL: &str =
    "apiBase must be an absolute http(s) URL such as https://api.chartmogul.com";

/// A checked base URL: `scheme://authority[/path]`, without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiBase(String);

impl ApiBase {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses and checks `input`. Error messages never repeat the input: a
    /// caller who swapped `apiKey` and `apiBase` must not see the key printed.
    pub fn parse(input: &str) -> Result<ApiBase, Error> {
        let invalid = || Error::Configuration(NOT_A_URL.to_string());
        let (secure, rest) = strip_scheme(input).ok_or_else(invalid)?;
        // Spaces, control characters, a query or a fragment: not a base URL.
        if rest
            .bytes()
            .any(|b| b <= b' ' || matches!(b, b'?' | b'#' | 0x7f))
        {
            return Err(invalid());
        }
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        if authority.contains('@') {
            return Err(Error::Configuration(
                "apiBase must not contain credentials; pass the API key as the first argument"
                    .to_string(),
            ));
        }
        let host = host_of(authority).ok_or_else(invalid)?;
        if !secure && !is_loopback(host) {
            return Err(Error::Configuration(
                "apiBase must use https:// so the API key is never sent in clear text \
                 (plain http:// is allowed only for localhost, 127.0.0.0/8 and [::1])"
                    .to_string(),
            ));
        }
        let scheme = if secure { "https://" } else { "http://" };
        Ok(ApiBase(format!(
            "{scheme}{authority}{}",
            path.trim_end_matches('/')
        )))
    }
}

impl Default for ApiBase {
    fn default() -> Self {
        ApiBase(DEFAULT_API_BASE.to_string())
    }
}

/// Returns whether the scheme is https, and what follows `scheme://`.
fn strip_scheme(input: &str) -> Option<(bool, &str)> {
    [("https://", true), ("http://", false)]
        .into_iter()
        .find(|(scheme, _)| {
            input
                .get(..scheme.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
        })
        .and_then(|(scheme, secure)| Some((secure, input.get(scheme.len()..)?)))
}

/// Digits only (Rust's own parser would take a `+` sign too).
fn decimal(text: &str) -> Option<u32> {
    let digits = !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok())?
}

/// The host part of `host[:port]` or `[v6][:port]`, if the authority is well formed.
fn host_of(authority: &str) -> Option<&str> {
    let (host, port) = if authority.starts_with('[') {
        let close = authority.find(']')?;
        match authority.split_at(close + 1) {
            (host, "") => (host, None),
            (host, after) => (host, Some(after.strip_prefix(':')?)),
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port_ok = port.is_none_or(|p| decimal(p).is_some_and(|n| (1..=65535).contains(&n)));
    let host_ok = !host.is_empty()
        && (host.starts_with('[')
            || host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_')));
    (port_ok && host_ok).then_some(host)
}

fn is_loopback(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") || host == "[::1]" {
        return true;
    }
    let octets: Vec<&str> = host.split('.').collect();
    octets.len() == 4
        && octets[0] == "127"
        && octets
            .iter()
            .all(|o| o.len() <= 3 && decimal(o).is_some_and(|n| n <= 255))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        ApiBase::parse(input).unwrap().as_str().to_string()
    }

    fn err(input: &str) -> String {
        ApiBase::parse(input).unwrap_err().to_string()
    }

    #[test]
    fn default_is_the_public_api() {
        assert_eq!(ApiBase::default().as_str(), "https://api.chartmogul.com");
    }

    #[test]
    fn https_bases_are_kept_with_their_path_prefix_and_no_trailing_slash() {
        assert_eq!(
            ok("https://api.chartmogul.com"),
            "https://api.chartmogul.com"
        );
        assert_eq!(
            ok("https://api.chartmogul.com/"),
            "https://api.chartmogul.com"
        );
        assert_eq!(
            ok("https://host:8443/chartmogul/"),
            "https://host:8443/chartmogul"
        );
        assert_eq!(ok("HTTPS://host/a/b"), "https://host/a/b");
    }

    #[test]
    fn plain_http_is_allowed_only_for_loopback_hosts() {
        assert_eq!(ok("http://localhost:3000"), "http://localhost:3000");
        assert_eq!(ok("http://127.0.0.1:8080/p/"), "http://127.0.0.1:8080/p");
        assert_eq!(ok("http://127.255.3.4"), "http://127.255.3.4");
        assert!(err("http://127.0.0.256").contains("clear text"));
        assert_eq!(ok("http://[::1]:9000"), "http://[::1]:9000");
        assert!(err("http://api.chartmogul.com").contains("https://"));
        assert!(err("http://128.0.0.1").contains("clear text"));
        assert!(err("http://127.0.0.1.evil.com").contains("clear text"));
        assert!(err("http://[::2]").contains("clear text"));
    }

    #[test]
    fn relative_or_odd_urls_are_refused() {
        for bad in [
            "",
            "api.chartmogul.com",
            "/v1",
            "ftp://host",
            "https://",
            "https://:443",
            "https://host:0",
            "https://host:99999",
            "https://host:abc",
            "https://ho st",
            "https://host/?q=1",
            "https://host/#frag",
            "https://[::1",
            "https://[::1]x",
            "https://host:+443",
        ] {
            assert!(
                err(bad).contains("absolute http(s) URL"),
                "accepted {bad:?}"
            );
        }
    }

    #[test]
    fn credentials_in_the_url_are_refused_without_echoing_them() {
        let message = err("https://sk_secret:@api.chartmogul.com");
        assert!(message.contains("credentials"));
        assert!(!message.contains("sk_secret"));
    }

    #[test]
    fn errors_never_repeat_the_input() {
        // A caller who swapped the arguments passes the key as apiBase.
        assert!(!err("sk_live_1234567890").contains("sk_live"));
    }
}
