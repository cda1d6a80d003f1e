//! ChartMogul's error bodies come in several shapes:
//! `{"code":401,"message":"…","param":null}`, `{"error":"…"}`,
//! `{"errors":{"name":"…"}}`, `{"error":"…","error_details":[…]}`, plain
//! text, or nothing. This turns any of them into one line of the server's words.

use alloc::{
    string::{String, ToString},
    vec::Vec,
};

use crate::ascii::trim_end_byte;
use crate::digits::digits;
use crate::tree::{Kind, Tree};
use crate::whole::is_whole;

/// Longest message kept, so an HTML error page does not become the message.
const MAX_CHARS: usize = 300;

/// The server's words from a JSON error body (`None` when it said nothing useful).
pub fn server_message<N: Tree>(body: &N) -> Option<String> {
    let text = match body.kind() {
        Kind::Object => object_message(body),
        Kind::String | Kind::Array => flatten(body),
        _ => return None,
    };
    kept(&text)
}

/// The server's words from a body that was not JSON. An HTML error page
/// (from a proxy or load balancer) has none worth quoting.
pub fn text_message(text: &str) -> Option<String> {
    if text.trim_ascii_start().starts_with('<') {
        return None;
    }
    kept(text)
}

/// The trimmed text, cut at MAX_CHARS; `None` when empty.
fn kept(text: &str) -> Option<String> {
    let text = text.trim_ascii();
    if text.is_empty() {
        return None;
    }
    let mut kept: String = text.chars().take(MAX_CHARS).collect();
    if kept.len() < text.len() {
        kept.push('…');
    }
    Some(kept)
}

/// The message of an error object: its known keys, details in brackets.
fn object_message<N: Tree>(body: &N) -> String {
    let (mut main, mut details) = (Vec::new(), Vec::new());
    for (key, value) in body.entries() {
        match key.as_str() {
            "message" | "error" | "errors" => main.push(flatten(&value)),
            "error_details" | "details" => details.push(flatten(&value)),
            _ => {}
        }
    }
    let (main, details) = (join(main), join(details));
    match (main.is_empty(), details.is_empty()) {
        (_, true) => main,
        (true, false) => details,
        (false, false) => [&main, " (", &details, ")"].concat(),
    }
}

/// The parts that say something, separated by `; `.
fn join(parts: Vec<String>) -> String {
    let mut joined = String::new();
    for part in parts.iter().filter(|part| !part.is_empty()) {
        if !joined.is_empty() {
            joined.push_str("; ");
        }
        joined.push_str(part);
    }
    joined
}

/// Any JSON value flattened to text: `{"name":"x"}` becomes `name: x`.
fn flatten<N: Tree>(value: &N) -> String {
    match value.kind() {
        Kind::Null => String::new(),
        Kind::Bool(flag) => if flag { "true" } else { "false" }.to_string(),
        Kind::Number(number) => number_text(number),
        Kind::String => value.text().unwrap_or_default(),
        Kind::Array => join(value.items().iter().map(flatten).collect()),
        Kind::Object => join(
            value
                .entries()
                .into_iter()
                .map(|(key, value)| [&key, ": ", &flatten(&value)].concat())
                .collect(),
        ),
    }
}

/// Whole numbers as integers, others with up to 3 decimals.
fn number_text(v: f64) -> String {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match is_whole(v) && v.abs() <= EXACT {
        true => {
            let sign = if v < 0.0 { "-" } else { "" };
            [sign, &digits(v.abs() as u64)].concat()
        }
        false => decimal(v),
    }
}

/// A fractional number with up to 3 decimals, printed with integer
/// arithmetic: Rust's float printer would add ~14 KB to the download.
fn decimal(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e15 {
        return "a number".to_string();
    }
    let thousandths = libm::round(v.abs() * 1000.0) as u64;
    let sign = if v < 0.0 && thousandths > 0 { "-" } else { "" };
    let whole = digits(thousandths / 1000);
    // 1000 + the thousandths, less its leading 1: three digits, zeros kept.
    let fraction = digits(1000 + thousandths % 1000);
    let fraction = fraction.strip_prefix('1').unwrap_or_default();
    match trim_end_byte(fraction, b'0') {
        "" => [sign, &whole].concat(),
        fraction => [sign, &whole, ".", fraction].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(body: &str) -> Option<String> {
        match serde_json::from_str::<serde_json::Value>(body) {
            Ok(json) => server_message(&json),
            Err(_) => text_message(body),
        }
    }

    #[test]
    fn the_code_message_param_shape_gives_its_message() {
        assert_eq!(
            message(r#"{"code":401,"message":"No valid API key provided","param":null}"#),
            Some("No valid API key provided".into())
        );
    }

    #[test]
    fn the_error_shape_gives_its_error() {
        assert_eq!(
            message(r#"{"error":"Data source not found"}"#),
            Some("Data source not found".into())
        );
    }

    #[test]
    fn the_errors_object_names_each_field() {
        assert_eq!(
            message(r#"{"errors":{"name":"A name is required for each data source."}}"#),
            Some("name: A name is required for each data source.".into())
        );
        assert_eq!(
            message(r#"{"errors":{"name":["is blank","is too short"],"system":"bad"}}"#),
            Some("name: is blank; is too short; system: bad".into())
        );
    }

    #[test]
    fn error_details_follow_the_error() {
        assert_eq!(
            message(
                r#"{"error":"Invalid request","error_details":[{"field":"uuid","reason":"bad"}]}"#
            ),
            Some("Invalid request (field: uuid; reason: bad)".into())
        );
        assert_eq!(
            message(r#"{"error_details":["only details"]}"#),
            Some("only details".into())
        );
    }

    #[test]
    fn plain_text_bodies_are_their_own_message_and_long_ones_are_cut() {
        assert_eq!(message("Bad Gateway\n"), Some("Bad Gateway".into()));
        let long = "x".repeat(1000);
        let cut = message(&long).unwrap();
        assert_eq!(cut.chars().count(), MAX_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn numbers_in_bodies_print_without_the_float_printer() {
        assert_eq!(
            message(r#"{"errors":{"limit":2.5,"count":3,"ratio":-0.125}}"#),
            Some("count: 3; limit: 2.5; ratio: -0.125".into())
        );
        assert_eq!(decimal(1.0 / 3.0), "0.333");
        assert_eq!(decimal(1.05), "1.05");
        assert_eq!(decimal(-2.0004), "-2");
        assert_eq!(number_text(-7.0), "-7");
        assert_eq!(number_text(9_007_199_254_740_992.0), "9007199254740992");
        assert_eq!(decimal(f64::INFINITY), "a number");
    }

    #[test]
    fn html_error_pages_give_none() {
        assert_eq!(message("<html><h1>502 Bad Gateway</h1></html>"), None);
        assert_eq!(message("  <!DOCTYPE html><p>x</p>"), None);
    }

    #[test]
    fn empty_or_wordless_bodies_give_none() {
        assert_eq!(message(""), None);
        assert_eq!(message("{}"), None);
        assert_eq!(message(r#"{"code":500,"param":null}"#), None);
        assert_eq!(message("42"), None);
        assert_eq!(message("null"), None);
    }
}
