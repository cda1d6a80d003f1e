//! An HTTP request as plain data (method, absolute URL, body) and the header
//! values every call sends. Building them here keeps encoding and auth
//! testable without a JavaScript engine.

use alloc::{string::String, vec::Vec};

use crate::api_base::ApiBase;
use crate::ascii::is_blank;
use crate::error::Error;

const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

pub const USER_AGENT: &str = concat!("chartmogul-wasm/", env!("CARGO_PKG_VERSION"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }

    /// Whether sending it twice does no more than sending it once, so any
    /// failed attempt may be retried. A POST may have been carried out.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post)
    }
}

/// Header names and values, in the order they are sent.
pub type HeaderList<'a> = Vec<(&'static str, &'a str)>;

/// The headers of every call made with `authorization` (a Basic value);
/// `json_body` adds the Content-Type of a JSON body. A Config makes them
/// into JS headers once (`transport::js_headers`), not each call.
pub fn header_list(authorization: &str, json_body: bool) -> HeaderList<'_> {
    let mut headers = vec![
        ("Authorization", authorization),
        ("Accept", "application/json"),
        ("User-Agent", USER_AGENT),
    ];
    if json_body {
        headers.push(("Content-Type", "application/json"));
    }
    headers
}

/// A request as method, URL and body. Its headers are the Config's, for
/// every call alike (`header_list`): none of them is the caller's to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    /// A JSON body, for POST.
    pub body: Option<String>,
}

impl Request {
    /// A request to `base` + `path` (+ `query`).
    pub fn new(method: Method, base: &ApiBase, path: &str, query: &Query) -> Request {
        Request {
            method,
            url: [base.as_str(), path, query.as_str()].concat(),
            body: None,
        }
    }

    /// Adds `json` as the body.
    pub fn with_json_body(mut self, json: String) -> Request {
        self.body = Some(json);
        self
    }
}

/// `value` as a JSON string literal. Hand-written, as serde_json would add
/// kilobytes to every download for this one use; RFC 8259 section 7.
pub fn json_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                push_hex(&mut out, c as u8);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `Basic base64(key + ":")`: the key is the user name, the password empty.
/// Hand-written: the base64 crate's engine cost 2.3 KB of gzip in the .wasm
/// for one short string per Config; a property test holds this to it.
pub fn basic_auth(api_key: &str) -> String {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut credentials = String::from(api_key);
    credentials.push(':');
    let mut encoded = String::from("Basic ");
    for group in credentials.as_bytes().chunks(3) {
        // Up to 3 bytes as one 24-bit number, read as four 6-bit digits: a
        // group of n bytes gives n + 1 digits, then `=` for each one missing.
        let bits = group.iter().enumerate().fold(0u32, |bits, (i, byte)| {
            bits | u32::from(*byte) << (16 - 8 * i)
        });
        for digit in 0..4 {
            encoded.push(match digit <= group.len() {
                true => char::from(DIGITS[(bits >> (18 - 6 * digit) & 63) as usize]),
                false => '=',
            });
        }
    }
    encoded
}

/// Checks a caller's identifier and encodes it as exactly one path segment.
/// An empty id would turn "retrieve one" into "list all" (chartmogul-node's
/// bug), and `.`/`..` would be resolved away by every URL parser.
pub fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    if is_blank(value) {
        return Err(Error::Configuration(
            [name, " must be a non-empty string"].concat(),
        ));
    }
    if value == "." || value == ".." {
        return Err(Error::Configuration(
            [name, r#" must not be "." or "..""#].concat(),
        ));
    }
    let mut encoded = String::with_capacity(value.len());
    percent_encode(&mut encoded, value);
    Ok(encoded)
}

/// Appends `value` with every byte but RFC 3986's unreserved characters
/// escaped, so it stays one path segment or one query value whatever it
/// holds. Hand-written: the percent-encoding crate's table and iterator cost
/// more of the .wasm than this loop; a property test holds it to the crate.
fn percent_encode(out: &mut String, value: &str) {
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte))
            }
            _ => {
                out.push('%');
                push_hex(out, byte);
            }
        }
    }
}

/// Appends `byte` as two hexadecimal digits.
fn push_hex(out: &mut String, byte: u8) {
    out.push(char::from(HEX_DIGITS[usize::from(byte >> 4)]));
    out.push(char::from(HEX_DIGITS[usize::from(byte & 15)]));
}

/// A query string under construction; empty, or `?a=b&c=d`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query(String);

