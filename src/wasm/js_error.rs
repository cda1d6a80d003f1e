//! Turning a core `Error` into an instance of the package's JavaScript error
//! classes. The classes are plain JS (`class … extends Error` cannot be
//! written with wasm-bindgen), so each entry hands a factory in at load time.

use std::cell::RefCell;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::client::ApiFailure;
use crate::core::error::Error;

thread_local! {
    static FACTORY: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Called once by the package entry: `factory(className, message, details)`,
/// where `details` holds `httpStatus`, `response`, `attempts`, `retryAfter`.
#[wasm_bindgen(js_name = __setErrorFactory, skip_typescript)]
pub fn set_error_factory(factory: Function) {
    FACTORY.with(|slot| *slot.borrow_mut() = Some(factory));
}

/// The JS error for a problem found before anything was sent.
pub fn throwable(error: Error) -> JsValue {
    make(&error, &Object::new())
}

/// The JS error for a call that failed after `attempts` attempts.
pub fn failure_to_js(failure: ApiFailure) -> JsValue {
    let details = Object::new();
    let set = |key: &str, value: JsValue| {
        if !value.is_undefined() {
            let _ = Reflect::set(&details, &key.into(), &value);
        }
    };
    set(
        "httpStatus",
        failure.status.map_or(JsValue::UNDEFINED, JsValue::from),
    );
    set("response", failure.response);
    set("attempts", JsValue::from(failure.attempts));
    set(
        "retryAfter",
        failure
            .retry_after_s
            .map_or(JsValue::UNDEFINED, JsValue::from),
    );
    make(&failure.error, &details)
}

fn make(error: &Error, details: &Object) -> JsValue {
    let message = JsValue::from_str(&error.to_string());
    let class = JsValue::from_str(error.class_name());
    let made = FACTORY.with(|slot| {
        slot.borrow()
            .as_ref()
            .map(|factory| factory.call3(&JsValue::NULL, &class, &message, details))
    });
    match made {
        Some(Ok(value)) => value,
        // Only reachable when the glue is loaded without a package entry.
        _ => js_sys::Error::new(&error.to_string()).into(),
    }
}
