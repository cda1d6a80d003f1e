//! JSON imports: customers, plans, invoices, line items, transactions and
//! subscription events of one data source, sent in one request and
//! imported by ChartMogul later; the import's record tells how far it got.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// An import as ChartMogul returns it; only `id` must be there.
#[derive(Debug, Deserialize, Tsify)]
pub struct JsonImportRecord {
    pub id: String,
    #[tsify(optional, type = "string")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional, type = "string")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "JsonImportStatus")]
    pub status: Option<String>,
    /// How each kind of object, and each customer's, fared: `{ plans: { status: "imported" } }`.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub status_details: Option<IgnoredAny>,
    #[tsify(optional, type = "string")]
    pub created_at: Option<String>,
    #[tsify(optional, type = "string")]
    pub updated_at: Option<String>,
}

/// `queued`, then `processing`, then `completed` (or `failed`).
#[derive(Tsify)]
#[tsify(type = "\"queued\" | \"processing\" | \"completed\" | \"failed\" | (string & {})")]
pub struct JsonImportStatus(pub String);

/// The input of `JsonImport.create`. The objects are those of the
/// single-object endpoints (with the external ids that tie them
/// together), passed on as given: ChartMogul checks them when it imports.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewJsonImport {
    /// Your id for the import: `JsonImport.retrieve` takes it too.
    pub external_id: String,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customers: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoices: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_events: Option<Vec<Map<String, Value>>>,
}

impl Checked for NewJsonImport {
    fn check(&self) -> Result<(), Error> {
        non_blank("external_id", &self.external_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_import_reads() {
        let tracked: JsonImportRecord = from_json(
            r#"{"id":"4815d987-1234-11ee-a987-978df45c5114","data_source_uuid":"ds_1fm3eaac-62d0-31ec-clf4-4bf0mbe81aba",
            "status":"completed","external_id":"ds_import_1",
            "status_details":{"plans":{"status":"imported"},"scus_0001":{"status":"imported"}},
            "created_at":"2023-06-01T23:55:23Z","updated_at":"2023-06-01T23:56:00Z"}"#,
        )
        .unwrap();
        assert_eq!(tracked.status.as_deref(), Some("completed"));
    }

    #[test]
    fn the_objects_go_as_given_and_each_must_be_an_object() {
        let json = r#"{"external_id":"ds_import_1","plans":[{"interval_count":6,"name":"Gold"}]}"#;
        // (serde_json's maps keep keys sorted: ChartMogul reads them in any order.)
        let import: NewJsonImport = from_json(json).unwrap();
        assert_eq!(serde_json::to_string(&import).unwrap(), json);
        let bad = from_json::<NewJsonImport>(r#"{"external_id":"x","customers":["scus_1"]}"#);
        assert!(bad
            .unwrap_err()
            .starts_with("field `customers[0]`: invalid type"));
    }
}
