//! The data source record as ChartMogul sends it, and the list of them.
//! The wasm face checks answers against these types and returns the answer
//! itself, so fields unknown here are kept as they came.

use serde::Deserialize;
use tsify::Tsify;

/// A data source as ChartMogul returns it. Fields ChartMogul adds later are
/// kept on the returned object as they came; this type lists the known ones.
#[derive(Debug, Clone, PartialEq, Deserialize, Tsify)]
pub struct DataSourceRecord {
    pub uuid: String,
    pub name: String,
    /// `Custom` for custom sources, else the billing system (`Stripe`, …).
    pub system: String,
    /// ISO 8601 timestamp, e.g. `2023-01-10T15:34:05.918Z`.
    pub created_at: String,
    pub status: DataSourceStatus,
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Tsify)]
#[serde(rename_all = "snake_case")]
#[tsify(
    type = "\"working\" | \"idle\" | \"never_imported\" | \"importing\" | \"import_complete\" \
                | \"import_in_progress\" | \"import_failed\" | (string & {})"
)]
pub enum DataSourceStatus {
    Working,
    Idle,
    NeverImported,
    Importing,
    ImportComplete,
    ImportInProgress,
    ImportFailed,
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Tsify)]
pub struct ProcessingStatus {
    #[tsify(optional)]
    pub processed: Option<u64>,
    #[tsify(optional)]
    pub pending: Option<u64>,
    #[tsify(optional)]
    pub failed: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Tsify)]
pub struct AutoChurnSubscriptionSetting {
    pub enabled: bool,
    /// Days without payment before a subscription churns; `null` when unset.
    #[tsify(type = "number | null")]
    pub interval: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Tsify)]
pub struct InvoiceHandlingSetting {
    #[tsify(optional)]
    pub manual: Option<InvoiceHandlingRules>,
    #[tsify(optional)]
    pub automatic: Option<InvoiceHandlingRules>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Tsify)]
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
#[derive(Debug, Clone, PartialEq, Deserialize, Tsify)]
pub struct DataSourceList {
    pub data_sources: Vec<DataSourceRecord>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::decode;
    use crate::error::Error;

    const DOCUMENTED: &str = r#"{"uuid":"ds_fef05d54-47b4-431b-aed2-eb6b9e545430","name":"In-house billing","system":"Custom","created_at":"2023-01-10T15:34:05.918Z","status":"idle"}"#;

    fn record(body: &str) -> Result<DataSourceRecord, Error> {
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        decode("data source", json)
    }

    #[test]
    fn the_documented_answer_decodes() {
        let ds = record(DOCUMENTED).unwrap();
        assert_eq!(ds.uuid, "ds_fef05d54-47b4-431b-aed2-eb6b9e545430");
        assert_eq!(ds.name, "In-house billing");
        assert_eq!(ds.system, "Custom");
        assert_eq!(ds.created_at, "2023-01-10T15:34:05.918Z");
        assert_eq!(ds.status, DataSourceStatus::Idle);
        assert_eq!(ds.processing_status, None);
    }

    #[test]
    fn every_known_status_and_an_unknown_one_decode() {
        for (text, status) in [
            ("working", DataSourceStatus::Working),
            ("never_imported", DataSourceStatus::NeverImported),
            ("importing", DataSourceStatus::Importing),
            ("import_complete", DataSourceStatus::ImportComplete),
            ("import_in_progress", DataSourceStatus::ImportInProgress),
            ("import_failed", DataSourceStatus::ImportFailed),
            ("paused_by_2027_feature", DataSourceStatus::Other),
        ] {
            let body = DOCUMENTED.replace("\"idle\"", &format!("\"{text}\""));
            assert_eq!(record(&body).unwrap().status, status);
        }
    }

    #[test]
    fn the_typescript_status_type_lists_every_named_variant() {
        let decl = DataSourceStatus::DECL;
        for name in [
            "working",
            "idle",
            "never_imported",
            "importing",
            "import_complete",
            "import_in_progress",
            "import_failed",
        ] {
            assert!(
                decl.contains(&format!("\"{name}\"")),
                "{name} missing in {decl}"
            );
        }
        assert!(decl.contains("(string & {})"));
    }

