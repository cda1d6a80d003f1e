//! The face: the `#[wasm_bindgen]` exports. Each checks its JS arguments,
//! calls the plain-Rust core and turns a core `Error` into the matching JS
//! error class. Everything under it is ordinary Rust (see DESIGN in the README).

mod api_base;
mod client;
mod config;
mod data_source;
mod decode;
mod error;
mod js_error;
mod request;
mod server_message;
mod transport;

use js_sys::{Object, Promise};
use serde::Deserialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;
use web_sys::AbortSignal;

pub use data_source::{
    AutoChurnSubscriptionSetting, DataSourceQuery, DataSourceRecord, DataSourceStatus,
    InvoiceHandlingRules, InvoiceHandlingSetting, ProcessingStatus,
};

/// Installed by each package entry; public for the wasm-bindgen tests too.
pub use js_error::set_error_factory;

use client::{fetch_record, Failure};
use config::Settings;
use decode::{argument, known_keys_only};
use error::Error;
use js_error::to_js_error;

/// Options of `new Config(apiKey, apiBase, options)`.
#[derive(Debug, Default, Deserialize, Tsify)]
pub struct ConfigOptions {
    /// Retries after a failed attempt (0 disables).
    #[tsify(optional)]
    pub retries: Option<f64>,
    /// Per-attempt timeout in milliseconds.
    #[tsify(optional)]
    pub timeout: Option<f64>,
}

#[wasm_bindgen(typescript_custom_section)]
const REQUEST_OPTIONS: &str = r#"
/** Options of a single call. */
export interface RequestOptions {
    /** Aborting it cancels the call; it then rejects with the signal's reason. */
    signal?: AbortSignal;
}
"#;

/// The API key and connection settings shared by calls. The key is kept
/// inside wasm memory and is never readable back, printed or serialized.
#[wasm_bindgen(inspectable)]
pub struct Config {
    settings: Settings,
}

#[wasm_bindgen]
impl Config {
    /// `new Config(apiKey, apiBase?, options?)`; `apiBase` defaults to
    /// `https://api.chartmogul.com` and may carry a path prefix.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(js_name = apiKey, unchecked_param_type = "string")] api_key: JsValue,
        #[wasm_bindgen(js_name = apiBase, unchecked_optional_param_type = "string")]
        api_base: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ConfigOptions")] options: JsValue,
    ) -> Result<Config, JsValue> {
        Self::build(api_key, api_base, options).map_err(throwable)
    }

    fn build(api_key: JsValue, api_base: JsValue, options: JsValue) -> Result<Config, Error> {
        let api_key = api_key.as_string().unwrap_or_default();
        let api_base =
            match api_base.is_undefined() || api_base.is_null() {
                true => None,
                false => Some(api_base.as_string().ok_or_else(|| {
                    Error::Configuration("apiBase must be a string URL".to_string())
                })?),
            };
        let mut settings = Settings::new(&api_key, api_base.as_deref())?;
        let options: ConfigOptions = optional_argument("options", options)?;
        if let Some(retries) = options.retries {
            settings.set_retries(retries)?;
        }
        if let Some(timeout) = options.timeout {
            settings.set_timeout_ms(timeout)?;
        }
        Ok(Config { settings })
    }

    /// The base URL calls go to, without a trailing slash.
    #[wasm_bindgen(getter, js_name = apiBase)]
    pub fn api_base(&self) -> String {
        self.settings.api_base().as_str().to_string()
    }

    /// Retries after a failed attempt (0 disables).
    #[wasm_bindgen(getter)]
    pub fn retries(&self) -> u32 {
        self.settings.retries()
    }

    #[wasm_bindgen(setter)]
    pub fn set_retries(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    ) -> Result<(), JsValue> {
        self.set_number(value, Settings::set_retries)
    }

    /// Per-attempt timeout in milliseconds.
    #[wasm_bindgen(getter)]
    pub fn timeout(&self) -> u32 {
        self.settings.timeout_ms()
    }

    #[wasm_bindgen(setter)]
    pub fn set_timeout(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    ) -> Result<(), JsValue> {
        self.set_number(value, Settings::set_timeout_ms)
    }
}

impl Config {
    /// A numeric setter: a non-number is refused like an out-of-range one.
    fn set_number(
        &mut self,
        value: JsValue,
        set: fn(&mut Settings, f64) -> Result<(), Error>,
    ) -> Result<(), JsValue> {
        set(&mut self.settings, value.as_f64().unwrap_or(f64::NAN)).map_err(throwable)
    }
}

/// ChartMogul data sources: `DataSource.retrieve(config, uuid, query?, options?)`.
#[wasm_bindgen]
pub struct DataSource;

#[wasm_bindgen]
impl DataSource {
    /// Retrieves one data source: `GET /v1/data_sources/{uuid}`.
    #[wasm_bindgen(unchecked_return_type = "Promise<DataSourceRecord>")]
    pub fn retrieve(
        config: &Config,
        #[wasm_bindgen(unchecked_param_type = "string")] uuid: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "DataSourceQuery")] query: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: JsValue,
    ) -> Promise {
        // Everything is read now, so the call holds no borrow of `config`.
        let prepared = (|| {
            let uuid = uuid.as_string().unwrap_or_default();
            let query: DataSourceQuery = optional_argument("query", query)?;
            let signal = signal_option(options)?;
            let request = data_source::retrieve_request(&config.settings, &uuid, &query)?;
            Ok::<_, Error>((request, signal))
        })();
        let (request, signal) = match prepared {
            Ok(prepared) => prepared,
            Err(e) => return Promise::reject(&throwable(e)),
        };
        let api_key = config.settings.api_key().to_string();
        future_to_promise(async move {
            fetch_record::<DataSourceRecord>("data source", &request, &api_key, signal.as_ref())
                .await
                .map_err(|failure| match failure {
                    Failure::Api {
                        error,
                        status,
                        response,
                    } => to_js_error(&error, status, response),
                    Failure::Aborted(reason) => reason,
                })
        })
    }
}

/// The JS error for a problem found before anything was sent.
fn throwable(error: Error) -> JsValue {
    to_js_error(&error, None, JsValue::UNDEFINED)
}

/// `undefined`/`null` mean "not given"; anything else must fit `T`.
fn optional_argument<T: Default + for<'de> Deserialize<'de>>(
    name: &str,
    value: JsValue,
) -> Result<T, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    let object: &Object = value
        .dyn_ref()
        .ok_or_else(|| Error::Configuration(format!("{name} must be an object")))?;
    let keys = Object::keys(object);
    known_keys_only::<T>(name, keys.iter().filter_map(|key| key.as_string()))?;
    argument(name, serde_wasm_bindgen::Deserializer::from(value))
}

/// The `signal` of a call's options, checked to be an AbortSignal.
fn signal_option(options: JsValue) -> Result<Option<AbortSignal>, Error> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    let bad = |what: &str| Error::Configuration(format!("options{what}"));
    let options: Object = options.dyn_into().map_err(|_| bad(" must be an object"))?;
    for key in Object::keys(&options) {
        if key.as_string().as_deref() != Some("signal") {
            return Err(bad(": unknown option (known: signal)"));
        }
    }
    let signal = js_sys::Reflect::get(&options, &"signal".into()).unwrap_or_default();
    if signal.is_undefined() {
        return Ok(None);
    }
    signal
        .dyn_into::<AbortSignal>()
        .map(Some)
        .map_err(|_| bad(".signal must be an AbortSignal"))
}
