//! The Metrics API: the nine metrics over a date range (not paginated),
//! activities (all of them, or a customer's) and a customer's
//! subscriptions (cursor-paginated), and activities exports. Its query
//! keys are kebab-case on the wire (`start-date`), as chartmogul-node's
//! callers pass them.
//!
//! One query type and one answer type serve the nine metrics: they take
//! the same filters, and their entries differ only in which numbers they
//! carry (`all`'s carry every metric), so `MetricsEntry` names every
//! number, each optional.

use serde_json::Value;
use tsify::Tsify;

/// The filters of every metric: a date range, required by ChartMogul.
#[derive(Tsify)]
pub struct MetricsQuery {
    /// `YYYY-MM-DD`.
    #[serde(rename = "start-date")]
    pub start_date: String,
    /// `YYYY-MM-DD`.
    #[serde(rename = "end-date")]
    pub end_date: String,
    /// An entry per `day`, `week`, `month` (ChartMogul's default) or `quarter`.
    #[tsify(optional, type = "MetricsInterval")]
    pub interval: Option<String>,
    /// Countries, ISO 3166-1 alpha-2, comma-separated: `US,GB`.
    #[tsify(optional)]
    pub geo: Option<String>,
    /// Plan names (or uuids, or external ids), comma-separated.
    #[tsify(optional)]
    pub plans: Option<String>,
    /// Segment filters in ChartMogul's filter language.
    #[tsify(optional)]
    pub filters: Option<String>,
}

/// `day`, `week`, `month` or `quarter`; one ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(type = "\"day\" | \"week\" | \"month\" | \"quarter\" | (string & {})")]
pub struct MetricsInterval(pub String);

/// The answer of every metric: an entry per interval, and for a single
/// metric its summary over the range.
#[derive(Tsify)]
pub struct MetricsAnswer {
    pub entries: Vec<MetricsEntry>,
    /// The last entry's value, the one before the range, and the change
    /// (`all` has none).
    #[tsify(
        optional,
        type = "{ current: number; previous: number; \"percentage-change\": number }"
    )]
    pub summary: Option<Value>,
}

/// One interval's numbers: `all` carries every metric, a single metric
/// its own (MRR also its movements) and `percentage-change`. Amounts are
/// in cents; rates in percent.
#[derive(Tsify)]
pub struct MetricsEntry {
    /// `YYYY-MM-DD`: the interval's last day (the range's last, for the last).
    pub date: String,
    #[tsify(optional, type = "number")]
    pub mrr: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-new-business")]
    pub mrr_new_business: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-expansion")]
    pub mrr_expansion: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-contraction")]
    pub mrr_contraction: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-churn")]
    pub mrr_churn: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-reactivation")]
    pub mrr_reactivation: Option<f64>,
    #[tsify(optional, type = "number")]
    pub arr: Option<f64>,
    #[tsify(optional, type = "number")]
    pub arpa: Option<f64>,
    #[tsify(optional, type = "number")]
    pub asp: Option<f64>,
    /// The customer count.
    #[tsify(optional, type = "number")]
    pub customers: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "customer-churn-rate")]
    pub customer_churn_rate: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-churn-rate")]
    pub mrr_churn_rate: Option<f64>,
    #[tsify(optional, type = "number")]
    pub ltv: Option<f64>,
    /// Against the entry before, in percent.
    #[tsify(optional, type = "number")]
    #[serde(rename = "percentage-change")]
    pub percentage_change: Option<f64>,
}

/// An activity (a new business, an expansion, a churn, …) as ChartMogul
/// returns it, in `Metrics.Activity.all` and a customer's activities.
#[derive(Tsify)]
pub struct ActivityRecord {
    #[tsify(optional, type = "string")]
    pub uuid: Option<String>,
    /// In a customer's activities.
    #[tsify(optional, type = "number")]
    pub id: Option<u64>,
    #[tsify(type = "ActivityType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// ISO 8601.
    #[tsify(type = "string")]
    pub date: Option<String>,
    #[tsify(type = "string")]
    pub description: Option<String>,
    /// The change in MRR, in cents.
    #[tsify(type = "number")]
    #[serde(rename = "activity-mrr-movement")]
    pub activity_mrr_movement: Option<f64>,
    #[tsify(type = "number")]
    #[serde(rename = "activity-mrr")]
    pub activity_mrr: Option<f64>,
    #[tsify(type = "number")]
    #[serde(rename = "activity-arr")]
    pub activity_arr: Option<f64>,
    #[tsify(type = "string")]
    pub currency: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "currency-sign")]
    pub currency_sign: Option<String>,
    #[tsify(optional, type = "string | null")]
    #[serde(rename = "subscription-external-id")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    #[serde(rename = "plan-external-id")]
    pub plan_external_id: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "customer-name")]
    pub customer_name: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "customer-uuid")]
    pub customer_uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    #[serde(rename = "customer-external-id")]
    pub customer_external_id: Option<String>,
    /// The data source's uuid.
    #[tsify(optional, type = "string")]
    #[serde(rename = "billing-connector-uuid")]
    pub billing_connector_uuid: Option<String>,
}

