//! A nested object typed loosely: its keys are the user's own (custom
//! attributes) or rarely read (Clearbit's enrichment), so the answer check
//! asks only that it is an object. One small hand-written visitor instead
//! of a serde type per nesting: each derived type costs ~1.6 KB of gzip.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

/// Any JSON object (or `null` where the field is an `Option`); declare it
/// to TypeScript as `Record<string, unknown>`.
#[derive(Debug, PartialEq, Eq)]
pub struct AnyObject;

impl<'de> Deserialize<'de> for AnyObject {
    /// `deserialize_any`, so that the value says what it is: asked for a
    /// map, serde-wasm-bindgen reads a JS array as one (`{ "0": … }`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnyObjectVisitor)
    }
}

struct AnyObjectVisitor;

impl<'de> Visitor<'de> for AnyObjectVisitor {
    type Value = AnyObject;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyObject, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(AnyObject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    fn any(json: &str) -> Result<Option<AnyObject>, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn any_object_passes_and_nothing_else_does() {
        assert_eq!(
            any(r#"{"CAC":213,"pro":false,"m":{"x":[1]}}"#),
            Ok(Some(AnyObject))
        );
        assert_eq!(any("null"), Ok(None));
        assert!(any(r#""text""#).unwrap_err().contains("expected an object"));
        assert!(any("[1]").unwrap_err().contains("expected an object"));
    }
}
