//! The request loop shared by every call: send, classify the outcome, decode.

use js_sys::Reflect;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;
use web_sys::AbortSignal;

use crate::decode::decode;
use crate::error::Error;
use crate::request::Request;
use crate::server_message::{server_message, text_message};
use crate::transport::{exchange, Answer, Body, Failed};

/// How a call failed, in the terms the face needs to reject with.
pub enum Failure {
    /// A ChartMogul error; `status` and the parsed answer body (if an answer
    /// came) become the error's `httpStatus` and `response`.
    Api {
        error: Error,
        status: Option<u16>,
        response: JsValue,
    },
    /// The caller's signal fired: reject with its reason, as fetch does.
    Aborted(JsValue),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Api {
            error,
            status: None,
            response: JsValue::UNDEFINED,
        }
    }
}

/// Sends `request` and checks the answer against `T`; on success resolves
/// with the parsed body itself, so fields unknown to `T` are kept as they came.
pub async fn fetch_record<T: DeserializeOwned>(
    what: &str,
    request: &Request,
    api_key: &str,
    signal: Option<&AbortSignal>,
) -> Result<JsValue, Failure> {
    match exchange(request, signal, api_key).await {
        Ok(answer) => classify::<T>(what, answer),
        Err(Failed(_)) if signal.is_some_and(AbortSignal::aborted) => Err(Failure::Aborted(
            signal.map(AbortSignal::reason).unwrap_or_default(),
        )),
        Err(Failed(reason)) => Err(Error::Connection(describe(&reason, api_key)).into()),
    }
}

fn classify<T: DeserializeOwned>(what: &str, answer: Answer) -> Result<JsValue, Failure> {
    if !(200..300).contains(&answer.status) {
        let message = match &answer.body {
            Body::Json(value) => {
                server_message(serde_wasm_bindgen::Deserializer::from(value.clone()))
            }
            Body::Text(text) => text_message(text),
        };
        let message = message.unwrap_or_else(|| match answer.status_text.as_str() {
            "" => "no message".to_string(),
            text => text.to_string(),
        });
        return Err(Failure::Api {
            error: Error::Http {
                status: answer.status,
                message,
            },
            status: Some(answer.status),
            response: answer.body.into_js(),
        });
    }
    let error = match &answer.body {
        Body::Json(value) => {
            match decode::<T, _>(what, serde_wasm_bindgen::Deserializer::from(value.clone())) {
                Ok(_) => return Ok(value.clone()),
                Err(error) => error,
            }
        }
        Body::Text(_) => Error::InvalidResponse("ChartMogul's answer is not JSON".to_string()),
    };
    Err(Failure::Api {
        error,
        status: Some(answer.status),
        response: answer.body.into_js(),
    })
}

/// fetch's rejection as one line: its message and its cause's, key removed.
fn describe(reason: &JsValue, api_key: &str) -> String {
    let message_of = |v: &JsValue| {
        Reflect::get(v, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
    };
    let mut text = message_of(reason).unwrap_or_else(|| "fetch failed".to_string());
    if let Some(cause) = Reflect::get(reason, &"cause".into())
        .ok()
        .as_ref()
        .and_then(message_of)
    {
        text = format!("{text} ({cause})");
    }
    text.replace(api_key, "[redacted]")
}
