//! ChartMogul's error bodies come in several shapes:
//! `{"code":401,"message":"…","param":null}`, `{"error":"…"}`,
//! `{"errors":{"name":"…"}}`, `{"error":"…","error_details":[…]}`, plain
//! text, or nothing. This turns any of them into one line of the server's words.

use serde_json::Value;

/// Longest message kept, so an HTML error page does not become the message.
const MAX_CHARS: usize = 300;

/// The server's words from a JSON error body (`None` when it said nothing useful).
pub fn server_message(body: &Value) -> Option<String> {
    let text = match body {
        Value::Object(_) => object_message(body),
        Value::String(_) | Value::Array(_) => flatten(body),
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
fn object_message(body: &Value) -> String {
    let (mut main, mut details) = (Vec::new(), Vec::new());
    for (key, value) in body.as_object().into_iter().flatten() {
        match key.as_str() {
            "message" | "error" | "errors" => main.push(flatten(value)),
            "error_details" | "details" => details.push(flatten(value)),
            _ => {}
        }
    }
    let (main, details) = (join(main), join(details));
    match (main.is_empty(), details.is_empty()) {
        (_, true) => main,
        (true, false) => details,
        (false, false) => format!("{main} ({details})"),
    }
}

/// The parts that say something, separated by `; `.
fn join(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Any JSON value flattened to text: `{"name":"x"}` becomes `name: x`.
fn flatten(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => text.clone(),
        Value::Array(items) => join(items.iter().map(flatten).collect()),
        Value::Object(entries) => join(
            entries
                .iter()
                .map(|(key, value)| format!("{key}: {}", flatten(value)))
                .collect(),
        ),
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
    fn numbers_in_bodies_print_as_json_wrote_them() {
        assert_eq!(
            message(r#"{"errors":{"limit":2.5,"count":3,"ratio":-0.125}}"#),
            Some("count: 3; limit: 2.5; ratio: -0.125".into())
        );
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
