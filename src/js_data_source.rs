//! The exported `DataSource` class: ChartMogul's data source calls.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;
use web_sys::AbortSignal;

use crate::client::{fetch_record, Failure};
use crate::data_source::{retrieve_request, DataSourceQuery, DataSourceRecord};
use crate::error::Error;
use crate::js_args::{is_absent, optional_object, throwable};
use crate::js_config::Config;
use crate::js_error::to_js_error;
use crate::request::Request;
use crate::transport::in_browser;

#[wasm_bindgen(typescript_custom_section)]
const REQUEST_OPTIONS: &str = r#"
/** Options of a single call. */
export interface RequestOptions {
    /** Aborting it cancels the call; it then rejects with the signal's reason. */
    signal?: AbortSignal;
}
"#;

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
        let prepared = (|| {
            let uuid = uuid.as_string().unwrap_or_default();
            let query: DataSourceQuery = optional_object("query", query)?;
            retrieve_request(config.settings(), &uuid, &query)
        })();
        send::<DataSourceRecord>("data source", config, prepared, options)
    }
}

/// Checks what every call shares (the browser guard, the options), then runs
/// the request loop. Everything is read from `config` now, so the returned
/// promise holds no borrow of it while the call is in flight.
fn send<T: serde::de::DeserializeOwned>(
    what: &'static str,
    config: &Config,
    request: Result<Request, Error>,
    options: JsValue,
) -> Promise {
    let settings = config.settings();
    let checked = settings
        .browser_guard(in_browser())
        .and(request)
        .and_then(|request| Ok((request, signal_option(options)?)));
    let (request, signal) = match checked {
        Ok(checked) => checked,
        Err(e) => return Promise::reject(&throwable(e)),
    };
    let api_key = settings.api_key().to_string();
    future_to_promise(async move {
        fetch_record::<T>(what, &request, &api_key, signal.as_ref())
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

/// The `signal` of a call's options, checked to be an AbortSignal.
fn signal_option(options: JsValue) -> Result<Option<AbortSignal>, Error> {
    if is_absent(&options) {
        return Ok(None);
    }
    let bad = |what: &str| Error::Configuration(format!("options{what}"));
    let options: Object = options.dyn_into().map_err(|_| bad(" must be an object"))?;
    for key in Object::keys(&options) {
        if key.as_string().as_deref() != Some("signal") {
            return Err(bad(": unknown option (known: signal)"));
        }
    }
    let signal = Reflect::get(&options, &"signal".into()).unwrap_or_default();
    if signal.is_undefined() {
        return Ok(None);
    }
    signal
        .dyn_into::<AbortSignal>()
        .map(Some)
        .map_err(|_| bad(".signal must be an AbortSignal"))
}
