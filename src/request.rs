//! An HTTP request as plain data: method, absolute URL and headers. Building
//! it here keeps encoding and auth testable without a JavaScript engine.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::api_base::ApiBase;
use crate::error::Error;

/// Everything but RFC 3986's unreserved characters is escaped, so a value
/// stays one path segment or one query value whatever it holds.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub const USER_AGENT: &str = concat!("chartmogul-wasm/", env!("CARGO_PKG_VERSION"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
}

/// Redacted: the Authorization header carries the key.
impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &"[redacted]")
            .finish()
    }
}

impl Request {
    /// A request to `base` + `path` (+ `query`) with ChartMogul's headers.
    pub fn new(
        method: Method,
        base: &ApiBase,
        path: &str,
        query: &Query,
        api_key: &str,
    ) -> Request {
        Request {
            method,
            url: format!("{}{}{}", base.as_str(), path, query.as_str()),
            headers: vec![
                ("Authorization", basic_auth(api_key)),
                ("Accept", "application/json".to_string()),
                ("User-Agent", USER_AGENT.to_string()),
            ],
        }
    }
}

/// `Basic base64(key + ":")`: the key is the user name, the password empty.
pub fn basic_auth(api_key: &str) -> String {
    format!("Basic {}", BASE64.encode(format!("{api_key}:")))
}

/// Checks a caller's identifier and encodes it as exactly one path segment.
/// An empty id would turn "retrieve one" into "list all" (chartmogul-node's
/// bug), and `.`/`..` would be resolved away by every URL parser.
pub fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    if value.trim().is_empty() {
        return Err(Error::Configuration(format!(
            "{name} must be a non-empty string"
        )));
    }
    if value == "." || value == ".." {
        return Err(Error::Configuration(format!(
            "{name} must not be \".\" or \"..\""
        )));
    }
    Ok(utf8_percent_encode(value, COMPONENT).to_string())
}

/// A query string under construction; empty, or `?a=b&c=d`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query(String);

impl Query {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Adds `name=true|false` when the flag was given.
    pub fn flag(mut self, name: &str, value: Option<bool>) -> Query {
        if let Some(value) = value {
            self.push(name, if value { "true" } else { "false" });
        }
        self
    }

    fn push(&mut self, name: &str, value: &str) {
        self.0.push(if self.0.is_empty() { '?' } else { '&' });
        self.0.extend(utf8_percent_encode(name, COMPONENT));
        self.0.push('=');
        self.0.extend(utf8_percent_encode(value, COMPONENT));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_auth_uses_the_key_as_user_and_an_empty_password() {
        // base64("sk_test:") == "c2tfdGVzdDo="
        assert_eq!(basic_auth("sk_test"), "Basic c2tfdGVzdDo=");
    }

    #[test]
    fn a_request_carries_url_auth_accept_and_user_agent() {
        let base = ApiBase::parse("https://proxy.example/chartmogul/").unwrap();
        let query = Query::default().flag("with_processing_status", Some(true));
        let r = Request::new(Method::Get, &base, "/v1/data_sources/ds_1", &query, "k");
        assert_eq!(r.method.as_str(), "GET");
        assert_eq!(
            r.url,
            "https://proxy.example/chartmogul/v1/data_sources/ds_1?with_processing_status=true"
        );
        assert_eq!(r.headers[0], ("Authorization", basic_auth("k")));
        assert_eq!(r.headers[1], ("Accept", "application/json".to_string()));
        assert!(r.headers[2].1.starts_with("chartmogul-wasm/"));
        assert!(!format!("{r:?}").contains(&basic_auth("k")));
    }

    #[test]
    fn path_segments_escape_everything_but_unreserved_characters() {
        assert_eq!(
            path_segment("uuid", "ds_fef05d54-47b4-431b-aed2-eb6b9e545430").unwrap(),
            "ds_fef05d54-47b4-431b-aed2-eb6b9e545430"
        );
        assert_eq!(path_segment("uuid", "a/b?c#d").unwrap(), "a%2Fb%3Fc%23d");
        assert_eq!(path_segment("uuid", "../x").unwrap(), "..%2Fx");
        assert_eq!(path_segment("uuid", "é %").unwrap(), "%C3%A9%20%25");
    }

    #[test]
    fn empty_blank_and_dot_segments_are_refused() {
        for bad in ["", "  ", ".", ".."] {
            let e = path_segment("uuid", bad).unwrap_err();
            assert_eq!(e.class_name(), "ConfigurationError", "accepted {bad:?}");
            assert!(e.to_string().starts_with("uuid "));
        }
    }

    #[test]
    fn flags_are_sent_as_true_or_false_and_omitted_when_absent() {
        let q = Query::default()
            .flag("a", Some(true))
            .flag("b", None)
            .flag("c", Some(false));
        assert_eq!(q.as_str(), "?a=true&c=false");
        assert_eq!(Query::default().flag("a", None).as_str(), "");
    }
}
