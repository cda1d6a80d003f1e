//! Reading the caller's object arguments (`query`, `options`, `data`) field
//! by field. Unknown keys are refused, as a typo would otherwise pass
//! unnoticed; errors are ConfigurationErrors naming the argument and field.

use alloc::string::{String, ToString};

use crate::error::Error;
use crate::tree::{Kind, Tree};

/// A type read from the fields of an argument object of tree type `N`.
pub trait FromFields<N: Tree>: Sized {
    /// Every key the argument may have.
    const KEYS: &'static [&'static str];
    fn from_fields(fields: &Fields<N>) -> Result<Self, Error>;
}

/// Reads argument `name` into `T`.
pub fn argument<T: FromFields<N>, N: Tree>(name: &'static str, node: N) -> Result<T, Error> {
    T::from_fields(&Fields::of(name, node, T::KEYS)?)
}

/// An argument object whose keys are all known.
pub struct Fields<N> {
    argument: &'static str,
    node: N,
}

impl<N: Tree> Fields<N> {
    /// `node` as argument `argument`, whose keys must all be in `known`.
    pub fn of(argument: &'static str, node: N, known: &[&str]) -> Result<Fields<N>, Error> {
        if !matches!(node.kind(), Kind::Object) {
            return Err(Error::Configuration(
                [argument, " must be an object"].concat(),
            ));
        }
        let keys = node.keys();
        if let Some(unknown) = keys.iter().find(|key| !known.contains(&key.as_str())) {
            return Err(Error::Configuration(
                [
                    argument,
                    ": unknown field `",
                    unknown,
                    "`, expected ",
                    &one_of(known),
                ]
                .concat(),
            ));
        }
        Ok(Fields { argument, node })
    }

    /// A field's value; `None` when absent, undefined or null.
    pub fn value(&self, key: &'static str) -> Option<N> {
        self.node
            .field(key)
            .filter(|value| !matches!(value.kind(), Kind::Null))
    }

    pub fn flag(&self, key: &'static str) -> Result<Option<bool>, Error> {
        self.read(key, "a boolean", |value| match value.kind() {
            Kind::Bool(flag) => Some(flag),
            _ => None,
        })
    }

    pub fn number(&self, key: &'static str) -> Result<Option<f64>, Error> {
        self.read(key, "a number", |value| match value.kind() {
            Kind::Number(number) => Some(number),
            _ => None,
        })
    }

    pub fn text(&self, key: &'static str) -> Result<Option<String>, Error> {
        self.read(key, "a string", Tree::text)
    }

    /// A string field that must be given.
    pub fn required_text(&self, key: &'static str) -> Result<String, Error> {
        self.text(key)?.ok_or_else(|| {
            Error::Configuration([self.argument, ": missing field `", key, "`"].concat())
        })
    }

    fn read<T>(
        &self,
        key: &'static str,
        expected: &str,
        read: impl Fn(&N) -> Option<T>,
    ) -> Result<Option<T>, Error> {
        let Some(value) = self.value(key) else {
            return Ok(None);
        };
        read(&value).map(Some).ok_or_else(|| {
            Error::Configuration(
                [
                    self.argument,
                    ": field `",
                    key,
                    "`: expected ",
                    expected,
                    ", got ",
                    value.kind().described(),
                ]
                .concat(),
            )
        })
    }
}

/// The known keys, worded as serde does: "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(known: &[&str]) -> String {
    let (mut worded, separator) = match known.len() {
        0 => ("no fields".to_string(), ""),
        1 | 2 => (String::new(), " or "),
        _ => ("one of ".to_string(), ", "),
    };
    for (index, key) in known.iter().enumerate() {
        if index > 0 {
            worded.push_str(separator);
        }
        worded.push('`');
        worded.push_str(key);
        worded.push('`');
    }
    worded
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Flags {
        with_a: Option<bool>,
        limit: Option<f64>,
        name: String,
    }

    impl<N: Tree> FromFields<N> for Flags {
        const KEYS: &'static [&'static str] = &["with_a", "limit", "name"];

        fn from_fields(fields: &Fields<N>) -> Result<Self, Error> {
            Ok(Flags {
                with_a: fields.flag("with_a")?,
                limit: fields.number("limit")?,
                name: fields.required_text("name")?,
            })
        }
    }

    fn problem(value: serde_json::Value) -> String {
        let e = argument::<Flags, _>("query", value).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
        e.to_string()
    }

    #[test]
    fn known_fields_are_read_and_null_means_absent() {
        let read =
            argument::<Flags, _>("query", json!({"with_a": true, "limit": 2.5, "name": "n"}));
        assert_eq!(
            read.unwrap(),
            Flags {
                with_a: Some(true),
                limit: Some(2.5),
                name: "n".to_string()
            }
        );
        let read = argument::<Flags, _>("query", json!({"with_a": null, "name": "n"}));
        assert_eq!(read.unwrap().with_a, None);
    }

    #[test]
    fn an_unknown_key_is_named_with_the_known_ones() {
        assert_eq!(
            problem(json!({"with_c": 1, "name": "n"})),
            "query: unknown field `with_c`, expected one of `with_a`, `limit`, `name`"
        );
        assert_eq!(one_of(&[]), "no fields");
        assert_eq!(one_of(&["a"]), "`a`");
        assert_eq!(one_of(&["a", "b"]), "`a` or `b`");
    }

    #[test]
    fn a_wrong_type_names_the_argument_and_field() {
        assert_eq!(
            problem(json!({"with_a": "yes", "name": "n"})),
            "query: field `with_a`: expected a boolean, got a string"
        );
        assert_eq!(
            problem(json!({"limit": [], "name": "n"})),
            "query: field `limit`: expected a number, got an array"
        );
    }

    #[test]
    fn a_missing_required_field_is_named() {
        assert_eq!(problem(json!({})), "query: missing field `name`");
    }

    #[test]
    fn only_an_object_is_an_argument_object() {
        for value in [json!([]), json!("x"), json!(3), json!(null)] {
            assert_eq!(problem(value), "query must be an object");
        }
    }
}
