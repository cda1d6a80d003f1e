//! Data sources: the records ChartMogul answers with, and the queries and
//! input the calls take, as TypeScript types (tsify): they describe what
//! crosses, and refuse nothing (src/api/schema.rs).

use tsify::Tsify;

/// A data source as ChartMogul returns it. Fields ChartMogul adds later are
/// kept on the returned object as they came; this type lists the known ones.
/// Only `uuid` must be there: answers have been seen without `system`.
#[derive(Tsify)]
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

#[derive(Tsify)]
pub struct ProcessingStatus {
    #[tsify(optional)]
    pub processed: Option<u64>,
    #[tsify(optional)]
    pub pending: Option<u64>,
    #[tsify(optional)]
    pub failed: Option<u64>,
}

#[derive(Tsify)]
pub struct AutoChurnSubscriptionSetting {
    #[tsify(type = "boolean")]
    pub enabled: Option<bool>,
    /// Days without payment before a subscription churns; `null` when unset.
    #[tsify(type = "number | null")]
    pub interval: Option<u32>,
}

#[derive(Tsify)]
pub struct InvoiceHandlingSetting {
    #[tsify(optional)]
    pub manual: Option<InvoiceHandlingRules>,
    #[tsify(optional)]
    pub automatic: Option<InvoiceHandlingRules>,
}

#[derive(Tsify)]
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
#[derive(Tsify)]
pub struct DataSourceList {
    pub data_sources: Vec<DataSourceRecord>,
}

/// chartmogul-node's flags for retrieve, sent as `=true`/`=false`.
#[derive(Tsify)]
pub struct DataSourceQuery {
    #[tsify(optional)]
    pub with_processing_status: Option<bool>,
    #[tsify(optional)]
    pub with_auto_churn_subscription_setting: Option<bool>,
    #[tsify(optional)]
    pub with_invoice_handling_setting: Option<bool>,
}

/// The filters of `DataSource.all`, and the same flags as retrieve.
#[derive(Tsify)]
pub struct DataSourceListQuery {
    /// Only the data source with this name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// Only data sources of this system (`Custom`, `Stripe`, …).
    #[tsify(optional)]
    pub system: Option<String>,
    #[tsify(optional)]
    pub with_processing_status: Option<bool>,
    #[tsify(optional)]
    pub with_auto_churn_subscription_setting: Option<bool>,
    #[tsify(optional)]
    pub with_invoice_handling_setting: Option<bool>,
}

/// The input of `DataSource.create`.
#[derive(Tsify)]
pub struct NewDataSource {
    /// The new data source's name.
    pub name: String,
}
