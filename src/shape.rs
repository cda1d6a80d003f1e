//! Checks that an answer has a record's shape, in place: each known field is
//! looked up and its type tested, nothing is copied into Rust and unknown
//! fields are not visited (they are kept on the answer as they came). Much
//! smaller and faster than deserializing into Rust types that would only be
//! thrown away. Errors name the field at fault (`data_sources[1].status`).

use alloc::string::{String, ToString};

use crate::digits::digits;
use crate::error::Error;
use crate::tree::{Kind, Tree};
use crate::whole::is_whole;

/// Checks an answer body against `shape`: `what` names the record ("data source").
pub fn check_answer<N: Tree>(what: &str, shape: &Shape, body: &N) -> Result<(), Error> {
    check(shape, body).map_err(|problem| {
        Error::InvalidResponse(
            [
                "ChartMogul's answer is not a valid ",
                what,
                ": ",
                &problem.text(),
            ]
            .concat(),
        )
    })
}

/// What a JSON value must be.
pub enum Shape {
    Text,
    Flag,
    /// A whole number, 0 or more.
    Count,
    Record(&'static [Field]),
    ListOf(&'static Shape),
}

/// A known field of a record.
pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
    /// An optional field may be absent or null.
    pub optional: bool,
}

impl Field {
    pub const fn required(name: &'static str, shape: Shape) -> Field {
        Field {
            name,
            shape,
            optional: false,
        }
    }

    pub const fn optional(name: &'static str, shape: Shape) -> Field {
        Field {
            name,
            shape,
            optional: true,
        }
    }
}

/// Where a value differs from its shape, and how. The path is built on the
/// way out of a failed check, so a passing one allocates nothing for it.
#[derive(Debug, PartialEq)]
pub struct Mismatch {
    /// Empty for the root.
    path: String,
    message: String,
}

impl Mismatch {
    fn new(message: String) -> Mismatch {
        Mismatch {
            path: String::new(),
            message,
        }
    }

    /// The same mismatch, inside field `key` of its parent.
    fn in_field(self, key: &str) -> Mismatch {
        self.within(key.to_string())
    }

    /// The same mismatch, inside element `index` of its parent.
    fn in_element(self, index: usize) -> Mismatch {
        self.within(["[", &digits(index as u64), "]"].concat())
    }

    fn within(mut self, mut step: String) -> Mismatch {
        if !(self.path.is_empty() || self.path.starts_with('[')) {
            step.push('.');
        }
        step.push_str(&self.path);
        self.path = step;
        self
    }

    /// The mismatch in words, naming the field when it is not the root.
    fn text(&self) -> String {
        match self.path.is_empty() {
            true => self.message.clone(),
            false => ["field `", &self.path, "`: ", &self.message].concat(),
        }
    }
}

/// Checks `node` against `shape`.
fn check<N: Tree>(shape: &Shape, node: &N) -> Result<(), Mismatch> {
    check_kind(shape, node, node.kind())
}

/// Checks `node`, whose kind is `kind`, against `shape`.
fn check_kind<N: Tree>(shape: &Shape, node: &N, kind: Kind) -> Result<(), Mismatch> {
    match (shape, &kind) {
        (Shape::Text, Kind::String) | (Shape::Flag, Kind::Bool(_)) => Ok(()),
        (Shape::Count, Kind::Number(n)) if *n >= 0.0 && is_whole(*n) => Ok(()),
        (Shape::Record(fields), Kind::Object) => check_fields(fields, node),
        (Shape::ListOf(item), Kind::Array) => {
            for (index, element) in node.items().iter().enumerate() {
                check(item, element).map_err(|e| e.in_element(index))?;
            }
            Ok(())
        }
        _ => Err(Mismatch::new(
            ["expected ", expected(shape), ", got ", found(&kind)].concat(),
        )),
    }
}

fn check_fields<N: Tree>(fields: &[Field], node: &N) -> Result<(), Mismatch> {
    for field in fields {
        let Some(value) = node.field(field.name) else {
            if field.optional {
                continue;
            }
            return Err(Mismatch::new(["missing field `", field.name, "`"].concat()));
        };
        let kind = value.kind();
        if field.optional && matches!(kind, Kind::Null) {
            continue;
        }
        check_kind(&field.shape, &value, kind).map_err(|e| e.in_field(field.name))?;
    }
    Ok(())
}

fn expected(shape: &Shape) -> &'static str {
    match shape {
        Shape::Text => "a string",
        Shape::Flag => "a boolean",
        Shape::Count => "a whole number of 0 or more",
        Shape::Record(_) => "an object",
        Shape::ListOf(_) => "an array",
    }
}

/// Names what came; a number that is no count is "another number".
fn found(kind: &Kind) -> &'static str {
    match kind {
        Kind::Number(n) if !is_whole(*n) || *n < 0.0 => "another number",
        other => other.described(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static POINT: Shape = Shape::Record(&[
        Field::required("x", Shape::Count),
        Field::optional("label", Shape::Text),
        Field::optional("tags", Shape::ListOf(&Shape::Flag)),
    ]);

    fn problem(value: serde_json::Value) -> String {
        check(&POINT, &value).unwrap_err().text()
    }

    #[test]
    fn a_value_of_the_shape_passes_with_unknown_fields_and_null_optionals() {
        for value in [
            json!({"x": 0}),
            json!({"x": 3, "label": "a", "tags": [true, false], "extra": {"any": [1]}}),
            json!({"x": 9007199254740991_u64, "label": null, "tags": null}),
        ] {
            assert_eq!(check(&POINT, &value), Ok(()), "{value}");
        }
    }

    #[test]
    fn a_wrong_type_names_the_field_and_both_kinds() {
        assert_eq!(
            problem(json!({"x": "3"})),
            "field `x`: expected a whole number of 0 or more, got a string"
        );
        assert_eq!(
            problem(json!({"x": 1.5})),
            "field `x`: expected a whole number of 0 or more, got another number"
        );
        assert_eq!(
            problem(json!({"x": -1})),
            "field `x`: expected a whole number of 0 or more, got another number"
        );
        assert_eq!(
            problem(json!({"x": 1, "label": 7})),
            "field `label`: expected a string, got a number"
        );
    }

    #[test]
    fn a_list_element_is_named_by_its_index() {
        assert_eq!(
            problem(json!({"x": 1, "tags": [true, "no"]})),
            "field `tags[1]`: expected a boolean, got a string"
        );
    }

    #[test]
    fn a_missing_or_null_required_field_is_named() {
        assert_eq!(problem(json!({"label": "a"})), "missing field `x`");
        assert_eq!(
            problem(json!({"x": null})),
            "field `x`: expected a whole number of 0 or more, got null"
        );
    }

    #[test]
    fn a_root_of_another_kind_is_described_without_a_path() {
        assert_eq!(problem(json!([])), "expected an object, got an array");
        assert_eq!(problem(json!(null)), "expected an object, got null");
    }

    #[test]
    fn a_bad_answer_is_an_invalid_response_naming_the_record() {
        let e = check_answer("point", &POINT, &json!({"x": true})).unwrap_err();
        assert_eq!(e.class_name(), "InvalidResponseError");
        assert_eq!(
            e.to_string(),
            "ChartMogul's answer is not a valid point: field `x`: expected a whole number of 0 or more, got a boolean"
        );
    }
}
