//! How the table names the types an endpoint takes and answers. Each type is
//! one serde + tsify struct: its TypeScript interface, its check and its
//! encoding all come from it. The macros `query!`, `body!` and `record!`
//! turn a type into the functions the face calls (fn pointers, so the
//! table stays a plain `static`).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_aux::serde_introspection::serde_introspect;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::decode::{read, unknown_key, Misfit};
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A query or body type, with the checks serde cannot express.
pub trait Checked: DeserializeOwned + Serialize {
    /// A field blank where ChartMogul needs words, and the like.
    fn check(&self) -> Result<(), Error> {
        Ok(())
    }

    /// Its fields holding objects of types with fields of their own
    /// (`invoices[].line_items[]`), whose unknown keys are refused too.
    const NESTED: &'static [Nested] = &[];
}

/// A field holding an object, or a list of objects, of a struct type.
/// (serde-wasm-bindgen reads only the fields a struct names, so without
/// this a typo in a nested object would be dropped without a word.)
pub struct Nested {
    pub key: &'static str,
    pub fields: fn() -> &'static [&'static str],
    pub nested: &'static [Nested],
}

/// What a JS method takes after its path parameters.
pub enum Input {
    Nothing,
    /// An optional object, sent as the query string.
    Query(Schema),
    /// A required object, sent as the JSON body.
    Body(Schema),
    /// chartmogul-node's `{ qs: {...}, ...fields }` (`Invoice.update`): one
    /// required object, its `qs` sent as the query naming the records, the
    /// rest as the body changing them; without a body type, `{ qs }` alone
    /// (`Invoice.destroyByExternalId`).
    QueryAndBody {
        query: Schema,
        body: Option<Schema>,
    },
    /// No argument; this JSON body, always (`disable`'s `{"disabled":true}`).
    Fixed(&'static str),
    /// A required object sent as the query, with this JSON body, always.
    QueryWithFixed(Schema, &'static str),
    /// A required object sent as the JSON body, its field `param` taken
    /// from a string argument before it: chartmogul-node's
    /// `Customer.createNote(config, customerUuid, data)` sends
    /// `customer_uuid` in the body. The type has the field, so that a call
    /// taking it in `data` can share the type.
    BodyWithParam {
        param: &'static str,
        schema: Schema,
    },
    /// A required list of objects, sent as `{ list: [...] }` with the
    /// field `param` of each taken from a string argument that comes
    /// before the path's: chartmogul-node's
    /// `Metrics.Customer.connectSubscriptions(config, dataSourceUuid,
    /// customerUuid, [{ uuid }])` sends `{ subscriptions: [{ data_source_uuid,
    /// uuid }] }`. The list is taken bare or already wrapped in `list`.
    EachWithParam {
        param: &'static str,
        list: &'static str,
        schema: Schema,
    },
}

/// A query or body type, and how to read and encode it.
pub struct Schema {
    /// The TypeScript (and Rust) type name.
    pub name: &'static str,
    /// The TypeScript type of the argument: `name`, or more where the call
    /// also takes another form (a body given wrapped or bare).
    pub ts_type: &'static str,
    /// Its fields, as the CLI's flags.
    pub fields: fn() -> &'static [&'static str],
    /// Reads a JS value and encodes it (query string or JSON).
    pub from_js: fn(JsValue) -> Result<String, Error>,
}

/// What a successful answer holds.
pub enum Output {
    /// Nothing (a 204): the call resolves with `{}`.
    Nothing,
    /// A JSON value checked against a type, then handed back as it came.
    Json {
        name: &'static str,
        check: fn(&JsValue) -> Result<(), Misfit>,
        /// For a cursor-paginated list, the field holding its records
        /// (`plans`): the JS method then also iterates over every page.
        items: Option<&'static str>,
    },
}

impl Input {
    /// The argument's type and fields (for `QueryAndBody`, the body's).
    pub fn schema(&self) -> Option<&Schema> {
        match self {
            Input::Nothing | Input::Fixed(_) => None,
            Input::Query(schema)
            | Input::Body(schema)
            | Input::QueryWithFixed(schema, _)
            | Input::BodyWithParam { schema, .. }
            | Input::EachWithParam { schema, .. } => Some(schema),
            Input::QueryAndBody { body, query } => Some(body.as_ref().unwrap_or(query)),
        }
    }

