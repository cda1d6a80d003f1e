//! The exported `DataSource` class: ChartMogul's data source calls.

use alloc::string::{String, ToString};
use js_sys::Promise;
#[cfg(not(target_family = "wasm"))]
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::AbortSignal;

use crate::client::{fetch, Call, Expect, Failure};
use crate::data_source::{
    create_request, destroy_request, list_request, retrieve_request, DataSourceListQuery,
    DataSourceQuery, NewDataSource, DATA_SOURCE, DATA_SOURCE_LIST,
};
use crate::error::Error;
use crate::fields::{Fields, FromFields};
use crate::js_args::{optional_object, required_object};
use crate::js_config::Config;
use crate::js_error::{failure_to_js, throwable};
use crate::request::Request;
use crate::task::spawn_promise;
use crate::transport::in_browser;

/// Options of a single call.
#[derive(Default)]
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct RequestOptions {
    /// Aborting it cancels the call at once (in flight, queued or waiting to
    /// retry); the call then rejects with the signal's reason, as fetch does.
    #[cfg_attr(not(target_family = "wasm"), tsify(optional, type = "AbortSignal"))]
    pub signal: Option<AbortSignal>,
    /// This call's per-attempt timeout in milliseconds (default: the Config's).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub timeout: Option<f64>,
    /// This call's deadline in milliseconds, retries included (default: the Config's).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub deadline: Option<f64>,
}

impl FromFields<JsValue> for RequestOptions {
    const KEYS: &'static [&'static str] = &["signal", "timeout", "deadline"];

    fn from_fields(fields: &Fields<JsValue>) -> Result<Self, Error> {
        let signal = fields
            .value("signal")
            .map(|signal| signal.dyn_into::<AbortSignal>())
            .transpose()
            .map_err(|_| {
                Error::Configuration("options.signal must be an AbortSignal".to_string())
            })?;
        Ok(RequestOptions {
            signal,
            timeout: fields.number("timeout")?,
            deadline: fields.number("deadline")?,
        })
    }
}

/// What `retrieve` and `create` resolve with.
const ONE_DATA_SOURCE: Expect = Expect::Record {
    what: "data source",
    shape: &DATA_SOURCE,
};

/// What `all` resolves with.
const DATA_SOURCE_LIST_ANSWER: Expect = Expect::Record {
    what: "data source list",
    shape: &DATA_SOURCE_LIST,
};

/// ChartMogul data sources: `retrieve`, `all`, `create` and `destroy`.
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
        let request = optional_object::<DataSourceQuery>("query", query)
            .and_then(|query| retrieve_request(config.settings(), &string(uuid), &query));
        send(config, request, options, ONE_DATA_SOURCE)
    }

    /// Lists data sources: `GET /v1/data_sources`, filtered by `query`.
    #[wasm_bindgen(unchecked_return_type = "Promise<DataSourceList>")]
    pub fn all(
        config: &Config,
        #[wasm_bindgen(unchecked_optional_param_type = "DataSourceListQuery")] query: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: JsValue,
    ) -> Promise {
        let request = optional_object::<DataSourceListQuery>("query", query)
            .map(|query| list_request(config.settings(), &query));
        send(config, request, options, DATA_SOURCE_LIST_ANSWER)
    }

    /// Creates a data source: `POST /v1/data_sources`. Retried only where
    /// it surely was not carried out (see the README).
    #[wasm_bindgen(unchecked_return_type = "Promise<DataSourceRecord>")]
    pub fn create(
        config: &Config,
        #[wasm_bindgen(unchecked_param_type = "NewDataSource")] data: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: JsValue,
    ) -> Promise {
        let request = required_object::<NewDataSource>("data", data)
            .and_then(|data| create_request(config.settings(), &data));
        send(config, request, options, ONE_DATA_SOURCE)
    }

    /// Deletes a data source and all its data: `DELETE /v1/data_sources/{uuid}`.
    #[wasm_bindgen(unchecked_return_type = "Promise<Record<string, never>>")]
    pub fn destroy(
        config: &Config,
        #[wasm_bindgen(unchecked_param_type = "string")] uuid: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: JsValue,
    ) -> Promise {
        let request = destroy_request(config.settings(), &string(uuid));
        send(config, request, options, Expect::Nothing)
    }
}

/// A string argument; anything else reads as empty, which the request refuses.
fn string(value: JsValue) -> String {
    value.as_string().unwrap_or_default()
}

/// Checks what every call shares (the browser guard, the options), then runs
/// the request loop. Everything is read from `config` now, so the returned
/// promise holds no borrow of it while the call is in flight.
fn send(
    config: &Config,
    request: Result<Request, Error>,
    options: JsValue,
    expect: Expect,
) -> Promise {
    let settings = config.settings();
    let checked = settings
        .browser_guard(in_browser())
        .and(request)
        .and_then(|request| {
            let own: RequestOptions = optional_object("options", options)?;
            let limits = settings
                .limits()
                .with_overrides(own.timeout, own.deadline)?;
            Ok((request, own.signal, limits))
        });
    let (request, signal, limits) = match checked {
        Ok(checked) => checked,
        Err(e) => return Promise::reject(&throwable(e)),
    };
    let api_key = config.api_key();
    let headers = config.headers_for(&request);
    let limiter = config.limiter();
    spawn_promise(async move {
        let call = Call {
            expect,
            api_key: &api_key,
            headers: &headers,
            limits,
            limiter,
            signal,
        };
        fetch(&request, call)
            .await
            .map_err(|failure| match failure {
                Failure::Api(failure) => failure_to_js(failure),
                Failure::Aborted(reason) => reason,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ts_decl::declared_names;

    #[test]
    fn the_keys_read_are_the_keys_declared() {
        assert_eq!(
            <RequestOptions as FromFields<JsValue>>::KEYS,
            declared_names(RequestOptions::DECL)
        );
    }
}
