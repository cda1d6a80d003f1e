//! How the Import API names a record by your billing system's id instead of
//! its uuid: the data source and the external id, in the query (line items
//! and transactions: list, update, delete, disable and enable by external id).

use tsify::Tsify;

/// The records with this external id in this data source.
#[derive(Tsify)]
pub struct ByExternalId {
    pub data_source_uuid: String,
    pub external_id: String,
}