    /// The string argument the input takes, if any: after the path's,
    /// or before them where `param_leads`.
    pub fn param(&self) -> Option<&'static str> {
        match self {
            Input::BodyWithParam { param, .. } | Input::EachWithParam { param, .. } => Some(param),
            _ => None,
        }
    }

    /// Whether the input's string argument comes before the path's.
    pub fn param_leads(&self) -> bool {
        matches!(self, Input::EachWithParam { .. })
    }
}

impl Output {
    pub fn type_name(&self) -> Option<&'static str> {
        match self {
            Output::Nothing => None,
            Output::Json { name, .. } => Some(name),
        }
    }

    pub fn items(&self) -> Option<&'static str> {
        match self {
            Output::Nothing => None,
            Output::Json { items, .. } => *items,
        }
    }
}

/// The argument's name in messages: `query`, or `data` as chartmogul-node calls a body.
fn typed<T: Checked>(role: &str, value: JsValue) -> Result<T, Error> {
    if !value.is_object() {
        return Err(Error::Configuration(format!("{role} must be an object")));
    }
    let misfit = |m: Misfit| Error::Configuration(format!("{role}: {m}"));
    // A typo is named before the field it misspells is missed.
    unknown_nested_key(&value, T::NESTED, "").map_or(Ok(()), |m| Err(misfit(m)))?;
    let typed: T = read_object(value).map_err(misfit)?;
    typed.check()?;
    Ok(typed)
}

/// A JS object read as `T`, refusing keys `T` does not have (a typo must
/// not pass silently).
pub fn read_object<T: DeserializeOwned>(value: JsValue) -> Result<T, Misfit> {
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    let keys = keys.iter().filter_map(|key| key.as_string());
    if let Some(misfit) = unknown_key(keys, serde_introspect::<T>()) {
        return Err(misfit);
    }
    read(serde_wasm_bindgen::Deserializer::from(value))
}

/// The first key of a nested object of `value` that its type does not have,
/// at its path (`invoices[0].line_items[1]`).
fn unknown_nested_key(value: &JsValue, nested: &[Nested], path: &str) -> Option<Misfit> {
    nested.iter().find_map(|field| {
        let inner = js_sys::Reflect::get(value, &field.key.into()).ok()?;
        let objects: Vec<(String, JsValue)> = match inner {
            list if js_sys::Array::is_array(&list) => js_sys::Array::from(&list)
                .iter()
                .enumerate()
                .map(|(i, item)| (format!("{path}{}[{i}]", field.key), item))
                .collect(),
            object => vec![(format!("{path}{}", field.key), object)],
        };
        objects.into_iter().find_map(|(at, object)| {
            if !object.is_object() {
                return None; // not an object: serde has already said so
            }
            let keys = js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>());
            let keys = keys.iter().filter_map(|key| key.as_string());
            match unknown_key(keys, (field.fields)()) {
                Some(misfit) => Some(Misfit { path: at, ..misfit }),
                None => unknown_nested_key(&object, field.nested, &format!("{at}.")),
            }
        })
    })
}

pub fn query_from_js<T: Checked>(value: JsValue) -> Result<String, Error> {
    let query: T = match value.is_undefined() || value.is_null() {
        true => typed("query", js_sys::Object::new().into())?,
        false => typed("query", value)?,
    };
    encode_query(&query)
}

pub fn body_from_js<T: Checked>(value: JsValue) -> Result<String, Error> {
    let body: T = typed("data", value)?;
    serde_json::to_string(&body).map_err(|e| Error::Configuration(format!("data: {e}")))
}

/// A body ChartMogul takes wrapped in one key (`{"subscription_event": {...}}`):
/// given bare or already wrapped, as chartmogul-node takes it; sent wrapped.
pub fn wrapped_body_from_js<T: Checked>(value: JsValue, key: &str) -> Result<String, Error> {
    let inner = match value.is_object() {
        true => js_sys::Reflect::get(&value, &key.into()).unwrap_or(JsValue::UNDEFINED),
        false => JsValue::UNDEFINED,
    };
    let body: T = match inner.is_undefined() {
        true => typed("data", value)?,
        false => typed(&format!("data.{key}"), inner)?,
    };
    let wrapped = std::iter::once((key, body)).collect::<std::collections::BTreeMap<_, _>>();
    serde_json::to_string(&wrapped).map_err(|e| Error::Configuration(format!("data: {e}")))
}

