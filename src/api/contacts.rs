//! Contacts: the people of a customer (`Customer.contacts`,
//! `Customer.createContact`), and the `Contact` calls on any customer's.
//! Their lists are cursor-paginated.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tsify::Tsify;

use super::loose::AnyObject;
use super::nullable::nullable;
use super::paging::per_page;
use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A contact as ChartMogul returns it; only `uuid` must be there.
#[derive(Debug, Deserialize, Tsify)]
pub struct ContactRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub customer_uuid: Option<String>,
    #[tsify(type = "string")]
    pub customer_external_id: Option<String>,
    #[tsify(type = "string")]
    pub data_source_uuid: Option<String>,
    /// Your own id of the contact.
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    /// Its place in the customer's profile, from 1.
    #[tsify(type = "number")]
    pub position: Option<u32>,
    #[tsify(type = "string | null")]
    pub first_name: Option<String>,
    #[tsify(type = "string | null")]
    pub last_name: Option<String>,
    #[tsify(type = "string | null")]
    pub title: Option<String>,
    #[tsify(type = "string | null")]
    pub email: Option<String>,
    #[tsify(type = "string | null")]
    pub phone: Option<String>,
    #[tsify(type = "string | null")]
    pub linked_in: Option<String>,
    #[tsify(type = "string | null")]
    pub twitter: Option<String>,
    #[tsify(type = "string | null")]
    pub notes: Option<String>,
    /// The contact's custom fields by key: `{ date_of_birth: "1985-01-22" }`.
    #[tsify(type = "Record<string, unknown>")]
    pub custom: Option<AnyObject>,
}

/// One page of `Customer.contacts` or `Contact.all`, as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct ContactList {
    pub entries: Vec<ContactRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The input of `Customer.createContact`: a contact in one of the
/// customer's data sources.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewContact {
    pub data_source_uuid: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_in: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub twitter: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Custom fields as a list: `[{ key: "date_of_birth", value: "1985-01-22" }]`
    /// (sent as given; the answer has them by key).
    #[tsify(optional, type = "{ key: string; value: unknown }[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<Value>,
}

impl Checked for NewContact {
    fn check(&self) -> Result<(), Error> {
        non_blank("data_source_uuid", &self.data_source_uuid)
    }
}

/// The input of `Contact.create`: `Customer.createContact`'s, with the
/// customer named in the body. (Not `NewContact` with an optional
/// `customer_uuid`: `Contact.create` needs it, and
/// `Customer.createContact` names the customer in its path.)
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewContactWithCustomer {
    pub customer_uuid: String,
    pub data_source_uuid: String,
    /// The customer's external id in that data source.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_customer_external_id: Option<String>,
    /// Your own id of the contact; `null` sent as given.
    #[tsify(optional, type = "string | null")]
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<Option<String>>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_in: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub twitter: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Custom fields as a list: `[{ key: "date_of_birth", value: "1985-01-22" }]`.
    #[tsify(optional, type = "{ key: string; value: unknown }[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<Value>,
}

impl Checked for NewContactWithCustomer {
    fn check(&self) -> Result<(), Error> {
        non_blank("customer_uuid", &self.customer_uuid)?;
        non_blank("data_source_uuid", &self.data_source_uuid)
    }
}

/// The input of `Contact.modify`: the fields to change.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct ContactChanges {
    /// `null` clears it.
    #[tsify(optional, type = "string | null")]
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<Option<String>>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_in: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub twitter: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Custom fields to set, as a list: `[{ key: "Facebook", value: "..." }]`.
    #[tsify(optional, type = "{ key: string; value: unknown }[]")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<Value>,
}

impl Checked for ContactChanges {}

/// The filters and paging of `Contact.all`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct ContactListQuery {
    /// Only the contacts of this customer.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    /// Only the contacts of the customer with this external id.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for ContactListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    #[test]
    fn chartmogul_nodes_recorded_contact_reads_and_custom_must_be_an_object() {
        // chartmogul-node's test/chartmogul/customer.js, "creates a new contact from a customer".
        let recorded = r#"{"uuid":"con_00000000-0000-0000-0000-000000000000","customer_uuid":"cus_00000000-0000-0000-0000-000000000000","data_source_uuid":"ds_00000000-0000-0000-0000-000000000000","customer_external_id":"external_001","first_name":"First name","last_name":"Last name","position":9,"title":"Title","email":"test@example.com","phone":"+1234567890","linked_in":"https://linkedin.com/not_found","twitter":"https://twitter.com/not_found","notes":"Heading\nBody\nFooter","custom":{"MyStringAttribute":"Test","MyIntegerAttribute":123}}"#;
        let contact: ContactRecord =
            read(&mut serde_json::Deserializer::from_str(recorded)).unwrap();
        assert_eq!(contact.position, Some(9));
        assert_eq!(contact.custom, Some(AnyObject));
        let list = r#"{"entries":[{"uuid":"con_1","custom":[{"key":"k","value":1}]}]}"#;
        let error = read::<ContactList, _>(&mut serde_json::Deserializer::from_str(list))
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("field `entries[0].custom`"), "{error}");
    }

    #[test]
    fn a_contact_needs_its_data_source() {
        let contact: NewContact =
            serde_json::from_str(r#"{"data_source_uuid":" ","custom":[{"key":"k","value":1}]}"#)
                .unwrap();
        assert!(contact
            .check()
            .unwrap_err()
            .to_string()
            .contains("data_source_uuid"));
        assert_eq!(
            serde_json::to_string(&NewContact {
                data_source_uuid: "ds_1".into(),
                ..contact
            })
            .unwrap(),
            r#"{"data_source_uuid":"ds_1","custom":[{"key":"k","value":1}]}"#
        );
    }

    #[test]
    fn contact_create_needs_its_customer_and_keeps_a_null_external_id() {
        let json = r#"{"customer_uuid":"","data_source_uuid":"ds_1","external_id":null}"#;
        let contact: NewContactWithCustomer = serde_json::from_str(json).unwrap();
        assert!(contact
            .check()
            .unwrap_err()
            .to_string()
            .contains("customer_uuid"));
        let sent = serde_json::to_string(&NewContactWithCustomer {
            customer_uuid: "cus_1".into(),
            ..contact
        })
        .unwrap();
        assert_eq!(
            sent,
            r#"{"customer_uuid":"cus_1","data_source_uuid":"ds_1","external_id":null}"#
        );
    }

    #[test]
    fn the_contact_list_query_bounds_per_page() {
        let query = ContactListQuery {
            email: Some("a@example.com".into()),
            per_page: Some(0),
            ..Default::default()
        };
        assert!(query.check().unwrap_err().to_string().contains("per_page"));
    }
}
