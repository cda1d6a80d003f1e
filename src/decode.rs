//! Checks values against Rust types: ChartMogul's answers (a bad one is an
//! InvalidResponseError) and the caller's arguments (a bad one is a
//! ConfigurationError). Generic over the serde `Deserializer`, so the same
//! check runs on a JS value in wasm and on `serde_json` in native tests;
//! errors name the field at fault.

use serde::{Deserialize, Deserializer};

use crate::error::Error;

/// Checks an answer body: `what` names the record ("data source").
pub fn decode<'de, T, D>(what: &str, body: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    deserialize(body).map_err(|problem| {
        Error::InvalidResponse(format!(
            "ChartMogul's answer is not a valid {what}: {problem}"
        ))
    })
}

/// Checks a caller's argument: `name` is the parameter ("query").
pub fn argument<'de, T, D>(name: &str, value: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    deserialize(value).map_err(|problem| Error::Configuration(format!("{name}: {problem}")))
}

/// Deserializes `T`, or describes the problem with the path to the field.
fn deserialize<'de, T, D>(value: D) -> Result<T, String>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        // serde-wasm-bindgen's errors are JS Errors and print as "Error: …".
        let inner = e.inner().to_string();
        let inner = inner.strip_prefix("Error: ").unwrap_or(&inner);
        if path == "." {
            inner.to_string()
        } else {
            format!("field `{path}`: {inner}")
        }
    })
}

/// Refuses keys of a caller's object that `T` does not know: a typo such as
/// `with_procesing_status` would otherwise be dropped without a word.
/// (serde-wasm-bindgen reads only the declared fields of a struct, so
/// `#[serde(deny_unknown_fields)]` never sees the extra keys.)
pub fn known_keys_only<'de, T: Deserialize<'de>>(
    name: &str,
    keys: impl IntoIterator<Item = String>,
) -> Result<(), Error> {
    let known = field_names::<T>();
    match keys.into_iter().find(|key| !known.contains(&key.as_str())) {
        None => Ok(()),
        Some(key) => Err(Error::Configuration(format!(
            "{name}: unknown field `{key}`, expected one of `{}`",
            known.join("`, `")
        ))),
    }
}

/// The field names serde derived for struct `T` (empty for other types).
fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Capture<'a>(&'a mut &'static [&'static str]);

    impl<'de> Deserializer<'de> for Capture<'_> {
        type Error = serde::de::value::Error;

        fn deserialize_any<V: serde::de::Visitor<'de>>(
            self,
            _: V,
        ) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(serde::de::Error::custom("fields captured"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }

    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Capture(&mut fields));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Flags {
        with_a: Option<bool>,
        with_b: Option<bool>,
    }

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn known_keys_pass() {
        assert!(known_keys_only::<Flags>("query", keys(&["with_a", "with_b"])).is_ok());
        assert!(known_keys_only::<Flags>("query", keys(&[])).is_ok());
    }

    #[test]
    fn an_unknown_key_is_named_with_the_known_ones() {
        let e = known_keys_only::<Flags>("query", keys(&["with_a", "with_c"])).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
        assert_eq!(
            e.to_string(),
            "query: unknown field `with_c`, expected one of `with_a`, `with_b`"
        );
    }

    #[test]
    fn argument_errors_name_the_parameter_and_field() {
        let e = argument::<Flags, _>("query", serde_json::json!({"with_a": "yes"})).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
        assert!(
            e.to_string()
                .starts_with("query: field `with_a`: invalid type"),
            "{e}"
        );
    }

    #[test]
    fn decode_errors_are_invalid_responses_naming_the_record() {
        let e = decode::<Flags, _>("flag set", serde_json::json!([])).unwrap_err();
        assert_eq!(e.class_name(), "InvalidResponseError");
        assert!(
            e.to_string()
                .starts_with("ChartMogul's answer is not a valid flag set: "),
            "{e}"
        );
    }
}
