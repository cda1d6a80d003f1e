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

/// A query or body type, with the checks serde cannot express.
pub trait Checked: DeserializeOwned + Serialize {
    /// A field blank where ChartMogul needs words, and the like.
    fn check(&self) -> Result<(), Error> {
        Ok(())
    }
}

/// What a JS method takes after its path parameters.
pub enum Input {
    Nothing,
    /// An optional object, sent as the query string.
    Query(Schema),
    /// A required object, sent as the JSON body.
    Body(Schema),
}

/// A query or body type, and how to read and encode it.
pub struct Schema {
    /// The TypeScript (and Rust) type name.
    pub name: &'static str,
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
    pub fn schema(&self) -> Option<&Schema> {
        match self {
            Input::Nothing => None,
            Input::Query(schema) | Input::Body(schema) => Some(schema),
        }
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
    let typed: T = read_object(value).map_err(|m| Error::Configuration(format!("{role}: {m}")))?;
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

/// `query` as `a=1&b=true`, absent fields left out.
pub fn encode_query<T: Serialize>(query: &T) -> Result<String, Error> {
    serde_urlencoded::to_string(query).map_err(|e| Error::Configuration(format!("query: {e}")))
}

pub fn check_output<T: DeserializeOwned>(value: &JsValue) -> Result<(), Misfit> {
    read::<T, _>(serde_wasm_bindgen::Deserializer::from(value.clone())).map(drop)
}

/// `Input::Query` for type `T`.
macro_rules! query {
    ($t:ty) => {
        $crate::api::schema::Input::Query($crate::api::schema::schema!($t, query_from_js))
    };
}

/// `Input::Body` for type `T`.
macro_rules! body {
    ($t:ty) => {
        $crate::api::schema::Input::Body($crate::api::schema::schema!($t, body_from_js))
    };
}

macro_rules! schema {
    ($t:ty, $from_js:ident) => {
        $crate::api::schema::Schema {
            name: stringify!($t),
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

pub(crate) use {body, page, query, record, schema};
