//! Keeping the API key out of what callers see: a server or proxy echoing
//! it in a body, a fetch error quoting it.

use js_sys::{JsString, RegExp};
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
    fn replace_all_text(this: &Text, pattern: &JsValue, replacement: &JsValue) -> JsString;
}

/// Below this length a key is redacted only where it stands as a word of
/// its own: a test key `k` must not turn "taken" into "ta[redacted]en".
const SHORT_KEY: u32 = 8;

/// `text` with each `key` in it replaced by `[redacted]`. `key` is never
/// empty: a Config refuses an empty key.
pub fn redacted(text: JsString, key: &JsString) -> JsString {
    let searched: &Text = text.unchecked_ref();
    if !searched.includes_text(key) {
        return text;
    }
    let replacement = JsValue::from_str("[redacted]");
    match key.length() < SHORT_KEY {
        true => searched.replace_all_text(&standing_alone(&String::from(key)), &replacement),
        false => searched.replace_all_text(key, &replacement),
    }
}

/// `key` where no letter, digit or `_` touches it.
fn standing_alone(key: &str) -> RegExp {
    let escaped: String = key
        .chars()
        .flat_map(|c| match "^$\\.*+?()[]{}|/".contains(c) {
            true => vec!['\\', c],
            false => vec![c],
        })
        .collect();
    let word = r"[\p{L}\p{N}_]";
    RegExp::new(&format!("(?<!{word}){escaped}(?!{word})"), "gu")
}
