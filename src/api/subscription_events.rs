//! Subscription events: a subscription's start, update or cancellation
//! (scheduled or done), imported one at a time. ChartMogul takes each body
//! wrapped in `subscription_event`; update and delete name the event in
//! that body (its `id`, or its data source and `external_id`), not in the
//! path. The list is cursor-paginated.

use serde::de::{self, IgnoredAny, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use tsify::Tsify;

use super::paging::per_page;
use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A subscription event as ChartMogul returns it. The reference answers
/// the event itself; chartmogul-node's recorded answers wrap it in
/// `subscription_event`: nothing is required, so both pass, as they came.
#[derive(Debug, Deserialize, Tsify)]
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
    pub errors: Option<IgnoredAny>,
    #[tsify(optional, type = "string")]
    pub created_at: Option<String>,
    #[tsify(optional, type = "string")]
    pub updated_at: Option<String>,
    #[tsify(optional, type = "number | null")]
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
    pub retracted_event_id: Option<IgnoredAny>,
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
/// as ChartMogul's own examples send it and its answers echo it). Sent as
/// a number.
#[derive(Debug, PartialEq, Serialize, Tsify)]
#[tsify(type = "number | string")]
pub struct Cents(pub i64);

impl<'de> Deserialize<'de> for Cents {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Cents, D::Error> {
        struct CentsVisitor;
        impl Visitor<'_> for CentsVisitor {
            type Value = Cents;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number of cents, or its digits in a string")
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Cents, E> {
                Ok(Cents(n))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Cents, E> {
                i64::try_from(n)
                    .map(Cents)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Cents, E> {
                match n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
                    true => Ok(Cents(n as i64)),
                    false => Err(E::invalid_value(de::Unexpected::Float(n), &self)),
                }
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Cents, E> {
                text.parse()
                    .map(Cents)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_any(CentsVisitor)
    }
}

/// One page of `SubscriptionEvent.all`, as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct SubscriptionEventList {
    pub subscription_events: Vec<SubscriptionEventRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `SubscriptionEvent.all`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionEventListQuery {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional, type = "SubscriptionEventType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_external_id: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for SubscriptionEventListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// The input of `SubscriptionEvent.create` (sent as `{ subscription_event: … }`).
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_set_external_id: Option<String>,
    /// For a start or an update.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_in_cents: Option<Cents>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_amount_in_cents: Option<Cents>,
    /// Orders events of one subscription with the same effective date.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_order: Option<i64>,
    /// For a `*_retracted` event: the id of the event it retracts.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retracted_event_id: Option<String>,
}

impl Checked for NewSubscriptionEvent {
    fn check(&self) -> Result<(), Error> {
        non_blank("data_source_uuid", &self.data_source_uuid)?;
        non_blank("customer_external_id", &self.customer_external_id)?;
        non_blank("subscription_external_id", &self.subscription_external_id)?;
        non_blank("event_type", &self.event_type)?;
        non_blank("event_date", &self.event_date)?;
        non_blank("effective_date", &self.effective_date)
    }
}

/// The input of `SubscriptionEvent.updateWithParams`: the event, by `id` or
/// by `data_source_uuid` and `external_id`, and the fields to change.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionEventChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_set_external_id: Option<String>,
    #[tsify(optional, type = "SubscriptionEventType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_in_cents: Option<Cents>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_amount_in_cents: Option<Cents>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_order: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retracted_event_id: Option<String>,
}

impl Checked for SubscriptionEventChanges {
    fn check(&self) -> Result<(), Error> {
        named_event(self.id, &self.data_source_uuid, &self.external_id)
    }
}

/// The input of `SubscriptionEvent.deleteWithParams`: the event, by `id` or
/// by `data_source_uuid` and `external_id`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionEventRef {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Checked for SubscriptionEventRef {
    fn check(&self) -> Result<(), Error> {
        named_event(self.id, &self.data_source_uuid, &self.external_id)
    }
}

/// ChartMogul finds the event by `id`, or else by both of the others.
fn named_event(
    id: Option<u64>,
    data_source_uuid: &Option<String>,
    external_id: &Option<String>,
) -> Result<(), Error> {
    match (id, data_source_uuid, external_id) {
        (Some(_), _, _) => Ok(()),
        (None, Some(uuid), Some(external_id)) => {
            non_blank("data_source_uuid", uuid)?;
            non_blank("external_id", external_id)
        }
        _ => Err(Error::Configuration(
            "the event is named by its id, or by data_source_uuid and external_id".into(),
        )),
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
    fn chartmogul_nodes_recorded_page_reads_and_so_does_the_references_string_amount() {
        let page: SubscriptionEventList = from_json(
            r#"{"subscription_events":[{"id":101,"data_source_uuid":"ds_e243129a-12c0-4e29-8f54-07da7905fbd1",
            "customer_external_id":"39530","subscription_set_external_id":null,
            "subscription_external_id":"subscription_39530","plan_external_id":"gazillion_monthly",
            "event_date":"2022-06-01T00:00:00Z","effective_date":"2022-06-02T00:00:00Z",
            "event_type":"subscription_cancelled","external_id":"ex_id_1","errors":{},
            "created_at":"2022-06-13T11:06:56Z","updated_at":"2022-06-13T12:19:40Z","quantity":null,
            "currency":null,"amount_in_cents":null,"tax_amount_in_cents":null,"retracted_event_id":null}],
            "cursor":"cursor==","has_more":true}"#,
        )
        .unwrap();
        assert_eq!(page.subscription_events[0].id, Some(101));
        assert_eq!(page.has_more, Some(true));
        let created: SubscriptionEventRecord =
            from_json(r#"{"id":23223966,"amount_in_cents":"1000","tax_amount_in_cents":0}"#)
                .unwrap();
        assert_eq!(created.amount_in_cents, Some(Cents(1000)));
        let wrong: Result<SubscriptionEventRecord, _> = from_json(r#"{"amount_in_cents":"ten"}"#);
        assert!(wrong
            .unwrap_err()
            .starts_with("field `amount_in_cents`: invalid value: string \"ten\""));
    }

    #[test]
    fn an_event_is_named_by_id_or_by_source_and_external_id() {
        let by = |id, ds: Option<&str>, ext: Option<&str>| SubscriptionEventRef {
            id,
            data_source_uuid: ds.map(Into::into),
            external_id: ext.map(Into::into),
        };
        assert!(by(Some(7), None, None).check().is_ok());
        assert!(by(None, Some("ds_1"), Some("ev_1")).check().is_ok());
        assert!(by(None, Some("ds_1"), None).check().is_err());
        let blank = by(None, Some("ds_1"), Some(" ")).check().unwrap_err();
        assert!(blank.to_string().contains("external_id"));
    }

    #[test]
    fn a_new_event_is_sent_with_its_amount_as_a_number() {
        let event: NewSubscriptionEvent = from_json(
            r#"{"data_source_uuid":"ds_1","customer_external_id":"c_1","subscription_external_id":"s_1",
            "event_type":"subscription_start_scheduled","event_date":"2022-03-30",
            "effective_date":"2022-04-01","amount_in_cents":"1000"}"#,
        )
        .unwrap();
        event.check().unwrap();
        assert!(serde_json::to_string(&event)
            .unwrap()
            .ends_with(r#""amount_in_cents":1000}"#));
        let blank = NewSubscriptionEvent {
            event_date: "".into(),
            ..event
        };
        assert!(blank
            .check()
            .unwrap_err()
            .to_string()
            .contains("event_date"));
    }
}
