//! The caller's argument as the request's query and JSON body, sent as
//! given: unknown fields at any depth, values of any type, `null` kept and
//! `undefined` left out (as JSON.stringify does). ChartMogul is the
//! authority on what a body or query must hold; its 422 says what is wrong.
//! Checked here is only what the request itself needs: an object where one
//! is due, and JSON that can be written.

use js_sys::{Array, Date, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::Input;
use crate::core::error::Error;
use crate::core::query::{encode_query, QueryValue};
use crate::core::request::{no_template_key, non_blank, Verb};

#[wasm_bindgen]
extern "C" {
    /// JS's `String(value)`: a number, boolean or bigint as JS writes it
    /// (a symbol throws).
    #[wasm_bindgen(catch, js_name = String)]
    fn js_string(value: &JsValue) -> Result<String, JsValue>;
}

/// What a call sends besides its path.
pub struct Sent {
    /// Form-encoded, may be empty.
    pub query: String,
    /// JSON text.
    pub body: Option<String>,
}

/// The query and body `input` makes of the call's argument `arg`. `own` is
/// the input's own string argument (`customer_uuid` sent in the body).
pub fn sent(input: &Input, verb: Verb, path: &str, arg: JsValue, own: &str) -> Result<Sent, Error> {
    let query_only = |arg: &JsValue| -> Result<Sent, Error> {
        let query = query_string("query", arg)?;
        no_template_key(path, &query)?;
        Ok(Sent { query, body: None })
    };
    match input {
        Input::Nothing if verb == Verb::Get => query_only(&arg),
        Input::Query(_) => query_only(&arg),
        Input::Nothing => match arg.is_undefined() || arg.is_null() {
            true => Ok(Sent::nothing()),
            false => with_qs(&object("data", arg)?, false, json_unless_empty),
        },
        Input::Fixed(fixed) => {
            let given = match arg.is_undefined() || arg.is_null() {
                true => Object::new(),
                false => object("data", arg)?,
            };
            with_qs(&given, false, |rest| {
                json(with_fixed(rest, fixed)?.as_ref()).map(Some)
            })
        }
        Input::QueryWithFixed(_, fixed) => Ok(Sent {
            query: query_string("query", &object("query", arg)?.into())?,
            body: Some(fixed.to_string()),
        }),
        Input::Body(_) => with_qs(&object("data", arg)?, false, |rest| json(&rest).map(Some)),
        Input::Wrapped { key, fixed, .. } => with_qs(&object("data", arg)?, false, |rest| {
            let inner = Reflect::get(&rest, &(*key).into()).unwrap_or_default();
            // chartmogul-node wraps what is not already wrapped (`!data.subscription_event`).
            let wrapped = match inner.is_truthy() {
                true => rest,
                false => keyed(key, &rest),
            };
            match fixed {
                Some(fixed) => json(with_fixed(wrapped, fixed)?.as_ref()),
                None => json(&wrapped),
            }
            .map(Some)
        }),
        Input::QueryAndBody { .. } => with_qs(&object("data", arg)?, true, json_unless_empty),
        Input::BodyWithParam { param, .. } => with_qs(&object("data", arg)?, false, |rest| {
            non_blank(param, own)?;
            set(&rest, param, &own.into())?;
            json(&rest).map(Some)
        }),
        Input::EachWithParam { param, list, .. } => {
            non_blank(param, own)?;
            // A bare list is the records; an object holds them in `list` (and may hold `qs`).
            let given = match Array::is_array(&arg) {
                true => keyed(list, &arg),
                false => object("data", arg)?,
            };
            with_qs(&given, false, |rest| {
                let items = Reflect::get(&rest, &(*list).into()).unwrap_or_default();
                if !Array::is_array(&items) {
                    return Err(Error::Configuration(format!(
                        "data must be a list, or {{ {list}: [...] }}"
                    )));
                }
                let filled = Array::from(&items)
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        // A copy: the caller's objects are theirs.
                        let item =
                            Object::assign(&Object::new(), &object(&format!("{list}[{i}]"), item)?);
                        set(&item, param, &own.into())?;
                        Ok(item)
                    })
                    .collect::<Result<Array, Error>>()?;
                set(&rest, list, &filled)?;
                json(&rest).map(Some)
            })
        }
    }
}

impl Sent {
    fn nothing() -> Sent {
        Sent {
            query: String::new(),
            body: None,
        }
    }
}

