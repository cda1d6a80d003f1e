//! The exported `Config` class: the API key and the settings calls share.

use std::rc::Rc;

use js_sys::{Function, JsString};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::js_error::throwable;
use super::options::{options, ConfigOptions};
use crate::core::config::Settings;
use crate::core::error::Error;
use crate::core::limiter::Limiter;
use crate::core::pacer::Pacer;

/// The API key and connection settings shared by calls. The key is kept
/// inside wasm memory and is never readable back, printed or serialized.
#[wasm_bindgen(inspectable)]
pub struct Config {
    settings: Settings,
    /// The key as given, for redacting it from what callers see.
    api_key: JsString,
    /// Shared by every call through this Config.
    limiter: Rc<Limiter>,
    pacer: Rc<Pacer>,
    fetch: Option<Function>,
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

    /// The base URL calls go to, without a trailing slash.
    #[wasm_bindgen(getter, js_name = apiBase)]
    pub fn api_base(&self) -> String {
        self.settings.api_base().as_str().to_string()
    }

    /// Retries after a failed attempt (0 disables).
    #[wasm_bindgen(getter)]
    pub fn retries(&self) -> u32 {
        self.settings.limits().retries
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
        self.settings.limits().timeout_ms
    }

    #[wasm_bindgen(setter)]
    pub fn set_timeout(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    ) -> Result<(), JsValue> {
        self.set_number(value, Settings::set_timeout_ms)
    }

    /// Deadline of a whole call in milliseconds, retries included.
    #[wasm_bindgen(getter)]
    pub fn deadline(&self) -> u32 {
        self.settings.limits().deadline_ms
    }

    #[wasm_bindgen(setter)]
    pub fn set_deadline(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    ) -> Result<(), JsValue> {
        self.set_number(value, Settings::set_deadline_ms)
    }

    /// Requests in flight at once through this Config; the rest wait in order.
    #[wasm_bindgen(getter, js_name = maxConcurrency)]
    pub fn max_concurrency(&self) -> u32 {
        self.settings.max_concurrency()
    }

    #[wasm_bindgen(setter, js_name = maxConcurrency)]
    pub fn set_max_concurrency(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    ) -> Result<(), JsValue> {
        self.set_number(value, Settings::set_max_concurrency)?;
        self.limiter
            .set_max(self.settings.max_concurrency() as usize);
        Ok(())
    }

    /// Requests started per second through this Config, retries included
    /// (0: no pacing).
    #[wasm_bindgen(getter, js_name = maxRequestsPerSecond)]
    pub fn max_requests_per_second(&self) -> u32 {
        self.settings.max_requests_per_second()
    }

    #[wasm_bindgen(setter, js_name = maxRequestsPerSecond)]
    pub fn set_max_requests_per_second(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
    ) -> Result<(), JsValue> {
        self.set_number(value, Settings::set_max_requests_per_second)?;
        self.pacer.set_max(self.settings.max_requests_per_second());
        Ok(())
    }
}

impl Config {
    pub(crate) fn settings(&self) -> &Settings {
        &self.settings
    }

    pub(crate) fn api_key(&self) -> JsString {
        self.api_key.clone()
    }

    pub(crate) fn limiter(&self) -> Rc<Limiter> {
        Rc::clone(&self.limiter)
    }

    pub(crate) fn pacer(&self) -> Rc<Pacer> {
        Rc::clone(&self.pacer)
    }

    pub(crate) fn fetch(&self) -> Option<Function> {
        self.fetch.clone()
    }

    fn build(api_key: JsValue, api_base: JsValue, given: JsValue) -> Result<Config, Error> {
        let api_key_text = api_key.as_string().unwrap_or_default();
        let api_base =
            match api_base.is_undefined() || api_base.is_null() {
                true => None,
                false => Some(api_base.as_string().ok_or_else(|| {
                    Error::Configuration("apiBase must be a string URL".to_string())
                })?),
            };
        let mut settings = Settings::new(&api_key_text, api_base.as_deref())?;
        let given: ConfigOptions = options("options", given)?;
        if let Some(retries) = given.retries {
            settings.set_retries(retries)?;
        }
        if let Some(timeout) = given.timeout {
            settings.set_timeout_ms(timeout)?;
        }
        if let Some(deadline) = given.deadline {
            settings.set_deadline_ms(deadline)?;
        }
        if let Some(max) = given.max_concurrency {
            settings.set_max_concurrency(max)?;
        }
        if let Some(max) = given.max_requests_per_second {
            settings.set_max_requests_per_second(max)?;
        }
        settings.allow_browser(given.dangerously_allow_browser.unwrap_or(false));
        Ok(Config {
            fetch: given.fetch()?,
            limiter: Limiter::new(settings.max_concurrency() as usize),
            pacer: Rc::new(Pacer::new(settings.max_requests_per_second())),
            settings,
            api_key: api_key.unchecked_into(),
        })
    }

    /// A numeric setter: a non-number is refused like an out-of-range one.
    fn set_number(
        &mut self,
        value: JsValue,
        set: fn(&mut Settings, f64) -> Result<(), Error>,
    ) -> Result<(), JsValue> {
        set(&mut self.settings, value.as_f64().unwrap_or(f64::NAN)).map_err(throwable)
    }
}
