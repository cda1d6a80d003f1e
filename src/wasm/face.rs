//! The face JS calls: one generic `__call` for every endpoint, and the
//! table itself (`__endpoints`) from which `pkg/setup.js` builds the
//! classes, the build the .d.ts, the CLI its commands and the test server
//! its routes. A call's arguments are `(config, ...pathParams, input?, options?)`.

use js_sys::{Array, Promise, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::client::{fetch, Call, Failure};
use super::config::Config;
use super::input::{json, query_string, sent};
use super::js_error::{failure_to_js, throwable};
use super::options::{options, RequestOptions};
use super::transport::in_browser;
use crate::api::{Endpoint, Input, Output, Retry, ENDPOINTS, NAMESPACES};
use crate::core::error::Error;
use crate::core::request::{fill_path, raw_path, Request, Verb};

/// One endpoint as JS sees it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Described {
    id: usize,
    class: &'static str,
    method: &'static str,
    verb: &'static str,
    path: &'static str,
    /// The leading string arguments: the path's parameters, then the input's.
    params: Vec<&'static str>,
    /// `query` or `body`, with its type; absent when the call has no type of
    /// its own (it still takes any query, or `{ qs, ...fields }`).
    input: Option<DescribedInput>,
    /// The answer's type; absent for a 204.
    output: Option<&'static str>,
    /// For a cursor-paginated list, the answer's field holding its records.
    items: Option<&'static str>,
    /// The JSON body sent whatever the arguments (`{"disabled":true}`).
    fixed_body: Option<&'static str>,
    retry: Retry,
    summary: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DescribedInput {
    kind: &'static str,
    /// The interface naming its fields (the build reads them from the .d.ts).
    #[serde(rename = "type")]
    type_name: &'static str,
    /// The argument's TypeScript type (`type`, or more).
    ts_type: &'static str,
    /// Whether the call needs the object (a body, or a query naming its records).
    required: bool,
    /// For `{ qs, ...body }`: the interface of `qs`.
    query_type: Option<&'static str>,
}

/// The endpoint table, for the JS side.
#[wasm_bindgen(js_name = __endpoints, skip_typescript)]
pub fn endpoints() -> Result<JsValue, JsValue> {
    let described: Vec<Described> = ENDPOINTS.iter().enumerate().map(describe).collect();
    Ok(described.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// The namespaces of classes (`{ Enrichment: ["Customer", …] }`), for the JS side.
#[wasm_bindgen(js_name = __namespaces, skip_typescript)]
pub fn namespaces() -> Result<JsValue, JsValue> {
    let map: std::collections::BTreeMap<_, _> = NAMESPACES.iter().copied().collect();
    Ok(map.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

fn describe((id, e): (usize, &Endpoint)) -> Described {
    let kind = match &e.input {
        Input::Query(_) | Input::QueryWithFixed(..) => "query",
        _ => "body",
    };
    Described {
        id,
        class: e.class,
        method: e.method,
        verb: e.verb.as_str(),
        path: e.path,
        params: e.params().collect(),
        input: e.input.schema().map(|schema| DescribedInput {
            kind,
            type_name: schema.name,
            ts_type: schema.ts_type,
            required: e.input.required(),
            query_type: match &e.input {
                Input::QueryAndBody { query, .. } => Some(query.name),
                _ => None,
            },
        }),
        output: e.output.type_name(),
        items: e.output.items(),
        fixed_body: e.input.fixed_body(),
        retry: e.retry,
        summary: e.summary,
    }
}

/// Endpoint `id` called with `args`: a promise of its answer, or of its
/// error. Bad arguments reject before anything is sent.
#[wasm_bindgen(js_name = __call, skip_typescript)]
pub fn call(id: usize, config: &Config, args: Array) -> Promise {
    let Some(endpoint) = ENDPOINTS.get(id) else {
        return Promise::reject(&throwable(Error::Configuration("no such endpoint".into())));
    };
    let checked = config
        .settings()
        .browser_guard(in_browser())
        .and_then(|()| request(endpoint, config, &args));
    match checked {
        Ok((request, own)) => send(config, request, own, &endpoint.output, endpoint.retry),
        Err(error) => Promise::reject(&throwable(error)),
    }
}

/// Any answer of the raw `request`: JSON, handed back as it came.
static RAW_OUTPUT: Output = Output::Json {
    name: "unknown",
    items: None,
};

/// The escape hatch for what the table lacks: `{ method, path, query, body }`
/// sent under the API base with the same retries, pacing and errors. A
/// POST is retried only where it surely was not carried out.
#[wasm_bindgen(js_name = __request, skip_typescript)]
pub fn raw_request(config: &Config, spec: JsValue, options_arg: JsValue) -> Promise {
    let checked = config
        .settings()
        .browser_guard(in_browser())
        .and_then(|()| raw(config, &spec))
        .and_then(|request| Ok((request, options("options", options_arg)?)));
    match checked {
        Ok((request, own)) => {
            let retry = match request.verb {
                Verb::Post => Retry::IfNotSent,
                _ => Retry::Always,
            };
            send(config, request, own, &RAW_OUTPUT, retry)
        }
        Err(error) => Promise::reject(&throwable(error)),
    }
}

/// `request` sent through `config` under the call's own options.
fn send(
    config: &Config,
    request: Request,
    own: RequestOptions,
    output: &'static Output,
    retry: Retry,
) -> Promise {
    let checked = config
        .settings()
        .limits()
        .with_overrides(own.timeout, own.deadline)
        .and_then(|limits| Ok((limits, own.signal()?)));
    let (limits, signal) = match checked {
        Ok(checked) => checked,
        Err(error) => return Promise::reject(&throwable(error)),
    };
    let api_key = config.api_key();
    let authorization = config.settings().authorization().to_string();
    let fetcher = config.fetch();
    let limiter = config.limiter();
    let pacer = config.pacer();
    future_to_promise(async move {
        let call = Call {
            output,
            idempotent: retry.is_idempotent(),
            api_key: &api_key,
            authorization: &authorization,
            fetch: fetcher.as_ref(),
            limits,
            limiter,
            pacer,
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

/// The request a raw `{ method, path, query, body }` asks for.
fn raw(config: &Config, spec: &JsValue) -> Result<Request, Error> {
    if !spec.is_object() {
        return Err(Error::Configuration(
            "request needs { method, path, query?, body? }".into(),
        ));
    }
    let field = |key: &str| Reflect::get(spec, &key.into()).unwrap_or_default();
    let method = field("method").as_string().unwrap_or_default();
    let verb = Verb::parse(&method).ok_or_else(|| {
        Error::Configuration(format!(
            "method must be GET, POST, PATCH, PUT or DELETE, not `{method}`"
        ))
    })?;
    let path = field("path").as_string().unwrap_or_default();
    let query = query_string("query", &field("query"))?;
    let body = match field("body") {
        body if body.is_undefined() => None,
        body => Some(json(&body)?),
    };
    Ok(Request {
        body,
        ..Request::new(verb, config.settings().api_base(), raw_path(&path)?, &query)
    })
}

/// The request `args` ask for, and the call's own options.
fn request(
    endpoint: &Endpoint,
    config: &Config,
    args: &Array,
) -> Result<(Request, RequestOptions), Error> {
    // A missing or non-string parameter reads as "" and is refused by name.
    let params: Vec<String> = endpoint
        .params()
        .zip(0..)
        .map(|(name, i)| param_text(name, &args.get(i)))
        .collect();
    // The input's own argument, if any, is before or after the path's.
    let in_path = endpoint.path_params().count();
    let (own, path_params) = match endpoint.input.param_leads() {
        true => (params.first(), &params[1..]),
        false => (params.get(in_path), &params[..in_path]),
    };
    let path = fill_path(endpoint.path, path_params)?;
    let arg = args.get(params.len() as u32);
    let own = own.map_or("", String::as_str);
    let sent = sent(&endpoint.input, endpoint.verb, endpoint.path, arg, own)?;
    let request = Request {
        body: sent.body,
        ..Request::new(
            endpoint.verb,
            config.settings().api_base(),
            &path,
            &sent.query,
        )
    };
    Ok((
        request,
        options("options", args.get(params.len() as u32 + 1))?,
    ))
}

/// A path parameter's text: a string; for an id that is not a uuid, also
/// a whole number's digits (a subscription event's id is a number, and
/// chartmogul-node takes it as one). Anything else reads as "" and is
/// refused by name. (scripts/declarations.mjs types them by the same rule.)
fn param_text(name: &str, value: &JsValue) -> String {
    match (value.as_string(), value.as_f64()) {
        (Some(text), _) => text,
        (None, Some(n))
            if !name.ends_with("uuid")
                && n.fract() == 0.0
                && n.abs() <= 9_007_199_254_740_991.0 =>
        {
            format!("{n}")
        }
        _ => String::new(),
    }
}
