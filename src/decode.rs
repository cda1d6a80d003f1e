//! Checks a parsed answer body against a record type. Generic over the serde
//! `Deserializer`, so the same check runs on a JS value in wasm and on
//! `serde_json` in native tests; errors name the field at fault.

use serde::{Deserialize, Deserializer};

use crate::error::Error;

/// Deserializes `T` from `body`, naming the offending field on failure.
pub fn decode<'de, T, D>(what: &str, body: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    serde_path_to_error::deserialize(body).map_err(|e| {
        let path = e.path().to_string();
        let place = if path == "." {
            "the answer".to_string()
        } else {
            format!("field `{path}`")
        };
        Error::InvalidResponse(format!(
            "ChartMogul's answer is not a valid {what}: {place}: {}",
            e.inner()
        ))
    })
}
