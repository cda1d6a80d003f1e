//! A customer's tags and custom attributes (`Tag`, `CustomAttribute`):
//! added to one customer, or to every customer with an email; changed and
//! taken off one customer. The answers are the customer's attributes
//! (`CustomerAttributes`), or by email the customers changed.

use serde_json::Value;
use tsify::Tsify;

use super::customers::CustomerRecord;

/// The input of `Tag.add(config, customerUuid, data)` and `Tag.remove`.
#[derive(Tsify)]
pub struct TagChanges {
    pub tags: Vec<String>,
}

/// The input of `Tag.add(config, data)`: tags for every customer with `email`.
#[derive(Tsify)]
pub struct TagsByEmail {
    pub email: String,
    pub tags: Vec<String>,
}

/// One custom attribute to add: a key new to the customer, its type and value.
#[derive(Tsify)]
pub struct NewCustomAttribute {
    #[tsify(type = "\"String\" | \"Integer\" | \"Decimal\" | \"Timestamp\" | \"Boolean\"")]
    #[serde(rename = "type")]
    pub kind: String,
    /// Letters, digits and underscores.
    pub key: String,
    /// Of the type: a Timestamp in ISO 8601, a Boolean `true` or `"t"`, …
    #[tsify(type = "unknown")]
    pub value: Value,
    /// Where it comes from (ChartMogul's default `API`).
    #[tsify(optional)]
    pub source: Option<String>,
}

/// The input of `CustomAttribute.add(config, customerUuid, data)`.
#[derive(Tsify)]
pub struct NewCustomAttributes {
    pub custom: Vec<NewCustomAttribute>,
}

/// The input of `CustomAttribute.add(config, data)`: for every customer with `email`.
#[derive(Tsify)]
pub struct CustomAttributesByEmail {
    pub email: String,
    pub custom: Vec<NewCustomAttribute>,
}

/// The input of `CustomAttribute.update`: new values of keys the customer
/// has, `{ pro: true, channel: { value: "Twitter", source: "crm" } }`.
#[derive(Tsify)]
pub struct CustomAttributeChanges {
    #[tsify(type = "Record<string, unknown>")]
    pub custom: Value,
}

/// The input of `CustomAttribute.remove`: the keys to take off.
#[derive(Tsify)]
pub struct CustomAttributeKeys {
    pub custom: Vec<String>,
}

/// What an addition by email answers: the customers with that email, as
/// they are now (not paginated).
#[derive(Tsify)]
pub struct CustomerEntries {
    pub entries: Vec<CustomerRecord>,
}

/// What a subscription's custom-attribute calls answer: all it has now;
/// `remove` adds `message` (`success`, or `noop` when no key had a value).
#[derive(Tsify)]
pub struct SubscriptionAttributes {
    #[tsify(type = "Record<string, unknown>")]
    pub custom: Value,
    #[tsify(optional, type = "\"success\" | \"noop\" | (string & {})")]
    pub message: Option<String>,
}
