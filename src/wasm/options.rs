//! The option objects JS passes in, read with serde: their TypeScript types
//! come from the same structs. JS values with no serde form (a signal, a
//! function) pass through as they are and are checked here. These are this
//! package's own options, not ChartMogul's data: a key they lack
//! (`timout`) is refused, as a typo would otherwise pass in silence.

use js_sys::Function;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_aux::serde_introspection::serde_introspect;
use tsify::Tsify;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortSignal;

use crate::core::decode::{read, unknown_key, Misfit};
use crate::core::error::Error;

/// Options of `new Config(apiKey, apiBase, options)`.
#[derive(Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConfigOptions {
    /// Retries after a failed attempt, 0–20 (default 2; 0 disables).
    #[tsify(optional)]
    pub retries: Option<f64>,
    /// Per-attempt timeout in milliseconds (default 30000).
    #[tsify(optional)]
    pub timeout: Option<f64>,
    /// Deadline of a whole call in milliseconds, retries included (default 120000).
    #[tsify(optional)]
    pub deadline: Option<f64>,
    /// Requests in flight at once through this Config (default 20, ChartMogul's limit).
    #[tsify(optional)]
    pub max_concurrency: Option<f64>,
    /// Requests started in any one second through this Config, retries
    /// included (default 40, ChartMogul's limit; 0 turns pacing off).
    #[tsify(optional)]
    pub max_requests_per_second: Option<f64>,
    /// Allow calls from a web page, where anyone who opens it can read the
    /// API key. Off by default; turn on only for a key you can afford to leak.
    #[tsify(optional)]
    pub dangerously_allow_browser: Option<bool>,
    /// The fetch every attempt goes through instead of the global one
    /// (undici's with its own dispatcher, a proxy, a mock); called as
    /// `fetch(url, init)`.
    #[tsify(
        optional,
        type = "(url: string, init: RequestInit) => Promise<Response>"
    )]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub fetch: JsValue,
}

/// The last argument of every call.
#[derive(Default, Deserialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct RequestOptions {
    /// Aborting it cancels the call, which rejects with the signal's reason.
    #[tsify(optional, type = "AbortSignal")]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub signal: JsValue,
    /// This call's per-attempt timeout in ms.
    #[tsify(optional)]
    pub timeout: Option<f64>,
    /// This call's deadline in ms, retries and waits included.
    #[tsify(optional)]
    pub deadline: Option<f64>,
}

impl ConfigOptions {
    pub fn fetch(&self) -> Result<Option<Function>, Error> {
        optional(&self.fetch, "options.fetch must be a function")
    }
}

impl RequestOptions {
    pub fn signal(&self) -> Result<Option<AbortSignal>, Error> {
        optional(&self.signal, "options.signal must be an AbortSignal")
    }
}

fn optional<T: JsCast>(value: &JsValue, refused: &str) -> Result<Option<T>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.clone().dyn_into::<T>() {
        Ok(typed) => Ok(Some(typed)),
        Err(_) => Err(Error::Configuration(refused.to_string())),
    }
}

/// An options object (`name` in messages) that may be left out.
pub fn options<T: Default + for<'de> Deserialize<'de>>(
    name: &str,
    value: JsValue,
) -> Result<T, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() {
        return Err(Error::Configuration(format!("{name} must be an object")));
    }
    read_object(value).map_err(|misfit| Error::Configuration(format!("{name}: {misfit}")))
}

/// A JS object read as `T`, refusing keys `T` does not have.
fn read_object<T: DeserializeOwned>(value: JsValue) -> Result<T, Misfit> {
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    let keys = keys.iter().filter_map(|key| key.as_string());
    if let Some(misfit) = unknown_key(keys, serde_introspect::<T>()) {
        return Err(misfit);
    }
    read(serde_wasm_bindgen::Deserializer::from(value))
}
