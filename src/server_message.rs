//! ChartMogul's error bodies come in several shapes:
//! `{"code":401,"message":"…","param":null}`, `{"error":"…"}`,
//! `{"errors":{"name":"…"}}`, `{"error":"…","error_details":[…]}`, plain
//! text, or nothing. This turns any of them into one line of the server's words.

use std::fmt::{self, Write};

use serde::de::value::{self, StrDeserializer};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Longest message kept, so an HTML error page does not become the message.
const MAX_CHARS: usize = 300;

/// The server's words from an error body (`None` when it said nothing useful).
pub fn server_message<'de, D: Deserializer<'de>>(body: D) -> Option<String> {
    let ServerMessage(text) = ServerMessage::deserialize(body).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| truncate(text))
}

/// The server's words from a body that was not JSON. An HTML error page
/// (from a proxy or load balancer) has none worth quoting.
pub fn text_message(text: &str) -> Option<String> {
    if text.trim_start().starts_with('<') {
        return None;
    }
    server_message(StrDeserializer::<value::Error>::new(text))
}

fn truncate(text: &str) -> String {
    let mut kept: String = text.chars().take(MAX_CHARS).collect();
    if kept.len() < text.len() {
        kept.push('…');
    }
    kept
}

/// The message of a whole body: known keys of an object, else its text.
struct ServerMessage(String);

impl<'de> Deserialize<'de> for ServerMessage {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(BodyVisitor).map(ServerMessage)
    }
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an error body")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let (mut main, mut details) = (Vec::new(), Vec::new());
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "message" | "error" | "errors" => main.push(map.next_value::<Text>()?.0),
                "error_details" | "details" => details.push(map.next_value::<Text>()?.0),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let mut out = join(main.into_iter());
        let details = join(details.into_iter());
        if !details.is_empty() {
            out = if out.is_empty() {
                details
            } else {
                format!("{out} ({details})")
            };
        }
        Ok(out)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<String, A::Error> {
        TextVisitor.visit_seq(seq)
    }
}

fn join(parts: impl Iterator<Item = String>) -> String {
    parts
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// A fractional number with up to 3 decimals, printed with integer
/// arithmetic: Rust's float printer would add ~14 KB to the download.
fn decimal(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e15 {
        return "a number".to_string();
    }
    let thousandths = (v.abs() * 1000.0).round() as u64;
    let sign = if v < 0.0 && thousandths > 0 { "-" } else { "" };
    let fraction = format!("{:03}", thousandths % 1000);
    let fraction = fraction.trim_end_matches('0');
    match fraction.is_empty() {
        true => format!("{sign}{}", thousandths / 1000),
        false => format!("{sign}{}.{fraction}", thousandths / 1000),
    }
}

/// Any JSON value flattened to text: `{"name":"x"}` becomes `name: x`.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor).map(Text)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(decimal(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Ok(String::new())
    }

    fn visit_none<E: de::Error>(self) -> Result<String, E> {
        Ok(String::new())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(TextVisitor)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        let mut parts = Vec::new();
        while let Some(Text(part)) = seq.next_element()? {
            parts.push(part);
        }
        Ok(join(parts.into_iter()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let mut out = String::new();
        while let Some((key, Text(value))) = map.next_entry::<String, Text>()? {
            if !out.is_empty() {
                out.push_str("; ");
            }
            let _ = write!(out, "{key}: {value}");
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(body: &str) -> Option<String> {
        match serde_json::from_str::<serde_json::Value>(body) {
            Ok(json) => server_message(json),
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