    #[test]
    fn the_optional_settings_decode_when_present_or_null() {
        let body = r#"{"uuid":"ds_1","name":"n","system":"Stripe","created_at":"t","status":"import_complete",
            "processing_status":{"processed":61,"pending":8,"failed":3},
            "auto_churn_subscription_setting":{"enabled":true,"interval":null},
            "invoice_handling_setting":{"manual":{"create_subscription_when_invoice_is":"open",
                "prevent_subscription_for_invoice_voided":true,"future_rule":1},"automatic":{}},
            "brand_new_field":[1,2]}"#;
        let ds = record(body).unwrap();
        assert_eq!(ds.processing_status.unwrap().processed, Some(61));
        let churn = ds.auto_churn_subscription_setting.unwrap();
        assert!(churn.enabled);
        assert_eq!(churn.interval, None);
        let manual = ds.invoice_handling_setting.unwrap().manual.unwrap();
        assert_eq!(
            manual.create_subscription_when_invoice_is.as_deref(),
            Some("open")
        );
        assert_eq!(manual.prevent_subscription_for_invoice_voided, Some(true));

        let nulls = DOCUMENTED.replace('}', r#","processing_status":null}"#);
        assert_eq!(record(&nulls).unwrap().processing_status, None);
    }

    #[test]
    fn a_wrong_type_names_the_field() {
        let body = DOCUMENTED.replace("\"In-house billing\"", "42");
        let e = record(&body).unwrap_err();
        assert_eq!(e.class_name(), "InvalidResponseError");
        assert!(e.to_string().contains("field `name`"), "{e}");
        assert!(
            e.to_string()
                .ends_with("field `name`: expected a string, got a number"),
            "{e}"
        );
    }

    #[test]
    fn a_nested_wrong_type_names_the_nested_path() {
        let body = DOCUMENTED.replace('}', r#","processing_status":{"processed":"many"}}"#);
        let e = record(&body).unwrap_err();
        assert!(
            e.to_string()
                .contains("field `processing_status.processed`"),
            "{e}"
        );
    }

    #[test]
    fn a_missing_field_is_named() {
        let body = r#"{"uuid":"ds_1","system":"Custom","created_at":"t","status":"idle"}"#;
        let e = record(body).unwrap_err();
        assert!(e.to_string().contains("missing field `name`"), "{e}");
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused() {
        for body in ["[]", "\"text\"", "null", "7"] {
            let e = record(body).unwrap_err();
            assert_eq!(e.class_name(), "InvalidResponseError", "{body}");
            assert!(
                e.to_string()
                    .starts_with("ChartMogul's answer is not a valid data source: "),
                "{e}"
            );
            assert!(!e.to_string().contains("field `"), "{e}");
        }
    }

    #[test]
    fn a_list_answer_decodes_and_names_the_index_at_fault() {
        let list = format!(r#"{{"data_sources":[{DOCUMENTED},{DOCUMENTED}]}}"#);
        let json: serde_json::Value = serde_json::from_str(&list).unwrap();
        let decoded: DataSourceList = decode("data source list", json).unwrap();
        assert_eq!(decoded.data_sources.len(), 2);
        let wrong = DOCUMENTED.replace("\"idle\"", "7");
        let bad = format!(r#"{{"data_sources":[{DOCUMENTED},{wrong}]}}"#);
        let json: serde_json::Value = serde_json::from_str(&bad).unwrap();
        let e = decode::<DataSourceList, _>("data source list", json).unwrap_err();
        assert!(
            e.to_string().contains("field `data_sources[1].status`"),
            "{e}"
        );
    }
}

/// Fuzzing the answer decoder and the error-message reader with generated
/// JSON: whatever ChartMogul (or a proxy) sends, they return, never panic.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::decode::decode;
    use crate::error::Error;
    use crate::server_message::{server_message, text_message};
    use proptest::prelude::*;
    use serde_json::Value;

    /// Any JSON value, biased towards the record's own keys.
    fn json() -> impl Strategy<Value = Value> {
        let key = prop_oneof![
            Just("uuid".to_string()),
            Just("name".to_string()),
            Just("status".to_string()),
            Just("processing_status".to_string()),
            Just("message".to_string()),
            Just("errors".to_string()),
            "[a-z_]{1,12}",
        ];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,20}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map(key.clone(), inner, 0..8)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn decoding_any_json_returns_without_panicking(value in json()) {
            let decoded: Result<DataSourceRecord, Error> = decode("data source", value);
            if let Err(e) = decoded {
                prop_assert_eq!(e.class_name(), "InvalidResponseError");
            }
        }

        #[test]
        fn reading_any_error_body_returns_without_panicking(value in json(), text in ".{0,400}") {
            for message in [server_message(value), text_message(&text)].into_iter().flatten() {
                prop_assert!(!message.is_empty() && message.chars().count() <= 301);
            }
        }
    }
}
