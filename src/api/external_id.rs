//! How the Import API names a record by your billing system's id instead of
//! its uuid: the data source and the external id, in the query (line items
//! and transactions: list, update, delete, disable and enable by external id).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// The records with this external id in this data source.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct ByExternalId {
    pub data_source_uuid: String,
    pub external_id: String,
}

impl Checked for ByExternalId {
    fn check(&self) -> Result<(), Error> {
        non_blank("data_source_uuid", &self.data_source_uuid)?;
        non_blank("external_id", &self.external_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;

    #[test]
    fn both_are_needed_and_sent_form_encoded() {
        let query = ByExternalId {
            data_source_uuid: "ds_1".into(),
            external_id: "li 1&2".into(),
        };
        assert_eq!(
            encode_query(&query).unwrap(),
            "data_source_uuid=ds_1&external_id=li+1%262"
        );
        let blank = ByExternalId {
            external_id: " ".into(),
            ..query
        };
        assert!(blank
            .check()
            .unwrap_err()
            .to_string()
            .contains("external_id"));
    }
}
