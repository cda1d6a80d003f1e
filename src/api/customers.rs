//! Customers: the people and companies ChartMogul reports on, across data
//! sources. Their list and their search by email are cursor-paginated;
//! merging, unmerging and (dis)connecting subscriptions answer nothing.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tsify::Tsify;

use super::loose::AnyObject;
use super::paging::per_page;
use super::schema::{Checked, Nested};
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A customer as ChartMogul returns it; only `uuid` must be there. Some
/// field names have hyphens, as ChartMogul spells them.
#[derive(Debug, Deserialize, Tsify)]
pub struct CustomerRecord {
    pub uuid: String,
    /// ChartMogul's number for the customer.
    #[tsify(type = "number")]
    pub id: Option<u64>,
    #[tsify(type = "string")]
    pub external_id: Option<String>,
    /// Every external id, after merges.
    #[tsify(type = "string[]")]
    pub external_ids: Option<Vec<String>>,
    #[tsify(type = "string")]
    pub data_source_uuid: Option<String>,
    #[tsify(type = "string[]")]
    pub data_source_uuids: Option<Vec<String>>,
    #[tsify(type = "string")]
    pub name: Option<String>,
    #[tsify(type = "string")]
    pub email: Option<String>,
    #[tsify(type = "string")]
    pub company: Option<String>,
    /// `Lead`, `Active`, `Past Due`, `Cancelled`, …
    #[tsify(type = "string")]
    pub status: Option<String>,
    #[tsify(type = "string | null")]
    pub lead_created_at: Option<String>,
    #[tsify(type = "string | null")]
    pub free_trial_started_at: Option<String>,
    #[serde(rename = "customer-since")]
    #[tsify(type = "string | null")]
    pub customer_since: Option<String>,
    #[tsify(type = "string")]
    pub city: Option<String>,
    #[tsify(type = "string")]
    pub state: Option<String>,
    #[tsify(type = "string")]
    pub country: Option<String>,
    #[tsify(type = "string")]
    pub zip: Option<String>,
    /// `{ address_zip, city, state, country, … }`.
    #[tsify(type = "Record<string, unknown>")]
    pub address: Option<AnyObject>,
    #[tsify(type = "CustomerAttributes")]
    pub attributes: Option<CustomerAttributes>,
    /// In cents of `currency`.
    #[tsify(type = "number")]
    pub mrr: Option<f64>,
    #[tsify(type = "number")]
    pub arr: Option<f64>,
    #[serde(rename = "billing-system-type")]
    #[tsify(type = "string")]
    pub billing_system_type: Option<String>,
    #[serde(rename = "billing-system-url")]
    #[tsify(type = "string | null")]
    pub billing_system_url: Option<String>,
    #[serde(rename = "chartmogul-url")]
    #[tsify(type = "string")]
    pub chartmogul_url: Option<String>,
    #[tsify(type = "string")]
    pub currency: Option<String>,
    #[serde(rename = "currency-sign")]
    #[tsify(type = "string")]
    pub currency_sign: Option<String>,
    /// The email of the customer's owner in ChartMogul.
    #[tsify(optional, type = "string | null")]
    pub owner: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub website_url: Option<String>,
}

/// A customer's tags and attributes: on its record, and what
/// `Customer.attributes` answers.
#[derive(Debug, Deserialize, Tsify)]
pub struct CustomerAttributes {
    #[tsify(optional)]
    pub tags: Option<Vec<String>>,
    /// Custom attributes by key: `{ CAC: 213, pro: false }`.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub custom: Option<AnyObject>,
    #[tsify(optional, type = "Record<string, unknown>")]
    pub stripe: Option<AnyObject>,
    #[tsify(optional, type = "Record<string, unknown>")]
    pub clearbit: Option<AnyObject>,
}

