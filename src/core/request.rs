//! An HTTP request as plain data (verb, absolute URL, JSON body) and the
//! header values every call sends. Building them here keeps encoding and
//! auth testable without a JavaScript engine.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::api_base::ApiBase;
use super::error::Error;

pub const USER_AGENT: &str = concat!("chartmogul-wasm/", env!("CARGO_PKG_VERSION"));

/// Everything but RFC 3986's unreserved characters: a path segment, a query key or value.
pub(crate) const UNRESERVED_ONLY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    Get,
    Post,
    Patch,
    Put,
    Delete,
}

impl Verb {
    /// `get`, `GET`, … as a verb.
    pub fn parse(method: &str) -> Option<Verb> {
        [Verb::Get, Verb::Post, Verb::Patch, Verb::Put, Verb::Delete]
            .into_iter()
            .find(|verb| verb.as_str().eq_ignore_ascii_case(method))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
            Verb::Patch => "PATCH",
            Verb::Put => "PUT",
            Verb::Delete => "DELETE",
        }
    }
}

/// `Basic base64(key + ":")`: the key is the user name, the password empty.
pub fn basic_auth(api_key: &str) -> String {
    format!("Basic {}", STANDARD.encode(format!("{api_key}:")))
}

/// Header names and values, in the order they are sent.
pub type HeaderList<'a> = Vec<(&'static str, &'a str)>;

/// The headers of every call made with `authorization` (a Basic value);
/// `json_body` adds the Content-Type of a JSON body. None of them is the
/// caller's to set.
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

/// A request as verb, URL and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub verb: Verb,
    pub url: String,
    /// A JSON body.
    pub body: Option<String>,
}

impl Request {
    /// A request to `base` + `path`, with `query` (form-encoded, may be
    /// empty) after any query the path has.
    pub fn new(verb: Verb, base: &ApiBase, path: &str, query: &str) -> Request {
        let url = match (query, path.contains('?')) {
            ("", _) => format!("{}{path}", base.as_str()),
            (query, true) => format!("{}{path}&{query}", base.as_str()),
            (query, false) => format!("{}{path}?{query}", base.as_str()),
        };
        Request {
            verb,
            url,
            body: None,
        }
    }
}

/// ChartMogul refuses a blank uuid, name or unit: say so before sending.
pub fn non_blank(name: &str, value: &str) -> Result<(), Error> {
    match value.trim().is_empty() {
        true => Err(Error::Configuration(format!(
            "{name} must be a non-empty string"
        ))),
        false => Ok(()),
    }
}

/// `value` as one path segment named `name` in errors: percent-encoded, and
/// refused when blank or `.`/`..` (which would change the path's meaning).
pub fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    non_blank(name, value)?;
    if value == "." || value == ".." {
        return Err(Error::Configuration(format!(
            "{name} must not be `.` or `..`"
        )));
    }
    Ok(utf8_percent_encode(value, UNRESERVED_ONLY).to_string())
}

/// A raw request's path, sent under the API base as given (its own query
/// too), once it cannot leave it: it starts with `/` (not `//`), and has no
/// `.` or `..` segment, no fragment, no whitespace or control characters.
pub fn raw_path(path: &str) -> Result<&str, Error> {
    let refused = |why: &str| Err(Error::Configuration(format!("path {why}: `{path}`")));
    let segments = path.split(['?']).next().unwrap_or("").split('/');
    if !path.starts_with('/') || path.starts_with("//") {
        refused("must start with one `/`")
    } else if segments.into_iter().any(|s| s == "." || s == "..") {
        refused("must not have a `.` or `..` segment")
    } else if path
        .chars()
        .any(|c| c == '#' || c.is_whitespace() || c.is_control())
    {
        refused("must not have `#`, whitespace or control characters")
    } else {
        Ok(path)
    }
}

/// The parameter names of a path template, in order: `/v1/x/{uuid}/y/{id}`
/// → uuid, id. A parameter may also stand in the template's query
/// (`/v1/customer_notes?customer_uuid={uuid}`).
pub fn path_params(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

/// The keys of a template's own query: `customer_uuid` for
/// `/v1/tasks?customer_uuid={customer_uuid}`.
pub fn template_keys(template: &str) -> impl Iterator<Item = &str> {
    let query = template.split_once('?').map_or("", |(_, query)| query);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('=').map(|(key, _)| key))
}

/// A query (`a=1&b=2`) given to a template with a query of its own must
/// not name the template's keys again: the argument already says
/// `customer_uuid`, and a second one would be sent beside it.
pub fn no_template_key(template: &str, query: &str) -> Result<(), Error> {
    let given: Vec<&str> = query
        .split('&')
        .map(|pair| pair.split('=').next().unwrap_or(pair))
        .collect();
    match template_keys(template).find(|key| given.contains(key)) {
        Some(key) => Err(Error::Configuration(format!(
            "query: unknown field `{key}`: it is this call's argument"
        ))),
        None => Ok(()),
    }
}

