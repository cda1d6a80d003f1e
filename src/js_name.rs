//! JS strings for the names used on every call (field names, header names,
//! methods), each made once: making one from Rust text decodes UTF-8 on
//! every crossing.

use alloc::{boxed::Box, vec::Vec};
use core::cell::RefCell;

use wasm_bindgen::JsValue;

/// `name` as a JS string, made on first use and kept for good (no borrow is
/// held afterwards, so a getter of the caller's object may call back in).
pub fn js_name(name: &'static str) -> &'static JsValue {
    instance_local! {
        static MADE: RefCell<Vec<(&'static str, &'static JsValue)>> = const { RefCell::new(Vec::new()) };
    }
    MADE.with_borrow_mut(|made| {
        if let Some((_, made)) = made.iter().find(|(known, _)| core::ptr::eq(*known, name)) {
            return *made;
        }
        let js: &'static JsValue = Box::leak(Box::new(name.into()));
        made.push((name, js));
        js
    })
}