/// One page of `Customer.all` or `Customer.search`, as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct CustomerList {
    pub entries: Vec<CustomerRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Customer.all`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerListQuery {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// `Lead`, `Active`, `Past Due`, `Cancelled`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Only the customers of data sources of this system (`Stripe`, …).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for CustomerListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// `Customer.search`'s query: the email, and paging.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerSearchQuery {
    pub email: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for CustomerSearchQuery {
    fn check(&self) -> Result<(), Error> {
        non_blank("email", &self.email)?;
        per_page(self.per_page)
    }
}

/// The input of `Customer.create`. `attributes` and `primary_contact` are
/// sent as given.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewCustomer {
    pub data_source_uuid: String,
    /// The customer's id in your billing system, unique in the data source.
    pub external_id: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// ISO 3166-1 alpha-2: `US`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// ISO 3166-2 for the US: `US-NY`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// A past time: `2022-10-14 00:00:00`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_created_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free_trial_started_at: Option<String>,
    /// The email of a ChartMogul user.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    #[tsify(
        optional,
        type = "{ tags?: string[]; custom?: { type: string; key: string; value: unknown; source?: string }[] }"
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Value>,
    #[tsify(optional, type = "PrimaryContact")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact: Option<Value>,
}

impl Checked for NewCustomer {
    fn check(&self) -> Result<(), Error> {
        non_blank("data_source_uuid", &self.data_source_uuid)?;
        non_blank("external_id", &self.external_id)
    }
}

/// The contact `create` and `modify` may set first on the customer.
#[derive(Tsify)]
#[tsify(
    type = "{ first_name?: string; last_name?: string; email?: string; title?: string; \
                phone?: string; linked_in?: string; twitter?: string; notes?: string }"
)]
pub struct PrimaryContact(pub Value);

/// The input of `Customer.modify`: the fields to change. `attributes`
/// and `primary_contact` are sent as given.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_created_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free_trial_started_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// Here `custom` is by key: `{ CAC: 25, channel: { value: "Twitter", source: "x" } }`.
    #[tsify(
        optional,
        type = "{ tags?: string[]; custom?: Record<string, unknown> }"
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Value>,
    #[tsify(optional, type = "PrimaryContact")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact: Option<Value>,
}

impl Checked for CustomerChanges {}

/// One customer of a merge: by its uuid, or by data source and external id.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerRef {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl CustomerRef {
    /// `role` (`from`, `into`) names it in the message.
    fn check(&self, role: &str) -> Result<(), Error> {
        match (
            &self.customer_uuid,
            &self.data_source_uuid,
            &self.external_id,
        ) {
            (Some(uuid), _, _) => non_blank(&format!("{role}.customer_uuid"), uuid),
            (None, Some(ds), Some(id)) => {
                non_blank(&format!("{role}.data_source_uuid"), ds)?;
                non_blank(&format!("{role}.external_id"), id)
            }
            _ => Err(Error::Configuration(format!(
                "{role} needs customer_uuid, or data_source_uuid and external_id"
            ))),
        }
    }
}

/// The input of `Customer.merge`: `from` is merged into `into`, and is gone.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerMerge {
    pub from: CustomerRef,
    pub into: CustomerRef,
    /// Move `from`'s tasks, opportunities and notes to `into` too.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub move_to_new_customer: Option<bool>,
}

impl Checked for CustomerMerge {
    fn check(&self) -> Result<(), Error> {
        self.from.check("from")?;
        self.into.check("into")
    }
}

/// The input of `Customer.unmerge`: the data source customer (`data_source_uuid`,
/// `external_id`) to take out of `customer_uuid` into a customer of its own.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerUnmerge {
    pub customer_uuid: String,
    pub data_source_uuid: String,
    pub external_id: String,
    /// What moves to the new customer: `tasks`, `opportunities`, `notes`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub move_to_new_customer: Option<Vec<String>>,
}

impl Checked for CustomerUnmerge {
    fn check(&self) -> Result<(), Error> {
        non_blank("customer_uuid", &self.customer_uuid)?;
        non_blank("data_source_uuid", &self.data_source_uuid)?;
        non_blank("external_id", &self.external_id)
    }
}

/// The input of `Customer.connectSubscriptions` and `disconnectSubscriptions`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionRefs {
    pub subscriptions: Vec<SubscriptionRef>,
}

/// A subscription by its data source and its `uuid` or `external_id`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionRef {
    pub data_source_uuid: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Checked for SubscriptionRefs {
    // A typo in a subscription (`uiid`) is refused, not dropped.
    const NESTED: &'static [Nested] = &[Nested {
        key: "subscriptions",
        fields: serde_aux::serde_introspection::serde_introspect::<SubscriptionRef>,
        nested: &[],
    }];

    fn check(&self) -> Result<(), Error> {
        if self.subscriptions.is_empty() {
            return Err(Error::Configuration(
                "subscriptions must list at least one subscription".into(),
            ));
        }
        self.subscriptions.iter().try_for_each(|sub| {
            non_blank("subscriptions[].data_source_uuid", &sub.data_source_uuid)?;
            match (&sub.uuid, &sub.external_id) {
                (Some(uuid), _) => non_blank("subscriptions[].uuid", uuid),
                (None, Some(id)) => non_blank("subscriptions[].external_id", id),
                (None, None) => Err(Error::Configuration(
                    "each of subscriptions needs uuid or external_id".into(),
                )),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_answers_read() {
        // chartmogul-node's test/chartmogul/customer.js, "should retrieve a customer".
        let retrieved = r#"{"id":244461,"uuid":"cus_9bf6482d-01e5-4944-957d-5bc730d2cda3","external_id":"cus_0002","name":"Adam Smith","email":"adam@smith.com","status":"Cancelled","customer-since":"2015-11-01T00:00:00+00:00","attributes":{"tags":[]},"address":{"country":"United States","state":null,"city":"New York","address_line1":null,"address_line2":null,"address_zip":""},"mrr":0,"arr":0,"billing-system-url":null,"chartmogul-url":"https://app.chartmogul.com/#customers/244461-Adam_Smith","billing-system-type":"ImportApi","currency":"USD","currency-sign":"$","website_url":"https://chartmogul.com"}"#;
        let customer: CustomerRecord = parse(retrieved).unwrap();
        assert_eq!(customer.id, Some(244461));
        assert_eq!(
            customer.customer_since.as_deref(),
            Some("2015-11-01T00:00:00+00:00")
        );
        assert_eq!(customer.billing_system_type.as_deref(), Some("ImportApi"));
        assert_eq!(customer.attributes.unwrap().tags, Some(vec![]));
        // "should list all customers with pagination" and "should retrieve customer attributes".
        let page = r#"{"entries":[{"uuid":"cus_7e4e5c3d-832c-4fa4-bf77-6fdc8c6e14bc","external_id":"cus_0001","name":"Adam Smith","company":"","email":"adam@smith.com","city":"New York","state":"","country":"US","zip":"","data_source_uuid":"ds_e243129a-12c0-4e29-8f54-07da7905fbd1"}],"cursor":"MjAyMy0wMy0xM1QxMjowMTozMi44MD==","has_more":false}"#;
        assert_eq!(parse::<CustomerList>(page).unwrap().entries.len(), 1);
        let empty = r#"{"entries":[],"has_more":false,"cursor":null}"#;
        assert!(parse::<CustomerList>(empty).unwrap().cursor.is_none());
        let attributes: CustomerAttributes = parse(r#"{"tags":["foo","bar"]}"#).unwrap();
        assert_eq!(attributes.tags.unwrap(), ["foo", "bar"]);
    }

    #[test]
    fn the_documented_record_reads_and_a_wrong_field_is_named() {
        let documented = r#"{"uuid":"cus_1","external_ids":["34916129"],"lead_created_at":null,"attributes":{"tags":["engage"],"custom":{"CAC":213,"pro":false},"stripe":{"uid":7,"coupon":true},"clearbit":{}},"mrr":3000.5,"owner":null}"#;
        assert!(parse::<CustomerRecord>(documented).is_ok());
        let bad = r#"{"entries":[{"uuid":"cus_1"},{"uuid":"cus_2","attributes":{"tags":"vip"}}]}"#;
        let error = parse::<CustomerList>(bad).unwrap_err();
        assert!(
            error.starts_with("field `entries[1].attributes.tags`"),
            "{error}"
        );
        let error = parse::<CustomerRecord>(r#"{"uuid":"cus_1","address":"Main St"}"#).unwrap_err();
        assert!(
            error.starts_with("field `address`: invalid type"),
            "{error}"
        );
    }

    #[test]
    fn queries_are_form_encoded_and_search_needs_an_email() {
        let query = CustomerListQuery {
            status: Some("Past Due".into()),
            per_page: Some(2),
            ..Default::default()
        };
        assert_eq!(encode_query(&query).unwrap(), "status=Past+Due&per_page=2");
        let search = CustomerSearchQuery {
            email: "adam+1@smith.com".into(),
            ..Default::default()
        };
        assert_eq!(encode_query(&search).unwrap(), "email=adam%2B1%40smith.com");
        let blank = CustomerSearchQuery::default();
        assert!(blank.check().unwrap_err().to_string().contains("email"));
        let too_many = CustomerListQuery {
            per_page: Some(201),
            ..Default::default()
        };
        assert!(too_many.check().is_err());
    }

    #[test]
    fn a_new_customer_needs_its_data_source_and_external_id() {
        let customer: NewCustomer = serde_json::from_str(
            r#"{"data_source_uuid":"ds_1","external_id":"  ","attributes":{"tags":["a"],"custom":[{"type":"Integer","key":"age","value":18}]}}"#,
        )
        .unwrap();
        assert!(customer
            .check()
            .unwrap_err()
            .to_string()
            .contains("external_id"));
        let sent = serde_json::to_string(&NewCustomer {
            external_id: "cus_1".into(),
            ..customer
        })
        .unwrap();
        // Sent as given (serde_json's Value orders the keys).
        assert_eq!(
            sent,
            r#"{"data_source_uuid":"ds_1","external_id":"cus_1","attributes":{"custom":[{"key":"age","type":"Integer","value":18}],"tags":["a"]}}"#
        );
    }

    #[test]
    fn a_merge_names_each_customer_one_way_or_the_other() {
        let merge = |json: &str| serde_json::from_str::<CustomerMerge>(json).unwrap().check();
        assert!(merge(r#"{"from":{"customer_uuid":"cus_1"},"into":{"data_source_uuid":"ds_1","external_id":"x"}}"#).is_ok());
        let error =
            merge(r#"{"from":{"customer_uuid":"cus_1"},"into":{"external_id":"x"}}"#).unwrap_err();
        assert!(
            error.to_string().starts_with("into needs customer_uuid"),
            "{error}"
        );
        let error =
            merge(r#"{"from":{"customer_uuid":""},"into":{"customer_uuid":"cus_2"}}"#).unwrap_err();
        assert!(error.to_string().contains("from.customer_uuid"), "{error}");
    }

    #[test]
    fn unmerge_and_subscription_links_take_chartmogul_nodes_bodies() {
        let unmerge: CustomerUnmerge = serde_json::from_str(
            r#"{"customer_uuid":"cus_cd9e5f29-6299-40e5-b343-0bd1ed228b4f","data_source_uuid":"ds_788ec6ae-dd51-11ee-bd46-a3ec952dc041","external_id":"cus_O075O8NH0LrtG8","move_to_new_customer":[]}"#,
        )
        .unwrap();
        assert!(unmerge.check().is_ok());
        let links = |json: &str| {
            serde_json::from_str::<SubscriptionRefs>(json)
                .unwrap()
                .check()
        };
        assert!(links(r#"{"subscriptions":[{"data_source_uuid":"ds_1","external_id":"d1c0"},{"data_source_uuid":"ds_1","uuid":"sub_1"}]}"#).is_ok());
        assert!(links(r#"{"subscriptions":[]}"#).is_err());
        let error = links(r#"{"subscriptions":[{"data_source_uuid":"ds_1"}]}"#).unwrap_err();
        assert!(error.to_string().contains("uuid or external_id"), "{error}");
    }
}