/// `new_biz`, `reactivation`, `expansion`, `contraction` or `churn`; a
/// type ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(
    type = "\"new_biz\" | \"reactivation\" | \"expansion\" | \"contraction\" | \"churn\" | (string & {})"
)]
pub struct ActivityType(pub String);

/// One page of activities (all, or one customer's), as ChartMogul sent it.
#[derive(Tsify)]
pub struct ActivityList {
    pub entries: Vec<ActivityRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Metrics.Activity.all`.
#[derive(Tsify)]
pub struct ActivityListQuery {
    /// ISO 8601: only the activities from then on.
    #[tsify(optional)]
    #[serde(rename = "start-date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// ISO 8601: only those until then (with `start-date`).
    #[tsify(optional)]
    #[serde(rename = "end-date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[tsify(optional, type = "ActivityType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// `date` (oldest first, the default) or `-date`.
    #[tsify(optional, type = "\"date\" | \"-date\"")]
    pub order: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// A customer's subscription as the Metrics API returns it.
#[derive(Tsify)]
pub struct CustomerSubscriptionRecord {
    #[tsify(optional, type = "number")]
    pub id: Option<u64>,
    #[tsify(optional, type = "string")]
    pub uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    /// The plan's name.
    #[tsify(type = "string")]
    pub plan: Option<String>,
    #[tsify(type = "number")]
    pub quantity: Option<f64>,
    /// In cents.
    #[tsify(type = "number")]
    pub mrr: Option<f64>,
    #[tsify(type = "number")]
    pub arr: Option<f64>,
    /// `active` or `inactive`.
    #[tsify(type = "string")]
    pub status: Option<String>,
    #[tsify(type = "string")]
    #[serde(rename = "billing-cycle")]
    pub billing_cycle: Option<String>,
    #[tsify(type = "number")]
    #[serde(rename = "billing-cycle-count")]
    pub billing_cycle_count: Option<u32>,
    #[tsify(type = "string")]
    #[serde(rename = "start-date")]
    pub start_date: Option<String>,
    #[tsify(type = "string")]
    #[serde(rename = "end-date")]
    pub end_date: Option<String>,
    #[tsify(type = "string")]
    pub currency: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "currency-sign")]
    pub currency_sign: Option<String>,
}

/// One page of a customer's subscriptions, as ChartMogul sent it.
#[derive(Tsify)]
pub struct CustomerSubscriptionList {
    pub entries: Vec<CustomerSubscriptionRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
    /// Deprecated by ChartMogul.
    #[tsify(optional, type = "number")]
    pub per_page: Option<u32>,
}

/// The input of `Metrics.ActivitiesExport.create`: which activities.
#[derive(Tsify)]
pub struct NewActivitiesExport {
    /// ISO 8601.
    #[tsify(optional)]
    #[serde(rename = "start-date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[tsify(optional)]
    #[serde(rename = "end-date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[tsify(optional, type = "ActivityType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// An activities export: `pending` until its `file_url` is there to download.
#[derive(Tsify)]
pub struct ActivitiesExportRecord {
    pub id: String,
    /// `pending`, `processing`, `succeeded`, `failed` or `expired`.
    #[tsify(type = "string")]
    pub status: Option<String>,
    #[tsify(type = "string | null")]
    pub file_url: Option<String>,
    /// What was asked: `{ kind: "activities", params: { activity_type, start_date, end_date } }`.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub params: Option<Value>,
    #[tsify(type = "string | null")]
    pub expires_at: Option<String>,
    #[tsify(type = "string")]
    pub created_at: Option<String>,
}