impl Query {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Adds the parameters of `other` after these.
    pub fn append(&mut self, other: Query) {
        if let Some(rest) = other.0.strip_prefix('?') {
            self.0.push(if self.0.is_empty() { '?' } else { '&' });
            self.0.push_str(rest);
        }
    }

    /// Adds `name=value` when the value was given.
    pub fn text(mut self, name: &str, value: Option<&str>) -> Query {
        if let Some(value) = value {
            self.push(name, value);
        }
        self
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
        percent_encode(&mut self.0, name);
        self.0.push('=');
        percent_encode(&mut self.0, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_auth_uses_the_key_as_user_and_an_empty_password() {
        // base64("sk_test:") == "c2tfdGVzdDo="
        assert_eq!(basic_auth("sk_test"), "Basic c2tfdGVzdDo=");
        // No padding and two padding characters: the buffer is sized for both.
        assert_eq!(basic_auth("ab"), "Basic YWI6");
        assert_eq!(basic_auth("abc"), "Basic YWJjOg==");
    }

    #[test]
    fn a_request_goes_to_the_base_with_its_path_and_query() {
        let base = ApiBase::parse("https://proxy.example/chartmogul/").unwrap();
        let query = Query::default().flag("with_processing_status", Some(true));
        let r = Request::new(Method::Get, &base, "/v1/data_sources/ds_1", &query);
        assert_eq!(r.method.as_str(), "GET");
        assert_eq!(
            r.url,
            "https://proxy.example/chartmogul/v1/data_sources/ds_1?with_processing_status=true"
        );
        assert_eq!(r.body, None);
    }

    #[test]
    fn every_call_carries_auth_accept_and_user_agent() {
        let authorization = basic_auth("k");
        assert_eq!(
            header_list(&authorization, false),
            [
                ("Authorization", authorization.as_str()),
                ("Accept", "application/json"),
                ("User-Agent", USER_AGENT),
            ]
        );
        assert!(USER_AGENT.starts_with("chartmogul-wasm/"));
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
    fn text_values_are_percent_encoded() {
        let q = Query::default()
            .text("name", Some("In-house & Co/2"))
            .text("system", None)
            .flag("f", Some(true));
        assert_eq!(q.as_str(), "?name=In-house%20%26%20Co%2F2&f=true");
    }

    #[test]
    fn json_strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(json_string("plain"), r#""plain""#);
        assert_eq!(json_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(json_string("l1\nl2\t\r"), r#""l1\nl2\t\r""#);
        assert_eq!(json_string("\u{1}\u{1f}é😀"), "\"\\u0001\\u001Fé😀\"");
        for text in ["x\"y", "\\", "\u{0}\u{1f}", "naïve ✓"] {
            let parsed: String = serde_json::from_str(&json_string(text)).unwrap();
            assert_eq!(parsed, text);
        }
    }

    #[test]
    fn only_post_is_not_idempotent() {
        assert!(Method::Get.is_idempotent());
        assert!(Method::Delete.is_idempotent());
        assert!(!Method::Post.is_idempotent());
    }

    #[test]
    fn a_json_body_comes_with_its_content_type() {
        let r = Request::new(
            Method::Post,
            &ApiBase::default(),
            "/v1/x",
            &Query::default(),
        )
        .with_json_body(r#"{"name":"n"}"#.to_string());
        assert_eq!(r.body.as_deref(), Some(r#"{"name":"n"}"#));
        let with_body = header_list("Basic a2s6", true);
        assert_eq!(with_body[..3], header_list("Basic a2s6", false)[..]);
        assert_eq!(with_body[3], ("Content-Type", "application/json"));
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

/// The hand-written encoders against the crates they replace, for any text.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::{basic_auth, path_segment, Query};
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    use proptest::prelude::*;

    /// Everything but RFC 3986's unreserved characters.
    const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');

    proptest! {
        #[test]
        fn basic_auth_encodes_as_the_base64_crate_does(key in "\\PC{0,80}") {
            let expected = format!("Basic {}", STANDARD.encode(format!("{key}:")));
            prop_assert_eq!(basic_auth(&key), expected);
        }

        #[test]
        fn components_encode_as_the_percent_encoding_crate_does(text in "\\PC{1,40}") {
            let expected = utf8_percent_encode(&text, COMPONENT).to_string();
            let query = Query::default().text(&text, Some(&text));
            prop_assert_eq!(query.as_str(), format!("?{expected}={expected}"));
            if let Ok(segment) = path_segment("uuid", &text) {
                prop_assert_eq!(segment, expected);
            }
        }
    }
}
