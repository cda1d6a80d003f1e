//! The data source record as ChartMogul sends it, and the list of them: the
//! TypeScript types (generated from the structs) and the shapes answers are
//! checked against. The wasm face returns the answer itself, so fields
//! unknown here are kept as they came. A test keeps types and shapes alike.

use alloc::{string::String, vec::Vec};
#[cfg(not(target_family = "wasm"))]
use tsify::Tsify;

use crate::shape::{Field, Shape};

/// A data source as ChartMogul returns it. Fields ChartMogul adds later are
/// kept on the returned object as they came; this type lists the known ones.
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct DataSourceRecord {
    pub uuid: String,
    pub name: String,
    /// `Custom` for custom sources, else the billing system (`Stripe`, …).
    pub system: String,
    /// ISO 8601 timestamp, e.g. `2023-01-10T15:34:05.918Z`.
    pub created_at: String,
    pub status: DataSourceStatus,
    /// Present when asked for with `with_processing_status`.
    #[cfg_attr(
        not(target_family = "wasm"),
        tsify(optional, type = "ProcessingStatus | null")
    )]
    pub processing_status: Option<ProcessingStatus>,
    /// Present when asked for with `with_auto_churn_subscription_setting`.
    #[cfg_attr(
        not(target_family = "wasm"),
        tsify(optional, type = "AutoChurnSubscriptionSetting | null")
    )]
    pub auto_churn_subscription_setting: Option<AutoChurnSubscriptionSetting>,
    /// Present when asked for with `with_invoice_handling_setting`.
    #[cfg_attr(
        not(target_family = "wasm"),
        tsify(optional, type = "InvoiceHandlingSetting | null")
    )]
    pub invoice_handling_setting: Option<InvoiceHandlingSetting>,
}

pub static DATA_SOURCE: Shape = Shape::Record(&[
    Field::required("uuid", Shape::Text),
    Field::required("name", Shape::Text),
    Field::required("system", Shape::Text),
    Field::required("created_at", Shape::Text),
    // Any string: ChartMogul may add statuses.
    Field::required("status", Shape::Text),
    Field::optional("processing_status", PROCESSING_STATUS),
    Field::optional("auto_churn_subscription_setting", AUTO_CHURN),
    Field::optional("invoice_handling_setting", INVOICE_HANDLING),
]);

/// `working` | `idle` for custom sources; `never_imported` | `importing` |
/// `import_complete` for integrations; other values seen in the wild are
/// listed too, and a value ChartMogul adds later still passes as a string.
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
#[cfg_attr(
    not(target_family = "wasm"),
    tsify(
        type = "\"working\" | \"idle\" | \"never_imported\" | \"importing\" | \"import_complete\" \
                | \"import_in_progress\" | \"import_failed\" | (string & {})"
    )
)]
pub struct DataSourceStatus(pub String);

#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct ProcessingStatus {
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub processed: Option<u64>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub pending: Option<u64>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub failed: Option<u64>,
}

const PROCESSING_STATUS: Shape = Shape::Record(&[
    Field::optional("processed", Shape::Count),
    Field::optional("pending", Shape::Count),
    Field::optional("failed", Shape::Count),
]);

#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct AutoChurnSubscriptionSetting {
    pub enabled: bool,
    /// Days without payment before a subscription churns; `null` when unset.
    #[cfg_attr(not(target_family = "wasm"), tsify(type = "number | null"))]
    pub interval: Option<u32>,
}

const AUTO_CHURN: Shape = Shape::Record(&[
    Field::required("enabled", Shape::Flag),
    Field::optional("interval", Shape::Count),
]);

#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct InvoiceHandlingSetting {
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub manual: Option<InvoiceHandlingRules>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub automatic: Option<InvoiceHandlingRules>,
}

const INVOICE_HANDLING: Shape = Shape::Record(&[
    Field::optional("manual", INVOICE_HANDLING_RULES),
    Field::optional("automatic", INVOICE_HANDLING_RULES),
]);

#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct InvoiceHandlingRules {
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub create_subscription_when_invoice_is: Option<String>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub update_subscription_when_invoice_is: Option<String>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub prevent_subscription_for_invoice_voided: Option<bool>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub prevent_subscription_for_invoice_refunded: Option<bool>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub prevent_subscription_for_invoice_written_off: Option<bool>,
}

const INVOICE_HANDLING_RULES: Shape = Shape::Record(&[
    Field::optional("create_subscription_when_invoice_is", Shape::Text),
    Field::optional("update_subscription_when_invoice_is", Shape::Text),
    Field::optional("prevent_subscription_for_invoice_voided", Shape::Flag),
    Field::optional("prevent_subscription_for_invoice_refunded", Shape::Flag),
    Field::optional("prevent_subscription_for_invoice_written_off", Shape::Flag),
]);

/// What `DataSource.all` resolves with.
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct DataSourceList {
    pub data_sources: Vec<DataSourceRecord>,
}