/// `QueryAndBody`'s argument cut in two: its `qs`, and a copy of the rest
/// (for a `{ qs }` alone, `no_more_keys` names any key left in it).
pub fn split_qs(value: JsValue) -> Result<(JsValue, JsValue), Error> {
    if !value.is_object() {
        return Err(Error::Configuration("data must be an object".into()));
    }
    let rest = js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref());
    let qs = js_sys::Reflect::get(&rest, &"qs".into()).unwrap_or(JsValue::UNDEFINED);
    if !qs.is_object() {
        return Err(Error::Configuration(
            "data.qs must be an object: the query naming the records".into(),
        ));
    }
    js_sys::Reflect::delete_property(&rest, &"qs".into()).ok();
    Ok((qs, rest.into()))
}

/// The rest of a `{ qs }` that takes nothing else: empty, or the key named.
pub fn no_more_keys(rest: JsValue) -> Result<(), Error> {
    match js_sys::Object::keys(rest.unchecked_ref::<js_sys::Object>())
        .get(0)
        .as_string()
    {
        Some(key) => Err(Error::Configuration(format!(
            "data: unknown field `{key}`, expected `qs`"
        ))),
        None => Ok(()),
    }
}

/// A copy of `data` with `field` set to `value`, as chartmogul-node's
/// `{ ...data, customer_uuid }`: the argument wins over a field given in
/// `data`. A blank `value` is refused by name, as a path parameter is.
pub fn with_field(data: JsValue, field: &str, value: &str) -> Result<JsValue, Error> {
    non_blank(field, value)?;
    if !data.is_object() {
        return Err(Error::Configuration("data must be an object".into()));
    }
    let copy = js_sys::Object::assign(&js_sys::Object::new(), data.unchecked_ref());
    js_sys::Reflect::set(&copy, &field.into(), &value.into())
        .map_err(|_| Error::Configuration(format!("data: cannot set `{field}`")))?;
    Ok(copy.into())
}

/// `{ [list]: [...] }` from `data`, a list or already `{ [list]: [...] }`,
/// each of its objects copied with `field` set to `value` (the argument
/// wins, as in `with_field`). Other keys of a wrapped `data` are kept, for
/// the type's check to refuse.
pub fn each_with_field(
    data: JsValue,
    list: &str,
    field: &str,
    value: &str,
) -> Result<JsValue, Error> {
    non_blank(field, value)?;
    let not_a_list =
        || Error::Configuration(format!("data must be a list, or {{ {list}: [...] }}"));
    let (wrapped, items) = if js_sys::Array::is_array(&data) {
        (js_sys::Object::new(), data)
    } else if data.is_object() {
        let copy = js_sys::Object::assign(&js_sys::Object::new(), data.unchecked_ref());
        let items = js_sys::Reflect::get(&copy, &list.into()).map_err(|_| not_a_list())?;
        (copy, items)
    } else {
        return Err(not_a_list());
    };
    if !js_sys::Array::is_array(&items) {
        return Err(not_a_list());
    }
    let filled = js_sys::Array::from(&items)
        .iter()
        .enumerate()
        .map(|(i, item)| match item.is_object() {
            true => with_field(item, field, value),
            false => Err(Error::Configuration(format!(
                "{list}[{i}] must be an object"
            ))),
        })
        .collect::<Result<js_sys::Array, _>>()?;
    js_sys::Reflect::set(&wrapped, &list.into(), &filled)
        .map_err(|_| Error::Configuration(format!("data: cannot set `{list}`")))?;
    Ok(wrapped.into())
}

/// `query` as `a=1&b=true`, absent fields left out.
pub fn encode_query<T: Serialize>(query: &T) -> Result<String, Error> {
    serde_urlencoded::to_string(query).map_err(|e| Error::Configuration(format!("query: {e}")))
}

pub fn check_output<T: DeserializeOwned>(value: &JsValue) -> Result<(), Misfit> {
    read::<T, _>(serde_wasm_bindgen::Deserializer::from(value.clone())).map(drop)
}

/// `Input::Query` for type `T`; with a key, the type less that key, which
/// the path's own query takes from an argument
/// (`/v1/tasks?customer_uuid={customer_uuid}`): the face refuses it in the query.
macro_rules! query {
    ($t:ty) => {
        $crate::api::schema::Input::Query($crate::api::schema::schema!($t, query_from_js))
    };
    ($t:ty, $omit:literal) => {
        $crate::api::schema::Input::Query($crate::api::schema::Schema {
            ts_type: concat!("Omit<", stringify!($t), ", \"", $omit, "\">"),
            ..$crate::api::schema::schema!($t, query_from_js)
        })
    };
}

