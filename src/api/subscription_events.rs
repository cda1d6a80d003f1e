//! Subscription events: a subscription's start, update or cancellation
//! (scheduled or done), imported one at a time. ChartMogul takes each body
//! wrapped in `subscription_event`; update and delete name the event in
//! that body (its `id`, or its data source and `external_id`), not in the
//! path. The list is cursor-paginated.

use serde_json::Value;
use tsify::Tsify;

/// A subscription event as ChartMogul returns it. The reference answers
/// the event itself; chartmogul-node's recorded answers wrap it in
/// `subscription_event`: nothing is required, so both pass, as they came.
#[derive(Tsify)]
pub struct SubscriptionEventRecord {
    #[tsify(optional, type = "number")]
    pub id: Option<u64>,
    #[tsify(optional, type = "string")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional, type = "string")]
    pub customer_external_id: Option<String>,
    /// What the list calls `customer_external_id`.
    #[tsify(optional, type = "string")]
    pub data_source_customer_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub plan_external_id: Option<String>,
    #[tsify(optional, type = "SubscriptionEventType")]
    pub event_type: Option<String>,
    /// ISO 8601: `2022-03-30T00:00:00Z`.
    #[tsify(optional, type = "string")]
    pub event_date: Option<String>,
    #[tsify(optional, type = "string")]
    pub effective_date: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    /// What ChartMogul found wrong with the event, by field; `{}` when nothing.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub errors: Option<Value>,
    #[tsify(optional, type = "string")]
    pub created_at: Option<String>,
    #[tsify(optional, type = "string")]
    pub updated_at: Option<String>,
    /// A number; real answers have also carried `""`.
    #[tsify(optional, type = "number | string | null")]
    pub quantity: Option<i64>,
    #[tsify(optional, type = "string | null")]
    pub currency: Option<String>,
    #[tsify(optional, type = "Cents | null")]
    pub amount_in_cents: Option<Cents>,
    #[tsify(optional, type = "Cents | null")]
    pub tax_amount_in_cents: Option<Cents>,
    #[tsify(optional, type = "number | null")]
    pub event_order: Option<i64>,
    #[tsify(optional, type = "number | string | null")]
    pub retracted_event_id: Option<Value>,
    /// After `disable` or `enable`.
    #[tsify(optional, type = "boolean")]
    pub disabled: Option<bool>,
}

/// The kinds of event; a kind ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(type = "\"subscription_start\" | \"subscription_start_scheduled\" \
    | \"scheduled_subscription_start_retracted\" | \"subscription_cancelled\" \
    | \"subscription_cancellation_scheduled\" | \"scheduled_subscription_cancellation_retracted\" \
    | \"subscription_updated\" | \"subscription_update_scheduled\" \
    | \"scheduled_subscription_update_retracted\" | \"subscription_event_retracted\" | (string & {})")]
pub struct SubscriptionEventType(pub String);

/// An amount in cents: a whole number, or its digits in a string (`"1000"`,
/// as ChartMogul's own examples send it and its answers echo it); answers
/// have been seen with `""`.
#[derive(Tsify)]
#[tsify(type = "number | string")]
pub struct Cents(pub i64);

/// One page of `SubscriptionEvent.all`, as ChartMogul sent it.
#[derive(Tsify)]
pub struct SubscriptionEventList {
    pub subscription_events: Vec<SubscriptionEventRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `SubscriptionEvent.all`.
#[derive(Tsify)]
pub struct SubscriptionEventListQuery {
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub subscription_external_id: Option<String>,
    #[tsify(optional, type = "SubscriptionEventType")]
    pub event_type: Option<String>,
    #[tsify(optional)]
    pub event_date: Option<String>,
    #[tsify(optional)]
    pub effective_date: Option<String>,
    #[tsify(optional)]
    pub plan_external_id: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// The input of `SubscriptionEvent.create` (sent as `{ subscription_event: … }`).
#[derive(Tsify)]
pub struct NewSubscriptionEvent {
    pub data_source_uuid: String,
    pub customer_external_id: String,
    pub subscription_external_id: String,
    #[tsify(type = "SubscriptionEventType")]
    pub event_type: String,
    /// When the event happened: `2022-03-30` or ISO 8601.
    pub event_date: String,
    /// When it takes effect on the subscription.
    pub effective_date: String,
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub subscription_set_external_id: Option<String>,
    /// For a start or an update.
    #[tsify(optional)]
    pub plan_external_id: Option<String>,
    #[tsify(optional)]
    pub currency: Option<String>,
    #[tsify(optional)]
    pub amount_in_cents: Option<Cents>,
    #[tsify(optional)]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    pub tax_amount_in_cents: Option<Cents>,
    /// Orders events of one subscription with the same effective date.
    #[tsify(optional)]
    pub event_order: Option<i64>,
    /// For a `*_retracted` event: the id of the event it retracts.
    #[tsify(optional)]
    pub retracted_event_id: Option<String>,
}

/// The input of `SubscriptionEvent.updateWithParams`: the event, by `id` or
/// by `data_source_uuid` and `external_id`, and the fields to change.
#[derive(Tsify)]
pub struct SubscriptionEventChanges {
    #[tsify(optional)]
    pub id: Option<u64>,
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    pub subscription_external_id: Option<String>,
    #[tsify(optional)]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional, type = "SubscriptionEventType")]
    pub event_type: Option<String>,
    #[tsify(optional)]
    pub event_date: Option<String>,
    #[tsify(optional)]
    pub effective_date: Option<String>,
    #[tsify(optional)]
    pub plan_external_id: Option<String>,
    #[tsify(optional)]
    pub currency: Option<String>,
    #[tsify(optional)]
    pub amount_in_cents: Option<Cents>,
    #[tsify(optional)]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    pub tax_amount_in_cents: Option<Cents>,
    #[tsify(optional)]
    pub event_order: Option<i64>,
    #[tsify(optional)]
    pub retracted_event_id: Option<String>,
}

/// The input of `SubscriptionEvent.deleteWithParams`: the event, by `id` or
/// by `data_source_uuid` and `external_id`.
#[derive(Tsify)]
pub struct SubscriptionEventRef {
    #[tsify(optional)]
    pub id: Option<u64>,
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
}
