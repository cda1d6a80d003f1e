//! The request loop every call shares: wait for a connection slot and for
//! the requests-a-second pace, send one attempt under its timeout, classify
//! the outcome, then wait and retry or decode. The caller's AbortSignal
//! cuts any step short.

use std::future::{poll_fn, Future};
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::task::Poll;

use gloo_timers::future::TimeoutFuture;
use js_sys::{Date, Function, JsString, Math, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::AbortSignal;

use super::abort::Aborted;
use super::redact::redacted;
use super::timeout::AttemptTimeout;
use super::transport::{exchange, Answer, Body, Failed, Via, MAX_BODY_BYTES};
use crate::api::Output;
use crate::core::config::{Limits, MAX_TIMEOUT_MS};
use crate::core::error::Error;
use crate::core::limiter::Limiter;
use crate::core::pacer::Pacer;
use crate::core::request::Request;
use crate::core::retry::{backoff_ms, is_retryable, retry_after_ms, MAX_WAIT_MS};
use crate::core::server_message::{server_message, text_message};

/// How a call failed, in the terms the face needs to reject with.
pub enum Failure {
    /// A ChartMogul error, with what the last answer said.
    Api(ApiFailure),
    /// The caller's signal fired: reject with its reason, as fetch does.
    Aborted(JsValue),
}

pub struct ApiFailure {
    pub error: Error,
    /// `httpStatus`, `response` and `retryAfter` (s) of the last answer, if one came.
    pub status: Option<u16>,
    pub response: JsValue,
    pub retry_after_s: Option<f64>,
    pub attempts: u32,
}

impl ApiFailure {
    fn without_answer(error: Error) -> ApiFailure {
        ApiFailure {
            error,
            status: None,
            response: JsValue::UNDEFINED,
            retry_after_s: None,
            attempts: 0,
        }
    }
}

/// What one call needs besides its request.
pub struct Call<'a> {
    pub output: &'static Output,
    /// Whether any failed attempt may be sent again (the endpoint's `Retry`).
    pub idempotent: bool,
    /// The key as the caller gave it, to redact from what they see.
    pub api_key: &'a JsString,
    pub authorization: &'a str,
    /// The Config's own fetch, if it was given one.
    pub fetch: Option<&'a Function>,
    pub limits: Limits,
    pub limiter: Rc<Limiter>,
    pub pacer: Rc<Pacer>,
    pub signal: Option<AbortSignal>,
}

/// Sends `request` until it succeeds or may not be retried; on success
/// resolves with what `call.output` says: the parsed body itself, as it came.
pub async fn fetch(request: &Request, call: Call<'_>) -> Result<JsValue, Failure> {
    // The clock is read again only after a wait: once for a call that
    // succeeds at the first attempt (Date.now is a crossing into JS).
    let started = Date::now();
    let mut now = started;
    let deadline = f64::from(call.limits.deadline_ms);
    let left = |now: f64| deadline - (now - started);
    let mut attempts = 0;
    loop {
        not_aborted(&call.signal)?;
        // A free slot is taken at once; only a wait for one needs the timers.
        let permit = match call.limiter.try_acquire() {
            Some(permit) => permit,
            None => {
                let waited = within(
                    left(now),
                    until_aborted(&call.signal, call.limiter.acquire()),
                );
                let Some(permit) = waited.await else {
                    return Err(deadline_failure(&call, attempts));
                };
                now = Date::now();
                permit?
            }
        };
        // Booked once a slot is held, so the start comes at the booked time.
        let start_at = call.pacer.book(now);
        if start_at > now {
            if start_at - now >= left(now) {
                return Err(deadline_failure(&call, attempts));
            }
            let pause = TimeoutFuture::new((start_at - now).ceil() as u32);
            until_aborted(&call.signal, pause).await?;
            now = Date::now();
        }
        attempts += 1;
        // An attempt cut short by the deadline reports the deadline.
        let (budget, reported) = match left(now) < f64::from(call.limits.timeout_ms) {
            true => (left(now).max(1.0) as u32, call.limits.deadline_ms),
            false => (call.limits.timeout_ms, call.limits.timeout_ms),
        };
        let outcome = attempt(request, budget, reported, now, &call).await;
        drop(permit);
        let mut failure = match outcome? {
            Ok(answer) => match classify(call.output, answer, call.api_key) {
                Ok(record) => return Ok(record),
                Err(failure) => failure,
            },
            Err(error) => ApiFailure::without_answer(error),
        };
        failure.attempts = attempts;
        now = Date::now();
        let wait = match failure.retry_after_s {
            Some(seconds) => seconds * 1000.0,
            None => backoff_ms(attempts, Math::random()),
        };
        let retry = is_retryable(&failure.error, call.idempotent)
            && attempts <= call.limits.retries
            && wait <= MAX_WAIT_MS
            && wait < left(now);
        if !retry {
            return Err(Failure::Api(failure));
        }
        until_aborted(&call.signal, TimeoutFuture::new(wait as u32)).await?;
        now = Date::now();
    }
}

/// One attempt: an answer, or the error of no answer. Aborted by the
/// caller's signal (rejecting with its reason) or by the timeout; either way
/// the fetch is cancelled and has let go of its connection before the
/// attempt returns, so its slot is free only once it really is.
async fn attempt(
    request: &Request,
    timeout_ms: u32,
    reported_ms: u32,
    now: f64,
    call: &Call<'_>,
) -> Result<Result<Answer, Error>, Failure> {
    let timeout =
        AttemptTimeout::start(timeout_ms, now, call.signal.as_ref()).map_err(Failure::Aborted)?;
    let via = Via {
        authorization: call.authorization,
        signal: &timeout.signal(),
        fetch: call.fetch,
        redact: call.api_key,
    };
    let outcome = exchange(request, via).await;
    not_aborted(&call.signal)?;
    match outcome {
        Ok(answer) => Ok(Ok(answer)),
        Err(_) if timeout.fired() => {
            drop(timeout);
            // fetch rejects before its socket is torn down; a turn of the
            // event loop lets it close before the slot goes to the next call.
            TimeoutFuture::new(0).await;
            Ok(Err(Error::Timeout(reported_ms)))
        }
        Err(Failed(reason)) => Ok(Err(no_answer(&reason, call.api_key))),
    }
}

