//! The only place that talks to the network: one exchange through the
//! runtime's global `fetch` (never `window.fetch`: there is no window in
//! Node, Deno or workerd). The raw JS rejection is kept, so an abort can
//! reject with the caller's own reason.

use js_sys::{Promise, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, RequestInit, Response};

use crate::request::Request;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str, init: &RequestInit) -> Promise;
}

/// Whether this runs in a web page (a global `document` exists). Browsers
/// forbid setting User-Agent, and the key would be visible to the page's users.
pub fn in_browser() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false)
}

/// An HTTP answer with its body read: parsed JSON, or the text when it is not JSON.
pub struct Answer {
    pub status: u16,
    pub status_text: String,
    pub body: Body,
}

pub enum Body {
    Json(JsValue),
    Text(String),
}

impl Body {
    /// The body as handed to callers on an error's `response`.
    pub fn into_js(self) -> JsValue {
        match self {
            Body::Json(value) => value,
            Body::Text(text) => JsValue::from_str(&text),
        }
    }
}

/// Why no answer came: fetch's own rejection (a TypeError, an AbortError, …).
pub struct Failed(pub JsValue);

/// Sends `request` and reads the whole body. `redact` is removed from the
/// body text before parsing, so a server echoing the key cannot leak it.
pub async fn exchange(
    request: &Request,
    signal: Option<&AbortSignal>,
    redact: &str,
) -> Result<Answer, Failed> {
    let headers = Headers::new().map_err(Failed)?;
    let browser = in_browser();
    for (name, value) in &request.headers {
        if !(browser && *name == "User-Agent") {
            headers.set(name, value).map_err(Failed)?;
        }
    }
    let init = RequestInit::new();
    init.set_method(request.method.as_str());
    init.set_headers(&headers);
    if let Some(signal) = signal {
        init.set_signal(Some(signal));
    }
    let response: Response = JsFuture::from(global_fetch(&request.url, &init))
        .await
        .map_err(Failed)?
        .unchecked_into();
    let text_promise = response.text().map_err(Failed)?;
    let text = JsFuture::from(text_promise)
        .await
        .map_err(Failed)?
        .as_string()
        .unwrap_or_default();
    let text = if redact.is_empty() || !text.contains(redact) {
        text
    } else {
        text.replace(redact, "[redacted]")
    };
    let body = match JSON::parse(&text) {
        Ok(value) => Body::Json(value),
        Err(_) => Body::Text(text),
    };
    Ok(Answer {
        status: response.status(),
        status_text: response.status_text(),
        body,
    })
}
