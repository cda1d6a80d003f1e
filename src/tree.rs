//! Any JSON-like tree: JS values in wasm, `serde_json::Value` in native
//! tests, so the checks built on it (answer shapes, argument fields, the
//! error-body reader) run the same on both. Learning a node's kind copies
//! nothing into wasm; only `text` copies a string.

use alloc::{string::String, vec::Vec};

use crate::js_name::js_name;

/// What a node holds.
pub enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    String,
    Array,
    Object,
}

impl Kind {
    /// Names the kind without printing the value (a float would need the float printer).
    pub fn described(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool(_) => "a boolean",
            Kind::Number(_) => "a number",
            Kind::String => "a string",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

/// A JSON-like value the checks can walk.
pub trait Tree: Sized {
    /// What the node holds; a string's text is read only by `text`.
    fn kind(&self) -> Kind;
    /// A string's text.
    fn text(&self) -> Option<String>;
    /// The elements of an array.
    fn items(&self) -> Vec<Self>;
    /// The value of an object's own key, if present and not undefined.
    fn field(&self, key: &'static str) -> Option<Self>;
    /// The keys of an object, in order.
    fn keys(&self) -> Vec<String>;
    /// The keys of an object with their values (not undefined), in order.
    fn entries(&self) -> Vec<(String, Self)>;
}

/// JS values, as fetch's JSON.parse and callers hand them over.
impl Tree for wasm_bindgen::JsValue {
    fn kind(&self) -> Kind {
        if self.is_string() {
            Kind::String
        } else if self.is_null() || self.is_undefined() {
            Kind::Null
        } else if let Some(b) = self.as_bool() {
            Kind::Bool(b)
        } else if let Some(n) = self.as_f64() {
            Kind::Number(n)
        } else if js_sys::Array::is_array(self) {
            Kind::Array
        } else {
            Kind::Object
        }
    }

    fn text(&self) -> Option<String> {
        self.as_string()
    }

    fn items(&self) -> Vec<Self> {
        js_sys::Array::from(self).iter().collect()
    }

    fn field(&self, key: &'static str) -> Option<Self> {
        js_sys::Reflect::get(self, js_name(key))
            .ok()
            .filter(|value| !value.is_undefined())
    }

    fn keys(&self) -> Vec<String> {
        use wasm_bindgen::JsCast;
        self.dyn_ref::<js_sys::Object>()
            .map(|object| {
                js_sys::Object::keys(object)
                    .iter()
                    .filter_map(|key| key.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn entries(&self) -> Vec<(String, Self)> {
        use wasm_bindgen::JsCast;
        let Some(object) = self.dyn_ref::<js_sys::Object>() else {
            return Vec::new();
        };
        js_sys::Object::entries(object)
            .iter()
            .filter_map(|entry| {
                let entry: js_sys::Array = entry.unchecked_into();
                let value = entry.get(1);
                match value.is_undefined() {
                    true => None,
                    false => Some((entry.get(0).as_string()?, value)),
                }
            })
            .collect()
    }
}

/// serde_json's values, for native tests of everything built on this.
#[cfg(test)]
impl Tree for serde_json::Value {
    fn kind(&self) -> Kind {
        use serde_json::Value;
        match self {
            Value::Null => Kind::Null,
            Value::Bool(b) => Kind::Bool(*b),
            Value::Number(n) => Kind::Number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
        }
    }

    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }

    fn items(&self) -> Vec<Self> {
        self.as_array().cloned().unwrap_or_default()
    }

    fn field(&self, key: &'static str) -> Option<Self> {
        self.get(key).cloned()
    }

    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map(|object| object.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn entries(&self) -> Vec<(String, Self)> {
        self.as_object()
            .map(|object| object.clone().into_iter().collect())
            .unwrap_or_default()
    }
}