/// `given` less its `qs` (the query), the rest made into the body by
/// `body`. `qs` may be left out unless `qs_required`.
fn with_qs(
    given: &Object,
    qs_required: bool,
    body: impl FnOnce(Object) -> Result<Option<String>, Error>,
) -> Result<Sent, Error> {
    let rest = Object::assign(&Object::new(), given);
    let qs = Reflect::get(&rest, &"qs".into()).unwrap_or_default();
    Reflect::delete_property(&rest, &"qs".into()).ok();
    if qs_required && !is_plain_object(&qs) {
        return Err(Error::Configuration(
            "data.qs must be an object: the query naming the records".into(),
        ));
    }
    Ok(Sent {
        query: query_string("data.qs", &qs)?,
        body: body(rest)?,
    })
}

/// An object and not a list, or an error naming `role`.
fn object(role: &str, value: JsValue) -> Result<Object, Error> {
    match is_plain_object(&value) {
        true => Ok(value.unchecked_into()),
        false => Err(Error::Configuration(format!("{role} must be an object"))),
    }
}

fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value)
}

/// The body of what is left, if anything is.
fn json_unless_empty(rest: Object) -> Result<Option<String>, Error> {
    match Object::keys(&rest).length() {
        0 => Ok(None),
        _ => json(&rest).map(Some),
    }
}

/// `{ [key]: value }`.
fn keyed(key: &str, value: &JsValue) -> Object {
    let wrapped = Object::new();
    Reflect::set(&wrapped, &key.into(), value).ok();
    wrapped
}

fn set(object: &Object, key: &str, value: &JsValue) -> Result<(), Error> {
    Reflect::set(object, &key.into(), value)
        .map(drop)
        .map_err(|_| Error::Configuration(format!("data: cannot set `{key}`")))
}

/// `given` with the fields of the table's `fixed` body set over its own.
fn with_fixed(given: Object, fixed: &str) -> Result<Object, Error> {
    let fixed = JSON::parse(fixed)
        .map_err(|_| Error::Configuration("the endpoint table's fixed body is not JSON".into()))?;
    Ok(Object::assign(&given, fixed.unchecked_ref()))
}

/// `value` as JSON text, as JSON.stringify writes it.
pub fn json(value: &JsValue) -> Result<String, Error> {
    let unsendable =
        |why: String| Error::Configuration(format!("data cannot be sent as JSON: {why}"));
    let text = JSON::stringify(value).map_err(|error| {
        unsendable(
            Reflect::get(&error, &"message".into())
                .ok()
                .and_then(|message| message.as_string())
                .unwrap_or_default(),
        )
    })?;
    text.as_string()
        .ok_or_else(|| unsendable("it is not a JSON value".into()))
}

/// A query object (`role` in messages) as a query string; `undefined` or
/// `null` is no query.
pub fn query_string(role: &str, value: &JsValue) -> Result<String, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(String::new());
    }
    if !is_plain_object(value) {
        return Err(Error::Configuration(format!("{role} must be an object")));
    }
    let fields = fields_of(value)
        .ok_or_else(|| Error::Configuration(format!("{role}: a symbol cannot be sent")))?;
    Ok(encode_query(&fields))
}

fn fields_of(object: &JsValue) -> Option<Vec<(String, QueryValue)>> {
    Object::entries(object.unchecked_ref())
        .iter()
        .map(|entry| {
            let entry: Array = entry.unchecked_into();
            Some((entry.get(0).as_string()?, query_value(&entry.get(1))?))
        })
        .collect()
}

/// A JS value as a query value, as `qs` writes it: a valid date as its ISO
/// text, anything else not a string, list or object as `String(value)`.
fn query_value(value: &JsValue) -> Option<QueryValue> {
    let valid_date = value
        .dyn_ref::<Date>()
        .filter(|date| !date.get_time().is_nan());
    Some(if value.is_undefined() {
        QueryValue::Absent
    } else if value.is_null() {
        QueryValue::Null
    } else if let Some(text) = value.as_string() {
        QueryValue::Text(text)
    } else if let Some(date) = valid_date {
        QueryValue::Text(date.to_iso_string().into())
    } else if Array::is_array(value) {
        let items = Array::from(value);
        QueryValue::List(
            items
                .iter()
                .map(|item| query_value(&item))
                .collect::<Option<_>>()?,
        )
    } else if value.is_object() {
        QueryValue::Map(fields_of(value)?)
    } else {
        QueryValue::Text(js_string(value).ok()?)
    })
}
