//! Any JSON-like tree: JS values in wasm, `serde_json::Value` in native
//! tests, so both run the same checks (the answer shapes of `shape.rs`, the
//! error-body reader), and a serde `Deserializer` over it for the caller's
//! arguments. It tracks the path to each value, so an error names the field
//! at fault (`with_processing_status`), and it words type errors without
//! formatting floats (which would cost the download Rust's float printer).

use std::fmt::{self, Display};

use serde::de::{
    self, DeserializeSeed, Deserializer, Expected, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, Visitor,
};

/// What a node holds.
pub enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    String,
    Array,
    Object,
}

/// A JSON-like value the deserializer can walk.
pub trait Tree: Sized {
    /// What the node holds; a string's text is read only by `text`.
    fn kind(&self) -> Kind;
    /// A string's text.
    fn text(&self) -> Option<String>;
    /// The elements of an array.
    fn items(&self) -> Vec<Self>;
    /// The value of an object's own key, if present and not undefined.
    fn field(&self, key: &str) -> Option<Self>;
    /// The keys of an object, in order.
    fn keys(&self) -> Vec<String>;
}

/// A node and where it sits in the whole tree.
pub struct At<N> {
    node: N,
    path: String,
}

impl<N: Tree> At<N> {
    pub fn root(node: N) -> At<N> {
        At {
            node,
            path: String::new(),
        }
    }

    fn child_key(&self, node: N, key: &str) -> At<N> {
        let path = match self.path.is_empty() {
            true => key.to_string(),
            false => format!("{}.{key}", self.path),
        };
        At { node, path }
    }

    fn child_index(&self, node: N, index: usize) -> At<N> {
        At {
            node,
            path: format!("{}[{index}]", self.path),
        }
    }
}

/// An error and the path of the value at fault (empty for the root).
#[derive(Debug)]
pub struct TreeError {
    path: String,
    message: String,
}

impl TreeError {
    /// Names `path` as the place of this error, unless a deeper one is named.
    fn at(mut self, path: &str) -> TreeError {
        if self.path.is_empty() {
            self.path = path.to_string();
        }
        self
    }
}

impl Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path.is_empty() {
            true => f.write_str(&self.message),
            false => write!(f, "field `{}`: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for TreeError {}

/// Names what came without printing it (a float would need the float printer).
fn describe(unexpected: &Unexpected) -> &'static str {
    match unexpected {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "a string",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "an array",
        Unexpected::Map => "an object",
        _ => "another kind of value",
    }
}

impl de::Error for TreeError {
    fn custom<T: Display>(message: T) -> Self {
        TreeError {
            path: String::new(),
            message: message.to_string(),
        }
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Self::custom(format_args!(
            "expected {expected}, got {}",
            describe(&unexpected)
        ))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        match unexpected {
            Unexpected::Str(text) => {
                Self::custom(format_args!("expected {expected}, got `{text}`"))
            }
            other => Self::invalid_type(other, expected),
        }
    }
}

/// Whole numbers within 2^53 go to `visit_u64`/`visit_i64`, others to `visit_f64`.
fn visit_number<'de, V: Visitor<'de>>(n: f64, visitor: V) -> Result<V::Value, TreeError> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && n.abs() <= EXACT {
        match n >= 0.0 {
            true => visitor.visit_u64(n as u64),
            false => visitor.visit_i64(n as i64),
        }
    } else {
        visitor.visit_f64(n)
    }
}

impl<'de, N: Tree> Deserializer<'de> for At<N> {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        let result = match self.node.kind() {
            Kind::Null => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(b),
            Kind::Number(n) => visit_number(n, visitor),
            Kind::String => visitor.visit_string(self.node.text().unwrap_or_default()),
            Kind::Array => visitor.visit_seq(Items {
                items: self.node.items().into_iter(),
                index: 0,
                parent: &self,
            }),
            Kind::Object => visitor.visit_map(Entries {
                keys: self.node.keys().into_iter(),
                value: None,
                parent: &self,
            }),
        };
        result.map_err(|e| e.at(&self.path))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self.node.kind() {
            Kind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        // Every key is offered; the derived visitor ignores those it does not know.
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple tuple_struct
        map identifier ignored_any enum
    }
}

struct Items<'a, N> {
    items: std::vec::IntoIter<N>,
    index: usize,
    parent: &'a At<N>,
}

impl<'de, N: Tree> SeqAccess<'de> for Items<'_, N> {
    type Error = TreeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, TreeError> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let at = self.parent.child_index(item, self.index);
        self.index += 1;
        let path = at.path.clone();
        seed.deserialize(at).map(Some).map_err(|e| e.at(&path))
    }
}

struct Entries<'a, N> {
    keys: std::vec::IntoIter<String>,
    value: Option<At<N>>,
    parent: &'a At<N>,
}

impl<'de, N: Tree> MapAccess<'de> for Entries<'_, N> {
    type Error = TreeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, TreeError> {
        for key in self.keys.by_ref() {
            let Some(node) = self.parent.node.field(&key) else {
                continue;
            };
            self.value = Some(self.parent.child_key(node, &key));
            return seed.deserialize(key.into_deserializer()).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TreeError> {
        let at = self
            .value
            .take()
            .expect("serde asks for a value after its key");
        let path = at.path.clone();
        seed.deserialize(at).map_err(|e| e.at(&path))
    }
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

    fn field(&self, key: &str) -> Option<Self> {
        js_sys::Reflect::get(self, &key.into())
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

    fn field(&self, key: &str) -> Option<Self> {
        self.get(key).cloned()
    }

    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map(|object| object.keys().cloned().collect())
            .unwrap_or_default()
    }
}