pub static DATA_SOURCE_LIST: Shape =
    Shape::Record(&[Field::required("data_sources", Shape::ListOf(&DATA_SOURCE))]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::shape::check_answer;
    use crate::ts_decl::declared_fields;

    const DOCUMENTED: &str = r#"{"uuid":"ds_fef05d54-47b4-431b-aed2-eb6b9e545430","name":"In-house billing","system":"Custom","created_at":"2023-01-10T15:34:05.918Z","status":"idle"}"#;

    fn record(body: &str) -> Result<(), Error> {
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        check_answer("data source", &DATA_SOURCE, &json)
    }

    #[test]
    fn the_documented_answer_passes() {
        record(DOCUMENTED).unwrap();
    }

    #[test]
    fn every_known_status_and_an_unknown_one_pass() {
        for text in [
            "working",
            "never_imported",
            "importing",
            "import_complete",
            "import_in_progress",
            "import_failed",
            "paused_by_2027_feature",
        ] {
            let body = DOCUMENTED.replace("\"idle\"", &format!("\"{text}\""));
            record(&body).unwrap();
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
    fn each_shape_lists_the_fields_of_its_typescript_type() {
        for (decl, shape) in [
            (DataSourceRecord::DECL, &DATA_SOURCE),
            (ProcessingStatus::DECL, &PROCESSING_STATUS),
            (AutoChurnSubscriptionSetting::DECL, &AUTO_CHURN),
            (InvoiceHandlingSetting::DECL, &INVOICE_HANDLING),
            (InvoiceHandlingRules::DECL, &INVOICE_HANDLING_RULES),
            (DataSourceList::DECL, &DATA_SOURCE_LIST),
        ] {
            let Shape::Record(fields) = shape else {
                panic!("not a record: {decl}");
            };
            let checked: Vec<(String, bool)> = fields
                .iter()
                .map(|field| (field.name.to_string(), field.optional))
                .collect();
            assert_eq!(checked, declared_fields(decl), "{decl}");
        }
    }

    #[test]
    fn the_optional_settings_pass_when_present_or_null() {
        let body = r#"{"uuid":"ds_1","name":"n","system":"Stripe","created_at":"t","status":"import_complete",
            "processing_status":{"processed":61,"pending":8,"failed":3},
            "auto_churn_subscription_setting":{"enabled":true,"interval":null},
            "invoice_handling_setting":{"manual":{"create_subscription_when_invoice_is":"open",
                "prevent_subscription_for_invoice_voided":true,"future_rule":1},"automatic":{}},
            "brand_new_field":[1,2]}"#;
        record(body).unwrap();
        let nulls = DOCUMENTED.replace('}', r#","processing_status":null}"#);
        record(&nulls).unwrap();
    }

    #[test]
    fn a_wrong_type_names_the_field() {
        let body = DOCUMENTED.replace("\"In-house billing\"", "42");
        let e = record(&body).unwrap_err();
        assert_eq!(e.class_name(), "InvalidResponseError");
        assert_eq!(
            e.to_string(),
            "ChartMogul's answer is not a valid data source: field `name`: expected a string, got a number"
        );
    }

    #[test]
    fn a_nested_wrong_type_names_the_nested_path() {
        for (extra, path) in [
            (
                r#""processing_status":{"processed":"many"}"#,
                "processing_status.processed",
            ),
            (
                r#""auto_churn_subscription_setting":{"interval":3}"#,
                "auto_churn_subscription_setting",
            ),
            (
                r#""invoice_handling_setting":{"automatic":{"prevent_subscription_for_invoice_refunded":"yes"}}"#,
                "invoice_handling_setting.automatic.prevent_subscription_for_invoice_refunded",
            ),
        ] {
            let body = DOCUMENTED.replace('}', &format!(",{extra}}}"));
            let e = record(&body).unwrap_err();
            assert!(e.to_string().contains(&format!("field `{path}`: ")), "{e}");
        }
    }

    #[test]
    fn a_missing_field_is_named() {
        let body = r#"{"uuid":"ds_1","system":"Custom","created_at":"t","status":"idle"}"#;
        let e = record(body).unwrap_err();
        assert!(e.to_string().ends_with("missing field `name`"), "{e}");
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused() {
        for body in ["[]", "\"text\"", "null", "7"] {
            let e = record(body).unwrap_err();
            assert_eq!(e.class_name(), "InvalidResponseError", "{body}");
            assert!(
                e.to_string().starts_with(
                    "ChartMogul's answer is not a valid data source: expected an object, got "
                ),
                "{e}"
            );
        }
    }

    #[test]
    fn a_list_answer_passes_and_names_the_index_at_fault() {
        let list = format!(r#"{{"data_sources":[{DOCUMENTED},{DOCUMENTED}]}}"#);
        let json: serde_json::Value = serde_json::from_str(&list).unwrap();
        check_answer("data source list", &DATA_SOURCE_LIST, &json).unwrap();
        let wrong = DOCUMENTED.replace("\"idle\"", "7");
        let bad = format!(r#"{{"data_sources":[{DOCUMENTED},{wrong}]}}"#);
        let json: serde_json::Value = serde_json::from_str(&bad).unwrap();
        let e = check_answer("data source list", &DATA_SOURCE_LIST, &json).unwrap_err();
        assert!(
            e.to_string().contains("field `data_sources[1].status`"),
            "{e}"
        );
    }
}

/// Fuzzing the answer check and the error-message reader with generated
/// JSON: whatever ChartMogul (or a proxy) sends, they return, never panic.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::server_message::{server_message, text_message};
    use crate::shape::check_answer;
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
        fn checking_any_json_returns_without_panicking(value in json()) {
            if let Err(e) = check_answer("data source", &DATA_SOURCE, &value) {
                prop_assert_eq!(e.class_name(), "InvalidResponseError");
            }
        }

        #[test]
        fn reading_any_error_body_returns_without_panicking(value in json(), text in ".{0,400}") {
            for message in [server_message(&value), text_message(&text)].into_iter().flatten() {
                prop_assert!(!message.is_empty() && message.chars().count() <= 301);
            }
        }
    }
}
