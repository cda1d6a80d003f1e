//! Reading JS object arguments into Rust types, with ConfigurationErrors
//! that name the argument and the field.

use serde::Deserialize;
use wasm_bindgen::JsValue;

use crate::decode::argument;
use crate::error::Error;

/// `undefined`/`null` mean "not given".
pub fn is_absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// An optional object argument, checked against `T`: unknown keys and
/// mistyped fields are refused.
pub fn optional_object<T: Default + for<'de> Deserialize<'de>>(
    name: &str,
    value: JsValue,
) -> Result<T, Error> {
    if is_absent(&value) {
        return Ok(T::default());
    }
    required_object(name, value)
}

/// An object argument, checked against `T` like `optional_object`.
pub fn required_object<T: for<'de> Deserialize<'de>>(
    name: &str,
    value: JsValue,
) -> Result<T, Error> {
    if !value.is_object() || value.is_function() {
        return Err(Error::Configuration(format!("{name} must be an object")));
    }
    argument(name, value)
}
