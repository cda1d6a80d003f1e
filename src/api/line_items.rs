//! Line items: what an invoice bills (a subscription's period, a one-time
//! charge, a trial), as imported with an invoice or on their own.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A line item as ChartMogul returns it. Line items inside an invoice's
/// answer may come without `uuid`, so nothing is required.
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewLineItem {
    #[tsify(type = "LineItemType")]
    #[serde(rename = "type")]
    pub kind: String,
    pub amount_in_cents: i64,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Required for a `subscription` line item.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_period_start: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_period_end: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prorated: Option<bool>,
    /// `differential`, `differential_mrr` or `full`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proration_type: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_code: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_description: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_fees_currency: Option<String>,
    /// For a `one_time` line item.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_order: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_code: Option<String>,
}

impl Checked for NewLineItem {
    fn check(&self) -> Result<(), Error> {
        non_blank("type", &self.kind)
    }
}

/// The answer of `LineItem.all`: the line items with an external id in a
/// data source (one, or none), not paginated.
#[derive(Debug, Deserialize, Tsify)]
pub struct LineItemList {
    pub line_items: Vec<LineItemRecord>,
}

/// The input of `LineItem.modify` and `LineItem.update`: the fields to
/// change, those a new line item takes.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct LineItemChanges {
    #[tsify(optional, type = "LineItemType")]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_period_start: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_period_end: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prorated: Option<bool>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proration_type: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_code: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_description: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_amount_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_fees_currency: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_order: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_code: Option<String>,
}

impl Checked for LineItemChanges {
    fn check(&self) -> Result<(), Error> {
        match &self.kind {
            Some(kind) => non_blank("type", kind),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_line_items_read_and_a_wrong_field_is_named() {
        let recorded = r#"{"uuid":"li_592f4699-107b-41b9-b7bc-a2aa2ca7a67b","external_id":"li_ext_001","type":"subscription","amount_in_cents":10000,"quantity":1}"#;
        let item: LineItemRecord = from_json(recorded).unwrap();
        assert_eq!(item.kind.as_deref(), Some("subscription"));
        let list: LineItemList = from_json(&format!(r#"{{"line_items":[{recorded}]}}"#)).unwrap();
        assert_eq!(list.line_items[0].quantity, Some(1));
        let bad = from_json::<LineItemList>(r#"{"line_items":[{"amount_in_cents":"100"}]}"#);
        assert!(bad
            .unwrap_err()
            .starts_with("field `line_items[0].amount_in_cents`: invalid type"));
    }

    #[test]
    fn a_change_of_type_needs_words_and_only_given_fields_are_sent() {
        let changes: LineItemChanges = from_json(r#"{"amount_in_cents":20000}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&changes).unwrap(),
            r#"{"amount_in_cents":20000}"#
        );
        let blank: LineItemChanges = from_json(r#"{"type":" "}"#).unwrap();
        assert!(blank.check().unwrap_err().to_string().contains("type"));
    }
}
