//! The only place that talks to the network: one exchange through the
//! runtime's global `fetch` (never `window.fetch`: there is no window in
//! Node, Deno or workerd), or the one an entry gives (Node's, over
//! node:http: pkg/node-transport.js). Redirects are not followed, so the key
//! only goes to `apiBase`; bodies beyond a cap are refused, never read past it.

use alloc::string::String;
use core::cell::OnceCell;

use js_sys::{Array, JsString, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    AbortSignal, Headers, ReadableStreamDefaultReader, RequestInit, RequestRedirect, Response,
    ResponseType,
};

use crate::awaited::awaited;
use crate::js_name::js_name;
use crate::redact::redacted;
use crate::request::{HeaderList, Request};

/// Answers beyond this are refused rather than read into memory.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

#[wasm_bindgen]
extern "C" {
    /// What has a `fetch`: `globalThis`, or an entry's own transport.
    pub type Transport;
    #[wasm_bindgen(method)]
    fn fetch(this: &Transport, url: &str, init: &RequestInit) -> Promise;

    /// Every runtime this package supports has `globalThis`; js-sys's
    /// `global()` also tries older names, in more code.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;

    /// JSON.parse on a JS string, which then never crosses into wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &JsString) -> Result<JsValue, JsValue>;

    // web-sys's take Rust text; these take names as made-once JS strings
    // (`js_name`) and keep values in JS, so no text crosses for what every
    // call sends and reads.
    #[wasm_bindgen(extends = RequestInit)]
    type Init;
    #[wasm_bindgen(method, setter = method)]
    fn set_method_name(this: &Init, method: &JsValue);
    #[wasm_bindgen(extends = Headers)]
    type HeaderValues;
    /// A `Blob` of byte chunks; `text()` decodes them as UTF-8, as `Response.text()` does.
    #[wasm_bindgen(js_name = Blob)]
    type Bytes;
    #[wasm_bindgen(constructor, js_class = Blob)]
    fn new(chunks: &Array) -> Bytes;
    #[wasm_bindgen(method)]
    fn text(this: &Bytes) -> Promise;
    /// A header's value (a string or null); never throws for a valid name.
    #[wasm_bindgen(method, js_name = get)]
    fn get_named(this: &HeaderValues, name: &JsValue) -> JsValue;
    /// Header names to values in a plain object, as fetch takes them.
    #[wasm_bindgen(extends = Object)]
    type HeaderRecord;
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &HeaderRecord, name: &JsValue, value: &str);
}

instance_local! {
    /// The entry's transport, if it gave one (`__useTransport`).
    static TRANSPORT: OnceCell<Transport> = const { OnceCell::new() };
}

/// Makes every call go through `transport.fetch` instead of the global
/// fetch. Called once, by the Node entries; later calls change nothing.
#[wasm_bindgen(js_name = __useTransport, skip_typescript)]
pub fn use_transport(transport: Transport) {
    let _ = TRANSPORT.with(|slot| slot.set(transport));
}

fn send(url: &str, init: &RequestInit) -> Promise {
    TRANSPORT.with(|own| match own.get() {
        Some(transport) => transport.fetch(url, init),
        None => GLOBAL_THIS.with(|global| global.unchecked_ref::<Transport>().fetch(url, init)),
    })
}

/// Whether this runs in a web page (a global `document` exists). Browsers
/// forbid setting User-Agent, and the key would be visible to the page's users.
pub fn in_browser() -> bool {
    instance_local! {
        // A page does not stop being one: look once.
        static IN_BROWSER: bool =
            GLOBAL_THIS.with(|global| Reflect::has(global, &"document".into()).unwrap_or(false));
    }
    IN_BROWSER.with(|in_browser| *in_browser)
}

/// An HTTP answer with its body read.
pub struct Answer {
    pub status: u16,
    pub status_text: String,
    /// The `Retry-After` header, if the answer had one.
    pub retry_after: Option<String>,
    /// Where a redirect pointed (`Location`), if this is one.
    pub redirect: Option<String>,
    pub body: Body,
}

impl Answer {
    fn success(status: u16, body: Body) -> Answer {
        Answer {
            status,
            status_text: String::new(),
            retry_after: None,
            redirect: None,
            body,
        }
    }
}

pub enum Body {
    /// Parsed JSON.
    Json(JsValue),
    /// The text, when it is not JSON.
    Text(JsString),
    /// Longer than MAX_BODY_BYTES; not read.
    TooLarge,
}

impl Body {
    /// The body as handed to callers on an error's `response`.
    pub fn into_js(self) -> JsValue {
        match self {
            Body::Json(value) => value,
            Body::Text(text) => text.into(),
            Body::TooLarge => JsValue::UNDEFINED,
        }
    }
}

