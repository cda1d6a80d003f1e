//! Turning a core `Error` into an instance of the package's JavaScript error
//! classes. The classes are plain JS (`class … extends Error` cannot be
//! written with wasm-bindgen), so each entry hands a factory in at load time.

use std::cell::RefCell;

use js_sys::Function;
use wasm_bindgen::prelude::*;

use crate::error::Error;

thread_local! {
    static FACTORY: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Called once by the package entry: `factory(className, message, httpStatus, response)`.
#[wasm_bindgen(js_name = __setErrorFactory, skip_typescript)]
pub fn set_error_factory(factory: Function) {
    FACTORY.with(|slot| *slot.borrow_mut() = Some(factory));
}

/// The JS error for `error`, with `httpStatus` and `response` when an answer came.
pub fn to_js_error(error: &Error, status: Option<u16>, response: JsValue) -> JsValue {
    let message = JsValue::from_str(&error.to_string());
    let status = status.map_or(JsValue::UNDEFINED, JsValue::from);
    let made = FACTORY.with(|slot| {
        slot.borrow().as_ref().map(|factory| {
            let args = js_sys::Array::of4(
                &JsValue::from_str(error.class_name()),
                &message,
                &status,
                &response,
            );
            factory.apply(&JsValue::NULL, &args)
        })
    });
    match made {
        Some(Ok(value)) => value,
        // Only reachable when the glue is loaded without a package entry.
        _ => js_sys::Error::new(&error.to_string()).into(),
    }
}
