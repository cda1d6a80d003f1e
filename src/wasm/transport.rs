//! The only place that talks to the network: one exchange through fetch.
//! gloo-net builds the request (method, headers, body, signal, no
//! redirects); we call fetch with it ourselves, for two things gloo-net's
//! `send()` cannot do: keep fetch's rejection as it came (its `cause.code`
//! tells a refused connection, which a POST may retry, from a reset), and
//! call the user's own `fetch` (Config option) instead of the global one.
//! The body is read here too, with a 10 MB cap gloo-net's `text()` lacks.

use gloo_net::http::{Headers, Method, RequestBuilder};
use js_sys::{Array, Function, JsString, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReadableStreamDefaultReader, RequestRedirect, Response, ResponseType};

use super::redact::redacted;
use crate::core::request::{header_list, Request, Verb};

/// Answers beyond this are refused rather than read into memory.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

#[wasm_bindgen]
extern "C" {
    /// The global fetch, given a `Request` (gloo-net binds the same).
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(request: &web_sys::Request) -> Promise;

    /// JSON.parse on a JS string, which then never crosses into wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &JsString) -> Result<JsValue, JsValue>;

    /// A `Blob` of byte chunks; `text()` decodes them as UTF-8, as `Response.text()` does.
    #[wasm_bindgen(js_name = Blob)]
    type Bytes;
    #[wasm_bindgen(constructor, js_class = Blob)]
    fn new(chunks: &Array) -> Bytes;
    #[wasm_bindgen(method)]
    fn text(this: &Bytes) -> Promise;
}

/// Whether this runs in a web page (a global `document` exists). Browsers
/// forbid setting User-Agent, and the key would be visible to the page's users.
pub fn in_browser() -> bool {
    thread_local! {
        // A page does not stop being one: look once.
        static IN_BROWSER: bool =
            Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false);
    }
    IN_BROWSER.with(|in_browser| *in_browser)
}

/// An HTTP answer with its body read.
pub struct Answer {
    pub status: u16,
    pub status_text: String,
    /// The `Retry-After` header, if the answer had one.
    pub retry_after: Option<String>,
    /// Whether this is a redirect (not followed).
    pub redirect: bool,
    pub body: Body,
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
    /// The body with the key taken out, for a 2xx answer that became an
    /// error: its JSON written out, redacted and read back.
    pub fn redacted(self, key: &JsString) -> Body {
        match self {
            Body::Json(value) => match js_sys::JSON::stringify(&value) {
                Ok(text) => Body::Json(parse_json(&redacted(text, key)).unwrap_or(value)),
                Err(_) => Body::Json(value),
            },
            Body::Text(text) => Body::Text(redacted(text, key)),
            Body::TooLarge => Body::TooLarge,
        }
    }

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

/// What one exchange sends with: the Authorization value, the signal that
/// cancels it (body included), the user's fetch if any, and the key to
/// remove from an error's body text before parsing (a server echoing it
/// cannot leak it). A 2xx body is the caller's data and is left as sent
/// (a short test key would otherwise eat into names and emails); it is
/// redacted only if it becomes an error (`Body::redacted`).
pub struct Via<'a> {
    pub authorization: &'a str,
    pub signal: &'a AbortSignal,
    pub fetch: Option<&'a Function>,
    pub redact: &'a JsString,
}

pub async fn exchange(request: &Request, via: Via<'_>) -> Result<Answer, Failed> {
    // The Request is held until its body is read: Node's fetch copies it,
    // and the copy follows its signal only while the original lives
    // (nodejs/undici#4068): once collected, a timeout would abort nothing.
    let (promise, _sent) = match via.fetch {
        None => {
            let sent: web_sys::Request = build(request, &via)?.into();
            (global_fetch(&sent), Some(sent))
        }
        Some(fetch) => (own_fetch(fetch, request, &via)?, None),
    };
    let response: Response = JsFuture::from(promise)
        .await
        .map_err(Failed)?
        .unchecked_into();
    // Not `response.clone()`: web-sys binds that name to JS's Response.clone().
    let answer = gloo_net::http::Response::from(Clone::clone(&response));
    let headers = answer.headers();
    // A browser hides a redirect's status (0) behind "opaqueredirect".
    let status = match answer.status() {
        0 if answer.type_() == ResponseType::Opaqueredirect => 302,
        status => status,
    };
    let declared = headers
        .get("Content-Length")
        .and_then(|length| length.trim().parse::<u64>().ok());
    let failed = !(200..300).contains(&status);
    let body = read_body(&response, declared, failed.then_some(via.redact)).await?;
    Ok(Answer {
        status,
        status_text: answer.status_text(),
        retry_after: headers.get("Retry-After"),
        redirect: (300..400).contains(&status),
        body,
    })
}

