//! JSON imports: customers, plans, invoices, line items, transactions and
//! subscription events of one data source, sent in one request and
//! imported by ChartMogul later; the import's record tells how far it got.

use serde_json::{Map, Value};
use tsify::Tsify;

/// An import as ChartMogul returns it; only `id` must be there.
#[derive(Tsify)]
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
    pub status_details: Option<Value>,
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
#[derive(Tsify)]
pub struct NewJsonImport {
    /// Your id for the import: `JsonImport.retrieve` takes it too.
    pub external_id: String,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    pub customers: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    pub plans: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    pub invoices: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    pub line_items: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    pub transactions: Option<Vec<Map<String, Value>>>,
    #[tsify(optional, type = "Record<string, unknown>[]")]
    pub subscription_events: Option<Vec<Map<String, Value>>>,
}