/// The caller's abort reason, if its signal has fired.
fn not_aborted(signal: &Option<AbortSignal>) -> Result<(), Failure> {
    match signal.as_ref().filter(|signal| signal.aborted()) {
        Some(signal) => Err(Failure::Aborted(signal.reason())),
        None => Ok(()),
    }
}

/// `work`'s output, or `None` once `ms` have passed (the timer is cleared either way).
async fn within<F: Future>(ms: f64, work: F) -> Option<F::Output> {
    if ms <= 0.0 {
        return None;
    }
    let mut timer = TimeoutFuture::new(ms.min(f64::from(MAX_TIMEOUT_MS)) as u32);
    let mut work = pin!(work);
    poll_fn(|cx| match work.as_mut().poll(cx) {
        Poll::Ready(output) => Poll::Ready(Some(output)),
        Poll::Pending => Pin::new(&mut timer).poll(cx).map(|()| None),
    })
    .await
}

/// `work`'s output, or the caller's abort reason if the signal fires first.
/// The signal is polled first, so an aborted call starts no work at all.
async fn until_aborted<F: Future>(
    signal: &Option<AbortSignal>,
    work: F,
) -> Result<F::Output, Failure> {
    let mut aborted = Aborted::on(signal.as_ref());
    let mut work = pin!(work);
    poll_fn(|cx| match Pin::new(&mut aborted).poll(cx) {
        Poll::Ready(reason) => Poll::Ready(Err(Failure::Aborted(reason))),
        Poll::Pending => work.as_mut().poll(cx).map(Ok),
    })
    .await
}

fn deadline_failure(call: &Call<'_>, attempts: u32) -> Failure {
    let mut failure = ApiFailure::without_answer(Error::Timeout(call.limits.deadline_ms));
    failure.attempts = attempts;
    Failure::Api(failure)
}

/// Turns an answer into the result, or into the failure it describes.
fn classify(output: &Output, answer: Answer, api_key: &JsString) -> Result<JsValue, ApiFailure> {
    let retry_after_s = answer
        .retry_after
        .as_deref()
        .and_then(|value| retry_after_ms(value, Date::now()))
        .map(|ms| (ms / 1000.0).ceil());
    let error = match (&answer.body, answer.status) {
        (_, status) if answer.redirect => Error::Http {
            status,
            message: "ChartMogul redirected the call; not followed, so the API key is sent only to apiBase".to_string(),
        },
        (Body::TooLarge, _) => Error::InvalidResponse(format!(
            "ChartMogul's answer is larger than {} MB; refused without reading further",
            MAX_BODY_BYTES / (1024 * 1024)
        )),
        (body, status) if !(200..300).contains(&status) => Error::Http {
            status,
            message: message_of(body).unwrap_or_else(|| match answer.status_text.as_str() {
                "" => "no message".to_string(),
                text => text.to_string(),
            }),
        },
        (body, _) => match accept(output, body) {
            Ok(result) => return Ok(result),
            Err(error) => error,
        },
    };
    let body = match error {
        // A 2xx body was read as sent (see transport::Via): now that it is
        // an error, the key comes out of it.
        Error::InvalidResponse(_) => answer.body.redacted(api_key),
        _ => answer.body,
    };
    Err(ApiFailure {
        error,
        status: Some(answer.status),
        response: body.into_js(),
        retry_after_s,
        attempts: 0,
    })
}

/// What a 2xx answer's body stands for, handed back as ChartMogul sent it
/// (its type describes it; nothing refuses it for its shape): `{}` for no
/// content (a 204, an empty body), else JSON, which must be JSON.
fn accept(output: &Output, body: &Body) -> Result<JsValue, Error> {
    match (output, body) {
        (Output::Nothing, _) => Ok(Object::new().into()),
        (Output::Json { .. }, Body::Json(value)) => Ok(value.clone()),
        (Output::Json { .. }, Body::Text(text)) if text.length() == 0 => Ok(Object::new().into()),
        (Output::Json { .. }, _) => Err(Error::InvalidResponse(
            "ChartMogul's answer is not JSON".to_string(),
        )),
    }
}

fn message_of(body: &Body) -> Option<String> {
    match body {
        Body::Json(value) => server_message(&serde_wasm_bindgen::from_value(value.clone()).ok()?),
        Body::Text(text) => text_message(&String::from(text)),
        Body::TooLarge => None,
    }
}

/// fetch's rejection as an error: its message and its cause's, key removed.
/// A refused connection (Node's ECONNREFUSED) surely reached no server.
fn no_answer(reason: &JsValue, api_key: &JsString) -> Error {
    let text_of = |v: &JsValue, key: &str| Reflect::get(v, &key.into()).ok()?.as_string();
    let cause = Reflect::get(reason, &"cause".into()).unwrap_or_default();
    let mut text = text_of(reason, "message").unwrap_or_else(|| "fetch failed".to_string());
    if let Some(detail) = text_of(&cause, "message") {
        text = format!("{text} ({detail})");
    }
    let text = redacted(JsString::from(text), api_key).into();
    match text_of(&cause, "code").as_deref() {
        Some("ECONNREFUSED") => Error::Refused(text),
        _ => Error::Connection(text),
    }
}
