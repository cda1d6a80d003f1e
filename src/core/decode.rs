//! Reading typed values from any serde source (a JS value in the .wasm,
//! JSON text in native tests), with errors that name the field at fault:
//! `field `data_sources[1].status`: invalid type: ...`.

use serde::de::{DeserializeOwned, Deserializer};

/// Why a value does not fit its type: where, and what serde said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misfit {
    /// The field path (`processing_status.processed`), empty for the value itself.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Misfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.path.as_str() {
            "" => f.write_str(&self.message),
            path => write!(f, "field `{path}`: {}", self.message),
        }
    }
}

/// `T` read from `source`.
pub fn read<'de, T: DeserializeOwned, D: Deserializer<'de>>(source: D) -> Result<T, Misfit>
where
    D::Error: std::fmt::Display,
{
    serde_path_to_error::deserialize(source).map_err(|error| {
        let path = error.path().to_string();
        Misfit {
            // serde_path_to_error writes `.` for the value itself.
            path: if path == "." { String::new() } else { path },
            // serde-wasm-bindgen's errors are JS Errors, printed `Error: …`.
            message: error
                .inner()
                .to_string()
                .trim_start_matches("Error: ")
                .to_string(),
        }
    })
}

/// The first of `keys` that is not one of `fields`, as serde's
/// `deny_unknown_fields` words it. (serde-wasm-bindgen reads a struct's
/// own fields only, so it never sees the others: this is that check.)
pub fn unknown_key<'a>(
    keys: impl IntoIterator<Item = String>,
    fields: &'a [&'a str],
) -> Option<Misfit> {
    let key = keys
        .into_iter()
        .find(|key| !fields.contains(&key.as_str()))?;
    let expected = fields
        .iter()
        .map(|field| format!("`{field}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(Misfit {
        path: String::new(),
        message: format!("unknown field `{key}`, expected one of {expected}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        inner: Option<Inner>,
        items: Option<Vec<Inner>>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        count: Option<u64>,
    }

    fn misfit(json: &str) -> String {
        read::<Outer, _>(&mut serde_json::Deserializer::from_str(json))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn a_key_outside_the_fields_is_named() {
        let fields = ["timeout", "deadline"];
        let misfit = unknown_key(["deadline".to_string(), "timout".to_string()], &fields).unwrap();
        assert_eq!(
            misfit.to_string(),
            "unknown field `timout`, expected one of `timeout`, `deadline`"
        );
        assert_eq!(unknown_key(["timeout".to_string()], &fields), None);
    }

    #[test]
    fn a_wrong_type_names_its_field_path() {
        assert!(misfit(r#"{"name":42}"#).starts_with("field `name`: invalid type"));
        assert!(misfit(r#"{"name":"n","inner":{"count":-1}}"#).starts_with("field `inner.count`:"));
        assert!(misfit(r#"{"name":"n","items":[{},{"count":"x"}]}"#)
            .starts_with("field `items[1].count`:"));
    }

    #[test]
    fn a_missing_required_field_is_named_and_optional_ones_may_be_missing_or_null() {
        assert!(misfit(r#"{}"#).starts_with("missing field `name`"));
        let ok: Outer = read(&mut serde_json::Deserializer::from_str(
            r#"{"name":"n","inner":null,"extra":[1,2]}"#,
        ))
        .unwrap();
        assert!(ok.inner.is_none() && ok.items.is_none());
    }
}
