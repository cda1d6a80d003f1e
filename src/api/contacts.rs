//! Contacts: the people of a customer (`Customer.contacts`,
//! `Customer.createContact`), and the `Contact` calls on any customer's.
//! Their lists are cursor-paginated.

use serde_json::Value;
use tsify::Tsify;

/// A contact as ChartMogul returns it; only `uuid` must be there.
#[derive(Tsify)]
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
    pub custom: Option<Value>,
}

/// One page of `Customer.contacts` or `Contact.all`, as ChartMogul sent it.
#[derive(Tsify)]
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
#[derive(Tsify)]
pub struct NewContact {
    pub data_source_uuid: String,
    #[tsify(optional)]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    pub first_name: Option<String>,
    #[tsify(optional)]
    pub last_name: Option<String>,
    #[tsify(optional)]
    pub position: Option<u32>,
    #[tsify(optional)]
    pub title: Option<String>,
    #[tsify(optional)]
    pub email: Option<String>,
    #[tsify(optional)]
    pub phone: Option<String>,
    #[tsify(optional)]
    pub linked_in: Option<String>,
    #[tsify(optional)]
    pub twitter: Option<String>,
    #[tsify(optional)]
    pub notes: Option<String>,
    /// Custom fields as a list: `[{ key: "date_of_birth", value: "1985-01-22" }]`
    /// (sent as given; the answer has them by key).
    #[tsify(optional, type = "{ key: string; value: unknown }[]")]
    pub custom: Option<Value>,
}

/// The input of `Contact.create`: `Customer.createContact`'s, with the
/// customer named in the body. (Not `NewContact` with an optional
/// `customer_uuid`: `Contact.create` needs it, and
/// `Customer.createContact` names the customer in its path.)
#[derive(Tsify)]
pub struct NewContactWithCustomer {
    /// The customer, by uuid or (with `data_source_uuid`) by `customer_external_id`.
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    pub customer_external_id: Option<String>,
    pub data_source_uuid: String,
    /// The customer's external id in that data source.
    #[tsify(optional)]
    pub data_source_customer_external_id: Option<String>,
    /// Your own id of the contact; `null` sent as given.
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub first_name: Option<String>,
    #[tsify(optional)]
    pub last_name: Option<String>,
    #[tsify(optional)]
    pub position: Option<u32>,
    #[tsify(optional)]
    pub title: Option<String>,
    #[tsify(optional)]
    pub email: Option<String>,
    #[tsify(optional)]
    pub phone: Option<String>,
    #[tsify(optional)]
    pub linked_in: Option<String>,
    #[tsify(optional)]
    pub twitter: Option<String>,
    #[tsify(optional)]
    pub notes: Option<String>,
    /// Custom fields as a list: `[{ key: "date_of_birth", value: "1985-01-22" }]`.
    #[tsify(optional, type = "{ key: string; value: unknown }[]")]
    pub custom: Option<Value>,
}

/// The input of `Contact.modify`: the fields to change.
#[derive(Tsify)]
pub struct ContactChanges {
    /// `null` clears it.
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub first_name: Option<String>,
    #[tsify(optional)]
    pub last_name: Option<String>,
    #[tsify(optional)]
    pub position: Option<u32>,
    #[tsify(optional)]
    pub title: Option<String>,
    #[tsify(optional)]
    pub email: Option<String>,
    #[tsify(optional)]
    pub phone: Option<String>,
    #[tsify(optional)]
    pub linked_in: Option<String>,
    #[tsify(optional)]
    pub twitter: Option<String>,
    #[tsify(optional)]
    pub notes: Option<String>,
    /// Custom fields to set, as a list: `[{ key: "Facebook", value: "..." }]`.
    #[tsify(optional, type = "{ key: string; value: unknown }[]")]
    pub custom: Option<Value>,
}

/// The filters and paging of `Contact.all`.
#[derive(Tsify)]
pub struct ContactListQuery {
    /// Only the contacts of this customer.
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    /// Only the contacts of the customer with this external id.
    #[tsify(optional)]
    pub customer_external_id: Option<String>,
    #[tsify(optional)]
    pub email: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    pub per_page: Option<u32>,
}
