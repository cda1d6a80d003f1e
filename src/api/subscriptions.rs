//! Subscriptions of the Import API: made by ChartMogul from imported
//! invoices, listed per customer (cursor-paginated) and cancelled, or
//! their cancellation history set, by uuid.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A subscription as ChartMogul returns it; only `uuid` must be there.
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionCancellation {
    /// `2022-01-15 00:00:00` or ISO 8601, in the past.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_dates: Option<Vec<String>>,
}

impl Checked for SubscriptionCancellation {
    fn check(&self) -> Result<(), Error> {
        match (&self.cancelled_at, &self.cancellation_dates) {
            (Some(at), None) => non_blank("cancelled_at", at),
            (None, Some(dates)) => dates
                .iter()
                .try_for_each(|date| non_blank("cancellation_dates[]", date)),
            _ => Err(Error::Configuration(
                "give cancelled_at or cancellation_dates, one of them".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> T {
        read(&mut serde_json::Deserializer::from_str(json)).unwrap()
    }

    #[test]
    fn chartmogul_nodes_recorded_page_and_cancel_answer_read() {
        let page: SubscriptionList = from_json(
            r#"{"customer_uuid":"cus_9bf6482d-01e5-4944-957d-5bc730d2cda3","subscriptions":[{
            "uuid":"sub_0c26db04-9b58-423f-9a3b-fec4a3a61a88","external_id":"sub_0001",
            "cancellation_dates":[],"plan_uuid":"pl_cff3a63c-3915-435e-a675-85a8a8ef4454",
            "data_source_uuid":"ds_e243129a-12c0-4e29-8f54-07da7905fbd1"}],
            "cursor":"cursor==","has_more":false}"#,
        );
        assert_eq!(
            page.subscriptions[0].external_id.as_deref(),
            Some("sub_0001")
        );
        let old: SubscriptionList =
            from_json(r#"{"subscriptions":[],"current_page":1,"total_pages":1}"#);
        assert_eq!(old.total_pages, Some(1));
        let cancelled: SubscriptionRecord = from_json(
            r#"{"uuid":"sub_1","cancellation_dates":["2016-01-15T00:00:00.000Z"],"customer_uuid":"cus_1"}"#,
        );
        assert_eq!(cancelled.cancellation_dates.unwrap().len(), 1);
    }

    #[test]
    fn a_cancellation_is_a_date_or_a_history_not_both_nor_neither() {
        let of = |at: Option<&str>, dates: Option<Vec<&str>>| SubscriptionCancellation {
            cancelled_at: at.map(Into::into),
            cancellation_dates: dates.map(|d| d.into_iter().map(Into::into).collect()),
        };
        assert!(of(Some("2016-01-15 00:00:00"), None).check().is_ok());
        assert!(of(None, Some(vec![])).check().is_ok());
        assert!(of(None, None).check().is_err());
        assert!(of(Some("2016-01-15"), Some(vec![])).check().is_err());
        let blank = of(None, Some(vec![" "])).check().unwrap_err();
        assert!(blank.to_string().contains("cancellation_dates[]"));
    }
}