/// `template` with each `{name}` replaced by the next of `values`, encoded.
/// The caller passes as many values as `path_params` names.
pub fn fill_path(template: &str, values: &[String]) -> Result<String, Error> {
    let mut values = values.iter();
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let (name, tail) = after.split_once('}').unwrap_or((after, ""));
        filled.push_str(before);
        filled.push_str(&path_segment(
            name,
            values.next().map_or("", String::as_str),
        )?);
        rest = tail;
    }
    filled.push_str(rest);
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_may_not_repeat_a_key_of_the_templates_own() {
        let template = "/v1/tasks?customer_uuid={customer_uuid}";
        assert_eq!(
            template_keys(template).collect::<Vec<_>>(),
            ["customer_uuid"]
        );
        assert_eq!(template_keys("/v1/tasks").count(), 0);
        assert_eq!(no_template_key(template, "assignee=a&per_page=2"), Ok(()));
        assert_eq!(no_template_key(template, ""), Ok(()));
        assert_eq!(no_template_key("/v1/tasks", "customer_uuid=c"), Ok(()));
        let repeated = no_template_key(template, "per_page=2&customer_uuid=c");
        assert!(repeated
            .unwrap_err()
            .to_string()
            .contains("unknown field `customer_uuid`"));
    }

    #[test]
    fn a_raw_path_stays_under_the_api_base() {
        assert_eq!(
            raw_path("/v1/data_sources/all?x=1"),
            Ok("/v1/data_sources/all?x=1")
        );
        for bad in [
            "v1/x",
            "//evil.example/v1",
            "/v1/../x",
            "/v1/./x",
            "/v1/x#y",
            "/v1/x\r\ny",
            "/v1/ x",
        ] {
            let error = raw_path(bad).unwrap_err();
            assert_eq!(error.class_name(), "ConfigurationError", "accepted {bad:?}");
        }
        assert_eq!(Verb::parse("patch"), Some(Verb::Patch));
        assert_eq!(Verb::parse("HEAD"), None);
    }

    #[test]
    fn basic_auth_uses_the_key_as_user_and_an_empty_password() {
        // base64("sk_test:") == "c2tfdGVzdDo="
        assert_eq!(basic_auth("sk_test"), "Basic c2tfdGVzdDo=");
        assert_eq!(basic_auth("abc"), "Basic YWJjOg==");
    }

    #[test]
    fn a_request_goes_to_the_base_with_its_path_and_query() {
        let base = ApiBase::parse("https://proxy.example/chartmogul/").unwrap();
        let r = Request::new(
            Verb::Get,
            &base,
            "/v1/data_sources/ds_1",
            "with_processing_status=true",
        );
        assert_eq!(r.verb.as_str(), "GET");
        assert_eq!(
            r.url,
            "https://proxy.example/chartmogul/v1/data_sources/ds_1?with_processing_status=true"
        );
        assert_eq!(r.body, None);
        let bare = Request::new(Verb::Delete, &base, "/v1/x", "");
        assert_eq!(bare.url, "https://proxy.example/chartmogul/v1/x");
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
        let with_body = header_list("Basic a2s6", true);
        assert_eq!(with_body[3], ("Content-Type", "application/json"));
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
    fn templates_name_their_parameters_and_fill_them_encoded() {
        let template = "/v1/data_sources/{data_source_uuid}/invoices/{external_id}/status";
        assert_eq!(
            path_params(template).collect::<Vec<_>>(),
            ["data_source_uuid", "external_id"]
        );
        let filled = fill_path(template, &["ds_1".into(), "inv 1/a".into()]).unwrap();
        assert_eq!(filled, "/v1/data_sources/ds_1/invoices/inv%201%2Fa/status");
        let missing = fill_path(template, &["ds_1".into()]).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "external_id must be a non-empty string"
        );
        assert_eq!(path_params("/v1/ping").count(), 0);
    }

    #[test]
    fn a_parameter_in_the_templates_query_is_filled_and_the_query_follows_it() {
        let template = "/v1/customer_notes?customer_uuid={customer_uuid}";
        assert_eq!(path_params(template).collect::<Vec<_>>(), ["customer_uuid"]);
        let path = fill_path(template, &["cus 1&x".into()]).unwrap();
        assert_eq!(path, "/v1/customer_notes?customer_uuid=cus%201%26x");
        let base = ApiBase::parse("https://api.chartmogul.com").unwrap();
        let r = Request::new(Verb::Get, &base, &path, "per_page=5");
        assert_eq!(
            r.url,
            "https://api.chartmogul.com/v1/customer_notes?customer_uuid=cus%201%26x&per_page=5"
        );
    }
}
