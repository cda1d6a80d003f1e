//! Checks values: ChartMogul's answers against a record's shape (a bad one
//! is an InvalidResponseError) and the caller's arguments against Rust types
//! (a bad one is a ConfigurationError). Generic over the tree, so the same
//! check runs on a JS value in wasm and on `serde_json` in native tests;
//! errors name the field at fault.

use serde::Deserialize;

use crate::error::Error;
use crate::shape::{check, Shape};
use crate::tree::{At, Tree};

/// Checks an answer body: `what` names the record ("data source").
pub fn check_answer<N: Tree>(what: &str, shape: &Shape, body: &N) -> Result<(), Error> {
    check(shape, body, "").map_err(|problem| {
        Error::InvalidResponse(format!(
            "ChartMogul's answer is not a valid {what}: {problem}"
        ))
    })
}

/// Checks a caller's argument: `name` is the parameter ("query").
pub fn argument<T: for<'de> Deserialize<'de>, N: Tree>(name: &str, value: N) -> Result<T, Error> {
    T::deserialize(At::root(value))
        .map_err(|problem| Error::Configuration(format!("{name}: {problem}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Flags {
        with_a: Option<bool>,
        with_b: Option<bool>,
    }

    #[test]
    fn an_unknown_key_is_named_with_the_known_ones() {
        let e = argument::<Flags, _>("query", serde_json::json!({"with_a": true, "with_c": 1}))
            .unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
        assert_eq!(
            e.to_string(),
            "query: unknown field `with_c`, expected `with_a` or `with_b`"
        );
    }

    #[test]
    fn argument_errors_name_the_parameter_and_field() {
        let e = argument::<Flags, _>("query", serde_json::json!({"with_a": "yes"})).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
        assert!(
            e.to_string()
                .starts_with("query: field `with_a`: expected a boolean, got a string"),
            "{e}"
        );
    }

    #[test]
    fn answer_errors_are_invalid_responses_naming_the_record() {
        let e = check_answer("flag set", &Shape::Record(&[]), &serde_json::json!([])).unwrap_err();
        assert_eq!(e.class_name(), "InvalidResponseError");
        assert_eq!(
            e.to_string(),
            "ChartMogul's answer is not a valid flag set: expected an object, got an array"
        );
    }
}
