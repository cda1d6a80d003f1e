//! Subscriptions of the Import API: made by ChartMogul from imported
//! invoices, listed per customer (cursor-paginated) and cancelled, or
//! their cancellation history set, by uuid.

use tsify::Tsify;

/// A subscription as ChartMogul returns it; only `uuid` must be there.
#[derive(Tsify)]
pub struct SubscriptionRecord {
    pub uuid: String,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional, type = "string")]
    pub plan_uuid: Option<String>,
    #[tsify(optional, type = "string")]
    pub data_source_uuid: Option<String>,
    /// In the answer of `cancel`; the list gives it once, beside the page.
    #[tsify(optional, type = "string")]
    pub customer_uuid: Option<String>,
    /// Every cancellation of the subscription's lifetime, ISO 8601.
    #[tsify(optional, type = "string[]")]
    pub cancellation_dates: Option<Vec<String>>,
}

/// One page of `Subscription.all`, as ChartMogul sent it. Older answers
/// page by number (`current_page`, `total_pages`) instead of by cursor.
#[derive(Tsify)]
pub struct SubscriptionList {
    pub subscriptions: Vec<SubscriptionRecord>,
    #[tsify(optional, type = "string")]
    pub customer_uuid: Option<String>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(optional, type = "boolean")]
    pub has_more: Option<bool>,
    /// Deprecated by ChartMogul.
    #[tsify(optional, type = "number")]
    pub current_page: Option<u32>,
    /// Deprecated by ChartMogul.
    #[tsify(optional, type = "number")]
    pub total_pages: Option<u32>,
}

/// The input of `Subscription.cancel` and `Subscription.modify`: one more
/// cancellation (`cancelled_at`), or the whole history (`cancellation_dates`,
/// possibly empty: never cancelled).
#[derive(Tsify)]
pub struct SubscriptionCancellation {
    /// `2022-01-15 00:00:00` or ISO 8601, in the past.
    #[tsify(optional)]
    pub cancelled_at: Option<String>,
    #[tsify(optional)]
    pub cancellation_dates: Option<Vec<String>>,
}
