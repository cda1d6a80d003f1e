//! Data sources: the records ChartMogul answers with, and the queries and
//! input the calls take. Each struct is the TypeScript type (tsify), the
//! check of what crosses into or out of the module (serde) and, for
//! queries and bodies, their encoding.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A data source as ChartMogul returns it. Fields ChartMogul adds later are
/// kept on the returned object as they came; this type lists the known ones.
/// Only `uuid` must be there: answers have been seen without `system`.
#[derive(Debug, Deserialize, Tsify)]
pub struct DataSourceRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub name: Option<String>,
    /// `Custom` for custom sources, else the billing system (`Stripe`, …).
    /// Absent in some answers (chartmogul-node's recorded ones).
    #[tsify(optional)]
    pub system: Option<String>,
    /// ISO 8601 timestamp, e.g. `2023-01-10T15:34:05.918Z`.
    #[tsify(type = "string")]
    pub created_at: Option<String>,
    #[tsify(type = "DataSourceStatus")]
    pub status: Option<String>,
    /// Present when asked for with `with_processing_status`.
    #[tsify(optional, type = "ProcessingStatus | null")]
    pub processing_status: Option<ProcessingStatus>,
    /// Present when asked for with `with_auto_churn_subscription_setting`.
    #[tsify(optional, type = "AutoChurnSubscriptionSetting | null")]
    pub auto_churn_subscription_setting: Option<AutoChurnSubscriptionSetting>,
    /// Present when asked for with `with_invoice_handling_setting`.
    #[tsify(optional, type = "InvoiceHandlingSetting | null")]
    pub invoice_handling_setting: Option<InvoiceHandlingSetting>,
}

/// `working` | `idle` for custom sources; `never_imported` | `importing` |
/// `import_complete` for integrations; other values seen in the wild are
/// listed too, and a value ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(
    type = "\"working\" | \"idle\" | \"never_imported\" | \"importing\" | \"import_complete\" \
            | \"import_in_progress\" | \"import_failed\" | (string & {})"
)]
pub struct DataSourceStatus(pub String);

#[derive(Debug, Deserialize, Tsify)]
pub struct ProcessingStatus {
    #[tsify(optional)]
    pub processed: Option<u64>,
    #[tsify(optional)]
    pub pending: Option<u64>,
    #[tsify(optional)]
    pub failed: Option<u64>,
}

#[derive(Debug, Deserialize, Tsify)]
pub struct AutoChurnSubscriptionSetting {
    #[tsify(type = "boolean")]
    pub enabled: Option<bool>,
    /// Days without payment before a subscription churns; `null` when unset.
    #[tsify(type = "number | null")]
    pub interval: Option<u32>,
}

#[derive(Debug, Deserialize, Tsify)]
pub struct InvoiceHandlingSetting {
    #[tsify(optional)]
    pub manual: Option<InvoiceHandlingRules>,
    #[tsify(optional)]
    pub automatic: Option<InvoiceHandlingRules>,
}

#[derive(Debug, Deserialize, Tsify)]
pub struct InvoiceHandlingRules {
    #[tsify(optional)]
    pub create_subscription_when_invoice_is: Option<String>,
    #[tsify(optional)]
    pub update_subscription_when_invoice_is: Option<String>,
    #[tsify(optional)]
    pub prevent_subscription_for_invoice_voided: Option<bool>,
    #[tsify(optional)]
    pub prevent_subscription_for_invoice_refunded: Option<bool>,
    #[tsify(optional)]
    pub prevent_subscription_for_invoice_written_off: Option<bool>,
}

/// What `DataSource.all` resolves with.
#[derive(Debug, Deserialize, Tsify)]
pub struct DataSourceList {
    pub data_sources: Vec<DataSourceRecord>,
}

/// chartmogul-node's flags for retrieve, sent as `=true`/`=false`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct DataSourceQuery {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_processing_status: Option<bool>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_auto_churn_subscription_setting: Option<bool>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_invoice_handling_setting: Option<bool>,
}

impl Checked for DataSourceQuery {}

/// The filters of `DataSource.all`, and the same flags as retrieve. (The
/// flags are repeated rather than flattened in: serde's flatten cannot
/// refuse unknown keys.)
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct DataSourceListQuery {
    /// Only the data source with this name.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Only data sources of this system (`Custom`, `Stripe`, …).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_processing_status: Option<bool>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_auto_churn_subscription_setting: Option<bool>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_invoice_handling_setting: Option<bool>,
}

impl Checked for DataSourceListQuery {}

/// The input of `DataSource.create`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewDataSource {
    /// The new data source's name.
    pub name: String,
}

impl Checked for NewDataSource {
    fn check(&self) -> Result<(), Error> {
        non_blank("name", &self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    fn record(json: &str) -> Result<DataSourceRecord, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn the_documented_answer_and_one_without_system_pass() {
        let documented = r#"{"uuid":"ds_fef05d54-47b4-431b-aed2-eb6b9e545430","name":"In-house billing","system":"Custom","created_at":"2023-01-10T15:34:05.918Z","status":"idle"}"#;
        assert_eq!(
            record(documented).unwrap().system.as_deref(),
            Some("Custom")
        );
        // As in chartmogul-node's recorded answers.
        let without_system = r#"{"uuid":"ds_1","name":"x","created_at":"2016-01-01T00:00:00Z","status":"never_imported","future_field":[1]}"#;
        assert!(record(without_system).unwrap().system.is_none());
    }

    #[test]
    fn only_the_uuid_is_required_and_a_wrong_type_is_named() {
        assert!(record("{}")
            .unwrap_err()
            .starts_with("missing field `uuid`"));
        assert!(record(r#"{"uuid":"u","name":42}"#)
            .unwrap_err()
            .starts_with("field `name`: invalid type"));
        assert!(
            record(r#"{"uuid":"u","processing_status":{"processed":1.5}}"#)
                .unwrap_err()
                .starts_with("field `processing_status.processed`")
        );
        assert!(
            record(r#"{"uuid":"u","processing_status":null,"invoice_handling_setting":{}}"#)
                .is_ok()
        );
    }

    #[test]
    fn a_list_names_the_index_at_fault() {
        let list = r#"{"data_sources":[{"uuid":"a"},{"uuid":7}]}"#;
        let error = read::<DataSourceList, _>(&mut serde_json::Deserializer::from_str(list))
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("field `data_sources[1].uuid`"), "{error}");
    }

    #[test]
    fn queries_send_only_the_flags_given_and_encode_text() {
        let query = DataSourceListQuery {
            name: Some("In-house & Co/2".into()),
            with_processing_status: Some(true),
            with_invoice_handling_setting: Some(false),
            ..Default::default()
        };
        assert_eq!(
            encode_query(&query).unwrap(),
            "name=In-house+%26+Co%2F2&with_processing_status=true&with_invoice_handling_setting=false"
        );
        assert_eq!(encode_query(&DataSourceQuery::default()).unwrap(), "");
    }

    #[test]
    fn a_blank_name_is_refused() {
        let blank = NewDataSource { name: "  ".into() };
        assert!(blank.check().is_err());
        assert!(NewDataSource { name: "x".into() }.check().is_ok());
    }
}
