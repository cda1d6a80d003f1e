//! Reading JS object arguments into Rust types, with ConfigurationErrors
//! that name the argument and the field.

use wasm_bindgen::JsValue;

use crate::error::Error;
use crate::fields::{argument, FromFields};

/// `undefined`/`null` mean "not given".
pub fn is_absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// An optional object argument, read into `T`: unknown keys and mistyped
/// fields are refused.
pub fn optional_object<T: Default + FromFields<JsValue>>(
    name: &'static str,
    value: JsValue,
) -> Result<T, Error> {
    if is_absent(&value) {
        return Ok(T::default());
    }
    required_object(name, value)
}

/// An object argument, read into `T` like `optional_object`.
pub fn required_object<T: FromFields<JsValue>>(
    name: &'static str,
    value: JsValue,
) -> Result<T, Error> {
    // A function is an object to JS, never an argument object.
    if value.is_function() {
        return Err(Error::Configuration([name, " must be an object"].concat()));
    }
    argument(name, value)
}