/// `Input::Body` for type `T`.
macro_rules! body {
    ($t:ty) => {
        $crate::api::schema::Input::Body($crate::api::schema::schema!($t, body_from_js))
    };
}

/// `Input::Body` for type `T`, sent wrapped in `key` and taken bare or wrapped.
macro_rules! wrapped {
    ($t:ty, $key:literal) => {
        $crate::api::schema::Input::Body($crate::api::schema::Schema {
            name: stringify!($t),
            ts_type: concat!(stringify!($t), " | { ", $key, ": ", stringify!($t), " }"),
            fields: serde_aux::serde_introspection::serde_introspect::<$t>,
            from_js: {
                fn from_js(
                    value: wasm_bindgen::JsValue,
                ) -> Result<String, $crate::core::error::Error> {
                    $crate::api::schema::wrapped_body_from_js::<$t>(value, $key)
                }
                from_js
            },
        })
    };
}

/// `Input::BodyWithParam`: a body of type `T` whose field `param` is a
/// string argument; the argument's TypeScript type leaves the field out.
macro_rules! body_with_param {
    ($t:ty, $param:literal) => {
        $crate::api::schema::Input::BodyWithParam {
            param: $param,
            schema: $crate::api::schema::Schema {
                ts_type: concat!("Omit<", stringify!($t), ", \"", $param, "\">"),
                ..$crate::api::schema::schema!($t, body_from_js)
            },
        }
    };
}

/// `Input::EachWithParam`: a body of type `T` holding `list`, a list of
/// `Item`s whose field `param` is a leading string argument; the
/// argument's TypeScript type leaves the field out.
macro_rules! each_with_param {
    ($t:ty, $list:literal, $item:ty, $param:literal) => {
        $crate::api::schema::Input::EachWithParam {
            param: $param,
            list: $list,
            schema: $crate::api::schema::Schema {
                ts_type: concat!(
                    "Omit<",
                    stringify!($item),
                    ", \"",
                    $param,
                    "\">[] | { ",
                    $list,
                    ": Omit<",
                    stringify!($item),
                    ", \"",
                    $param,
                    "\">[] }"
                ),
                ..$crate::api::schema::schema!($t, body_from_js)
            },
        }
    };
}

/// `Input::QueryAndBody`: `{ qs: Q, ...B }`, or `{ qs: Q }` alone.
macro_rules! query_and_body {
    ($q:ty, $b:ty) => {
        $crate::api::schema::Input::QueryAndBody {
            query: $crate::api::schema::schema!($q, query_from_js),
            body: Some($crate::api::schema::Schema {
                ts_type: concat!("{ qs: ", stringify!($q), " } & ", stringify!($b)),
                ..$crate::api::schema::schema!($b, body_from_js)
            }),
        }
    };
    ($q:ty) => {
        $crate::api::schema::Input::QueryAndBody {
            query: $crate::api::schema::Schema {
                ts_type: concat!("{ qs: ", stringify!($q), " }"),
                ..$crate::api::schema::schema!($q, query_from_js)
            },
            body: None,
        }
    };
}

/// `Input::QueryWithFixed`: a required query of type `Q`, and `body` always.
macro_rules! query_with_fixed {
    ($q:ty, $body:literal) => {
        $crate::api::schema::Input::QueryWithFixed(
            $crate::api::schema::schema!($q, query_from_js),
            $body,
        )
    };
}

macro_rules! schema {
    ($t:ty, $from_js:ident) => {
        $crate::api::schema::Schema {
            name: stringify!($t),
            ts_type: stringify!($t),
            fields: serde_aux::serde_introspection::serde_introspect::<$t>,
            from_js: $crate::api::schema::$from_js::<$t>,
        }
    };
}

/// `Output::Json` checked against type `T`.
macro_rules! record {
    ($t:ty) => {
        $crate::api::schema::Output::Json {
            name: stringify!($t),
            check: $crate::api::schema::check_output::<$t>,
            items: None,
        }
    };
}

/// A cursor-paginated list checked against type `T`, its records in `items`.
macro_rules! page {
    ($t:ty, $items:literal) => {
        $crate::api::schema::Output::Json {
            name: stringify!($t),
            check: $crate::api::schema::check_output::<$t>,
            items: Some($items),
        }
    };
}

pub(crate) use {
    body, body_with_param, each_with_param, page, query, query_and_body, query_with_fixed, record,
    schema, wrapped,
};
