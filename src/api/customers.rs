//! Customers: the people and companies ChartMogul reports on, across data
//! sources. Their list and their search by email are cursor-paginated;
//! merging, unmerging and (dis)connecting subscriptions answer nothing.

use serde_json::Value;
use tsify::Tsify;

/// A customer as ChartMogul returns it; only `uuid` must be there. Some
/// field names have hyphens, as ChartMogul spells them.
#[derive(Tsify)]
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
    pub address: Option<Value>,
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
#[derive(Tsify)]
pub struct CustomerAttributes {
    #[tsify(optional)]
    pub tags: Option<Vec<String>>,
    /// Custom attributes by key: `{ CAC: 213, pro: false }`.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub custom: Option<Value>,
    #[tsify(optional, type = "Record<string, unknown>")]
    pub stripe: Option<Value>,
    #[tsify(optional, type = "Record<string, unknown>")]
    pub clearbit: Option<Value>,
}

/// One page of `Customer.all` or `Customer.search`, as ChartMogul sent it.
#[derive(Tsify)]
pub struct CustomerList {
    pub entries: Vec<CustomerRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Customer.all`.
#[derive(Tsify)]
pub struct CustomerListQuery {
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    /// `Lead`, `Active`, `Past Due`, `Cancelled`.
    #[tsify(optional)]
    pub status: Option<String>,
    /// Only the customers of data sources of this system (`Stripe`, …).
    #[tsify(optional)]
    pub system: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// `Customer.search`'s query: the email, and paging.
#[derive(Tsify)]
pub struct CustomerSearchQuery {
    pub email: String,
    #[tsify(optional)]
    pub cursor: Option<String>,
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// The input of `Customer.create`. `attributes` and `primary_contact` are
/// sent as given.
#[derive(Tsify)]
pub struct NewCustomer {
    pub data_source_uuid: String,
    /// The customer's id in your billing system, unique in the data source.
    pub external_id: String,
    #[tsify(optional)]
    pub name: Option<String>,
    #[tsify(optional)]
    pub email: Option<String>,
    #[tsify(optional)]
    pub company: Option<String>,
    /// ISO 3166-1 alpha-2: `US`.
    #[tsify(optional)]
    pub country: Option<String>,
    /// ISO 3166-2 for the US: `US-NY`.
    #[tsify(optional)]
    pub state: Option<String>,
    #[tsify(optional)]
    pub city: Option<String>,
    #[tsify(optional)]
    pub zip: Option<String>,
    /// A past time: `2022-10-14 00:00:00`.
    #[tsify(optional)]
    pub lead_created_at: Option<String>,
    #[tsify(optional)]
    pub free_trial_started_at: Option<String>,
    /// The email of a ChartMogul user.
    #[tsify(optional)]
    pub owner: Option<String>,
    #[tsify(optional)]
    pub website_url: Option<String>,
    #[tsify(
        optional,
        type = "{ tags?: string[]; custom?: { type: string; key: string; value: unknown; source?: string }[] }"
    )]
    pub attributes: Option<Value>,
    #[tsify(optional, type = "PrimaryContact")]
    pub primary_contact: Option<Value>,
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
#[derive(Tsify)]
pub struct CustomerChanges {
    /// With `external_id`: the record's id in that data source, changed.
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub name: Option<String>,
    #[tsify(optional)]
    pub email: Option<String>,
    #[tsify(optional)]
    pub company: Option<String>,
    #[tsify(optional)]
    pub country: Option<String>,
    #[tsify(optional)]
    pub state: Option<String>,
    #[tsify(optional)]
    pub city: Option<String>,
    #[tsify(optional)]
    pub zip: Option<String>,
    #[tsify(optional)]
    pub lead_created_at: Option<String>,
    #[tsify(optional)]
    pub free_trial_started_at: Option<String>,
    #[tsify(optional)]
    pub owner: Option<String>,
    #[tsify(optional)]
    pub website_url: Option<String>,
    /// Here `custom` is by key: `{ CAC: 25, channel: { value: "Twitter", source: "x" } }`.
    #[tsify(
        optional,
        type = "{ tags?: string[]; custom?: Record<string, unknown> }"
    )]
    pub attributes: Option<Value>,
    #[tsify(optional, type = "PrimaryContact")]
    pub primary_contact: Option<Value>,
}

/// One customer of a merge: by its uuid, or by data source and external id.
#[derive(Tsify)]
pub struct CustomerRef {
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
}

/// The input of `Customer.merge`: `from` is merged into `into`, and is gone.
#[derive(Tsify)]
pub struct CustomerMerge {
    pub from: CustomerRef,
    pub into: CustomerRef,
    /// Move `from`'s tasks, opportunities and notes to `into` too.
    #[tsify(optional)]
    pub move_to_new_customer: Option<bool>,
}

/// The input of `Customer.unmerge`: the data source customer (`data_source_uuid`,
/// `external_id`) to take out of `customer_uuid` into a customer of its own.
#[derive(Tsify)]
pub struct CustomerUnmerge {
    pub customer_uuid: String,
    pub data_source_uuid: String,
    pub external_id: String,
    /// What moves to the new customer: `tasks`, `opportunities`, `notes`.
    #[tsify(optional)]
    pub move_to_new_customer: Option<Vec<String>>,
}

/// The input of `Customer.connectSubscriptions` and `disconnectSubscriptions`.
#[derive(Tsify)]
pub struct SubscriptionRefs {
    pub subscriptions: Vec<SubscriptionRef>,
}

/// A subscription by its data source and its `uuid` or `external_id`.
#[derive(Tsify)]
pub struct SubscriptionRef {
    pub data_source_uuid: String,
    #[tsify(optional)]
    pub uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
}
