//! The face JS calls: one generic `__call` for every endpoint, and the
//! table itself (`__endpoints`) from which `pkg/setup.js` builds the
//! classes, the build the .d.ts, the CLI its commands and the test server
//! its routes. A call's arguments are `(config, ...pathParams, input?, options?)`.

use js_sys::{Array, Promise};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::client::{fetch, Call, Failure};
use super::config::Config;
use super::js_error::{failure_to_js, throwable};
use super::options::{options, RequestOptions};
use super::transport::in_browser;
use crate::api::schema::{each_with_field, no_more_keys, split_qs, with_field};
use crate::api::{Endpoint, Input, Retry, ENDPOINTS};
use crate::core::error::Error;
use crate::core::request::{fill_path, no_template_key, template_keys, Request};

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
    /// `query` or `body`, with its type and fields; absent when the call takes neither.
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
    /// The interface naming its fields.
    #[serde(rename = "type")]
    type_name: &'static str,
    /// The argument's TypeScript type (`type`, or more).
    ts_type: &'static str,
    /// A query may be left out unless the call needs one to name its records.
    required: bool,
    /// Its fields, less one a string argument gives (in the body or the path's query).
    fields: Vec<&'static str>,
    /// For `{ qs, ...body }`: the fields of `qs`.
    query_fields: Option<&'static [&'static str]>,
}

/// The endpoint table, for the JS side.
#[wasm_bindgen(js_name = __endpoints, skip_typescript)]
pub fn endpoints() -> Result<JsValue, JsValue> {
    let described: Vec<Described> = ENDPOINTS.iter().enumerate().map(describe).collect();
    Ok(described.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

fn describe((id, e): (usize, &Endpoint)) -> Described {
    let (kind, required, query) = match &e.input {
        // Required when an empty query does not do (`{ data_source_uuid, external_id }`).
        Input::Query(schema) => (
            "query",
            (schema.from_js)(js_sys::Object::new().into()).is_err(),
            None,
        ),
        Input::QueryWithFixed(..) => ("query", true, None),
        Input::QueryAndBody { query, .. } => ("body", true, Some(query)),
        _ => ("body", true, None),
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
            required,
            fields: match &e.input {
                Input::QueryAndBody { body: None, .. } => Vec::new(),
                input => (schema.fields)()
                    .iter()
                    .copied()
                    .filter(|&field| Some(field) != input.param())
                    .filter(|&field| template_keys(e.path).all(|key| key != field))
                    .collect(),
            },
            query_fields: query.map(|q| (q.fields)()),
        }),
        output: e.output.type_name(),
        items: e.output.items(),
        fixed_body: match e.input {
            Input::Fixed(body) | Input::QueryWithFixed(_, body) => Some(body),
            _ => None,
        },
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
        .and_then(|()| request(endpoint, config, &args))
        .and_then(|(request, own)| {
            let limits = config
                .settings()
                .limits()
                .with_overrides(own.timeout, own.deadline)?;
            Ok((request, limits, own.signal()?))
        });
    let (request, limits, signal) = match checked {
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
            output: &endpoint.output,
            idempotent: endpoint.retry.is_idempotent(),
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
    let mut next = params.len() as u32;
    let mut take = || {
        next += 1;
        args.get(next - 1)
    };
    let (query, body) = match &endpoint.input {
        Input::Nothing => (String::new(), None),
        Input::Query(schema) => {
            let query = (schema.from_js)(take())?;
            no_template_key(endpoint.path, &query)?;
            (query, None)
        }
        Input::Body(schema) => (String::new(), Some((schema.from_js)(take())?)),
        Input::QueryAndBody { query, body } => {
            let (qs, rest) = split_qs(take())?;
            let body = match body {
                Some(body) => Some((body.from_js)(rest)?),
                None => no_more_keys(rest).map(|()| None)?,
            };
            ((query.from_js)(qs)?, body)
        }
        Input::Fixed(body) => (String::new(), Some(body.to_string())),
        Input::QueryWithFixed(schema, body) => ((schema.from_js)(take())?, Some(body.to_string())),
        Input::BodyWithParam { param, schema } => {
            let data = with_field(take(), param, own.map_or("", String::as_str))?;
            (String::new(), Some((schema.from_js)(data)?))
        }
        Input::EachWithParam {
            param,
            list,
            schema,
        } => {
            let data = each_with_field(take(), list, param, own.map_or("", String::as_str))?;
            (String::new(), Some((schema.from_js)(data)?))
        }
    };
    let request = Request {
        body,
        ..Request::new(endpoint.verb, config.settings().api_base(), &path, &query)
    };
    Ok((request, options("options", take())?))
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
