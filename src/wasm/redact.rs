//! Keeping the API key out of what callers see: a server or proxy echoing
//! it in a body, a fetch error quoting it.

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// js-sys's string methods take Rust text; these take JS strings, so
    /// a body is never copied into wasm memory to be searched.
    #[wasm_bindgen(extends = JsString)]
    type Text;
    #[wasm_bindgen(method, js_name = includes)]
    fn includes_text(this: &Text, search: &JsString) -> bool;
    #[wasm_bindgen(method, js_name = replaceAll)]
    fn replace_all_text(this: &Text, pattern: &JsString, replacement: &JsValue) -> JsString;
}

/// `text` with each `key` in it replaced by `[redacted]`. `key` is never
/// empty: a Config refuses an empty key.
pub fn redacted(text: JsString, key: &JsString) -> JsString {
    let searched: &Text = text.unchecked_ref();
    match searched.includes_text(key) {
        false => text,
        true => searched.replace_all_text(key, &JsValue::from_str("[redacted]")),
    }
}