/// The request as gloo-net builds it.
fn build(request: &Request, via: &Via<'_>) -> Result<gloo_net::http::Request, Failed> {
    let builder = RequestBuilder::new(&request.url)
        .method(method(request.verb))
        .headers(headers(via.authorization, request.body.is_some()))
        .abort_signal(Some(via.signal))
        .redirect(RequestRedirect::Manual);
    let built = match &request.body {
        Some(body) => builder.body(body.as_str()),
        None => builder.build(),
    };
    built.map_err(|error| Failed(js_sys::Error::new(&error.to_string()).into()))
}

/// `fetch(url, init)`, the form every fetch takes (undici's own, a mock):
/// a `Request` made by this runtime's fetch may not pass another's checks.
fn own_fetch(fetch: &Function, request: &Request, via: &Via<'_>) -> Result<Promise, Failed> {
    let init = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&init, &key.into(), value).map(drop);
    set("method", &request.verb.as_str().into()).map_err(Failed)?;
    let headers = headers(via.authorization, request.body.is_some()).into_raw();
    set("headers", headers.as_ref()).map_err(Failed)?;
    set("signal", via.signal).map_err(Failed)?;
    set("redirect", &"manual".into()).map_err(Failed)?;
    if let Some(body) = &request.body {
        set("body", &body.into()).map_err(Failed)?;
    }
    let promise = fetch
        .call2(&JsValue::UNDEFINED, &request.url.as_str().into(), &init)
        .map_err(Failed)?;
    // A fetch that returns a value, not a promise, is awaited as one.
    Ok(Promise::resolve(&promise))
}

fn method(verb: Verb) -> Method {
    match verb {
        Verb::Get => Method::GET,
        Verb::Post => Method::POST,
        Verb::Patch => Method::PATCH,
        Verb::Put => Method::PUT,
        Verb::Delete => Method::DELETE,
    }
}

/// A browser sets User-Agent itself (and refuses ours).
fn headers(authorization: &str, json_body: bool) -> Headers {
    let headers = Headers::new();
    let browser = in_browser();
    for (name, value) in header_list(authorization, json_body) {
        if !(browser && name == "User-Agent") {
            headers.append(name, value);
        }
    }
    headers
}

/// `declared` is the Content-Length, if given.
async fn read_body(
    response: &Response,
    declared: Option<u64>,
    redact: Option<&JsString>,
) -> Result<Body, Failed> {
    let text = match declared {
        Some(length) if length > MAX_BODY_BYTES as u64 => {
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
    let text = match redact {
        Some(key) => redacted(text, key),
        None => text,
    };
    Ok(match parse_json(&text) {
        Ok(value) => Body::Json(value),
        Err(_) => Body::Text(text),
    })
}

/// The body as a JS string: it is parsed in JS, so it never needs copying into wasm.
async fn text_of(response: &Response) -> Result<JsString, Failed> {
    let text = JsFuture::from(response.text().map_err(Failed)?)
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
        let chunk = JsFuture::from(reader.read()).await.map_err(Failed)?;
        if Reflect::get(&chunk, &"done".into())
            .map_err(Failed)?
            .is_truthy()
        {
            let text = JsFuture::from(Bytes::new(&chunks).text())
                .await
                .map_err(Failed)?;
            return Ok(Some(text.unchecked_into()));
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
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
