//! Line items: what an invoice bills (a subscription's period, a one-time
//! charge, a trial), as imported with an invoice or on their own.

use tsify::Tsify;

/// A line item as ChartMogul returns it. Line items inside an invoice's
/// answer may come without `uuid`, so nothing is required.
#[derive(Tsify)]
pub struct LineItemRecord {
    #[tsify(optional)]
    pub uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "LineItemType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub subscription_uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub plan_uuid: Option<String>,
    #[tsify(optional, type = "boolean | null")]
    pub prorated: Option<bool>,
    #[tsify(optional, type = "string | null")]
    pub service_period_start: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub service_period_end: Option<String>,
    #[tsify(optional, type = "number")]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional, type = "number | null")]
    pub quantity: Option<i64>,
    #[tsify(optional, type = "string | null")]
    pub discount_code: Option<String>,
    #[tsify(optional, type = "number | null")]
    pub discount_amount_in_cents: Option<i64>,
    #[tsify(optional, type = "number | null")]
    pub tax_amount_in_cents: Option<i64>,
    #[tsify(optional, type = "number | null")]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional, type = "string | null")]
    pub transaction_fees_currency: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub description: Option<String>,
    #[tsify(optional, type = "boolean")]
    pub disabled: Option<bool>,
}

/// `subscription`, `one_time` or `trial`; a kind ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(type = "\"subscription\" | \"one_time\" | \"trial\" | (string & {})")]
pub struct LineItemType(pub String);

/// A line item to import: with an invoice (`Invoice.create`) or into one
/// (`LineItem.create`). ChartMogul's own fields, as its reference lists them.
#[derive(Tsify)]
pub struct NewLineItem {
    #[tsify(type = "LineItemType")]
    #[serde(rename = "type")]
    pub kind: String,
    pub amount_in_cents: i64,
    #[tsify(optional)]
    pub external_id: Option<String>,
    /// Required for a `subscription` line item.
    #[tsify(optional)]
    pub subscription_external_id: Option<String>,
    #[tsify(optional)]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional)]
    pub plan_uuid: Option<String>,
    #[tsify(optional)]
    pub service_period_start: Option<String>,
    #[tsify(optional)]
    pub service_period_end: Option<String>,
    #[tsify(optional)]
    pub cancelled_at: Option<String>,
    #[tsify(optional)]
    pub prorated: Option<bool>,
    /// `differential`, `differential_mrr` or `full`.
    #[tsify(optional)]
    pub proration_type: Option<String>,
    #[tsify(optional)]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    pub discount_code: Option<String>,
    #[tsify(optional)]
    pub discount_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    pub discount_description: Option<String>,
    #[tsify(optional)]
    pub tax_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_currency: Option<String>,
    /// For a `one_time` line item.
    #[tsify(optional)]
    pub description: Option<String>,
    #[tsify(optional)]
    pub event_order: Option<i64>,
    #[tsify(optional)]
    pub account_code: Option<String>,
}

/// The answer of `LineItem.all`: the line items with an external id in a
/// data source (one, or none), not paginated.
#[derive(Tsify)]
pub struct LineItemList {
    pub line_items: Vec<LineItemRecord>,
}

/// The input of `LineItem.modify` and `LineItem.update`: the fields to
/// change, those a new line item takes.
#[derive(Tsify)]
pub struct LineItemChanges {
    #[tsify(optional, type = "LineItemType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional)]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub subscription_external_id: Option<String>,
    #[tsify(optional)]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional)]
    pub plan_uuid: Option<String>,
    #[tsify(optional)]
    pub service_period_start: Option<String>,
    #[tsify(optional)]
    pub service_period_end: Option<String>,
    #[tsify(optional)]
    pub cancelled_at: Option<String>,
    #[tsify(optional)]
    pub prorated: Option<bool>,
    #[tsify(optional)]
    pub proration_type: Option<String>,
    #[tsify(optional)]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    pub discount_code: Option<String>,
    #[tsify(optional)]
    pub discount_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    pub discount_description: Option<String>,
    #[tsify(optional)]
    pub tax_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_currency: Option<String>,
    #[tsify(optional)]
    pub description: Option<String>,
    #[tsify(optional)]
    pub event_order: Option<i64>,
    #[tsify(optional)]
    pub account_code: Option<String>,
}