/// Why no answer came: fetch's own rejection (a TypeError, an AbortError, …).
pub struct Failed(pub JsValue);

/// Sends `request` with `signal` (which cancels it, body included) and reads
/// the body. `redact` is removed from the body text before parsing, so a
/// server echoing the key cannot leak it.
pub async fn exchange(
    request: &Request,
    headers: &Object,
    signal: &AbortSignal,
    redact: &JsString,
) -> Result<Answer, Failed> {
    let init = RequestInit::new();
    init.unchecked_ref::<Init>()
        .set_method_name(js_name(request.method.as_str()));
    init.set_headers(headers);
    init.set_signal(Some(signal));
    init.set_redirect(RequestRedirect::Manual);
    if let Some(body) = &request.body {
        init.set_body(&JsValue::from_str(body));
    }
    let response: Response = awaited(&send(&request.url, &init))
        .await
        .map_err(Failed)?
        .unchecked_into();
    let headers: HeaderValues = response.headers().unchecked_into();
    let header = |name: &'static str| headers.get_named(js_name(name)).as_string();
    // A browser hides a redirect's status (0) and Location behind "opaqueredirect".
    let status = match response.status() {
        0 if response.type_() == ResponseType::Opaqueredirect => 302,
        status => status,
    };
    let length = headers.get_named(js_name("Content-Length"));
    // `+value` in JS: the header's number without its text crossing over.
    let declared = (!length.is_null()).then(|| length.unchecked_into_f64());
    let body = read_body(&response, declared, redact).await?;
    // A success needs nothing more; every read below crosses into JS.
    if (200..300).contains(&status) {
        return Ok(Answer::success(status, body));
    }
    Ok(Answer {
        status,
        status_text: response.status_text(),
        retry_after: header("Retry-After"),
        redirect: (300..400)
            .contains(&status)
            .then(|| header("Location").unwrap_or_default()),
        body,
    })
}

/// `list` as the plain object fetch takes, made once per Config and shared
/// by its calls (fetch copies what it is given). Not a `Headers`: in Node,
/// the first use of that global loads fetch's implementation (~35 ms), which
/// a Config made at start-up would then pay before any call. A browser sets
/// User-Agent itself.
pub fn js_headers(list: &HeaderList) -> Object {
    let headers: HeaderRecord = Object::new().unchecked_into();
    let browser = in_browser();
    for (name, value) in list {
        if !(browser && *name == "User-Agent") {
            headers.set(js_name(name), value);
        }
    }
    headers.into()
}

/// `declared` is the Content-Length, if given.
async fn read_body(
    response: &Response,
    declared: Option<f64>,
    redact: &JsString,
) -> Result<Body, Failed> {
    // NaN (not a number) fails the test too: such a length counts as not given.
    let text = match declared.filter(|length| *length >= 0.0) {
        Some(length) if length > MAX_BODY_BYTES as f64 => {
            // Not read, so cancelled: an unread body would hold its connection.
            if let Some(body) = response.body() {
                let _ = body.cancel();
            }
            return Ok(Body::TooLarge);
        }
        Some(_) => text_of(response).await?,
        // No length given (chunked): count while reading.
        None => match capped_text(response).await? {
            Some(text) => text,
            None => return Ok(Body::TooLarge),
        },
    };
    let text = redacted(text, redact);
    Ok(match parse_json(&text) {
        Ok(value) => Body::Json(value),
        Err(_) => Body::Text(text),
    })
}

/// The body as a JS string: it is parsed in JS, so it never needs copying into wasm.
async fn text_of(response: &Response) -> Result<JsString, Failed> {
    let text = awaited(&response.text().map_err(Failed)?)
        .await
        .map_err(Failed)?;
    Ok(text.unchecked_into())
}

/// The body as text, or `None` (and the stream cancelled) past the cap. The
/// chunks stay in JS and are decoded there, as `text()` would: the body
/// never enters wasm memory, which would keep its size for good.
async fn capped_text(response: &Response) -> Result<Option<JsString>, Failed> {
    let Some(stream) = response.body() else {
        return Ok(Some(JsString::from("")));
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let chunks = Array::new();
    let mut length = 0;
    loop {
        let chunk = awaited(&reader.read()).await.map_err(Failed)?;
        if Reflect::get(&chunk, js_name("done"))
            .map_err(Failed)?
            .is_truthy()
        {
            let text = awaited(&Bytes::new(&chunks).text()).await.map_err(Failed)?;
            return Ok(Some(text.unchecked_into()));
        }
        let value: Uint8Array = Reflect::get(&chunk, js_name("value"))
            .map_err(Failed)?
            .unchecked_into();
        length += value.length() as usize;
        if length > MAX_BODY_BYTES {
            let _ = reader.cancel();
            return Ok(None);
        }
        chunks.push(&value);
    }
}
