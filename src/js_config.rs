//! The exported `Config` class: the API key and the settings calls share.

use alloc::rc::Rc;
use alloc::string::{String, ToString};

use js_sys::{JsString, Object};
#[cfg(not(target_family = "wasm"))]
use tsify::Tsify;
use wasm_bindgen::prelude::*;

use crate::config::Settings;
use crate::error::Error;
use crate::fields::{Fields, FromFields};
use crate::js_args::{is_absent, optional_object};
use crate::js_error::throwable;
use crate::limiter::Limiter;
use crate::request::{header_list, Request};
use crate::transport::js_headers;

/// Options of `new Config(apiKey, apiBase, options)`.
#[derive(Debug, Default)]
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
// tsify reads serde's attributes for the TypeScript it writes; serde itself is not used.
#[cfg_attr(not(target_family = "wasm"), serde(rename_all = "camelCase"))]
pub struct ConfigOptions {
    /// Retries after a failed attempt (0 disables).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub retries: Option<f64>,
    /// Per-attempt timeout in milliseconds (default 30000).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub timeout: Option<f64>,
    /// Deadline of a whole call in milliseconds, retries included (default 120000).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub deadline: Option<f64>,
    /// Requests in flight at once through this Config (default 20, ChartMogul's limit).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub max_concurrency: Option<f64>,
    /// Allow calls from a web page, where anyone who opens it can read the
    /// API key. Off by default; turn on only for a key you can afford to leak.
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub dangerously_allow_browser: Option<bool>,
}

impl FromFields<JsValue> for ConfigOptions {
    const KEYS: &'static [&'static str] = &[
        "retries",
        "timeout",
        "deadline",
        "maxConcurrency",
        "dangerouslyAllowBrowser",
    ];

    fn from_fields(fields: &Fields<JsValue>) -> Result<Self, Error> {
        Ok(ConfigOptions {
            retries: fields.number("retries")?,
            timeout: fields.number("timeout")?,
            deadline: fields.number("deadline")?,
            max_concurrency: fields.number("maxConcurrency")?,
            dangerously_allow_browser: fields.flag("dangerouslyAllowBrowser")?,
        })
    }
}

/// The API key and connection settings shared by calls. The key is kept
/// inside wasm memory and is never readable back, printed or serialized.
#[wasm_bindgen(inspectable)]
pub struct Config {
    settings: Settings,
    /// The key as given, for redacting it from what callers see.
    api_key: JsString,
    /// Shared by every call through this Config.
    limiter: Rc<Limiter>,
    /// What every call sends, made once: without a body, and with a JSON one.
    headers: Object,
    json_headers: Object,
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

    /// The headers `request` is sent with.
    pub(crate) fn headers_for(&self, request: &Request) -> Object {
        match request.body {
            Some(_) => self.json_headers.clone(),
            None => self.headers.clone(),
        }
    }

    fn build(api_key: JsValue, api_base: JsValue, options: JsValue) -> Result<Config, Error> {
        let api_key_text = api_key.as_string().unwrap_or_default();
        let api_base =
            match is_absent(&api_base) {
                true => None,
                false => Some(api_base.as_string().ok_or_else(|| {
                    Error::Configuration("apiBase must be a string URL".to_string())
                })?),
            };
        let mut settings = Settings::new(&api_key_text, api_base.as_deref())?;
        let options: ConfigOptions = optional_object("options", options)?;
        if let Some(retries) = options.retries {
            settings.set_retries(retries)?;
        }
        if let Some(timeout) = options.timeout {
            settings.set_timeout_ms(timeout)?;
        }
        if let Some(deadline) = options.deadline {
            settings.set_deadline_ms(deadline)?;
        }
        if let Some(max) = options.max_concurrency {
            settings.set_max_concurrency(max)?;
        }
        settings.allow_browser(options.dangerously_allow_browser.unwrap_or(false));
        let limiter = Limiter::new(settings.max_concurrency() as usize);
        let authorization = settings.authorization();
        let headers = js_headers(&header_list(authorization, false));
        let json_headers = js_headers(&header_list(authorization, true));
        Ok(Config {
            settings,
            api_key: api_key.unchecked_into(),
            limiter,
            headers,
            json_headers,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ts_decl::declared_names;

    #[test]
    fn the_keys_read_are_the_keys_declared() {
        assert_eq!(
            <ConfigOptions as FromFields<JsValue>>::KEYS,
            declared_names(ConfigOptions::DECL)
        );
    }
}
