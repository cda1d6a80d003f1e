//! Opportunities: the deals of a customer in a sales pipeline
//! (`Customer.opportunities`, `Customer.createOpportunity`, and the
//! `Opportunity` calls). Their list is cursor-paginated.

use std::collections::BTreeMap;

use serde_json::Value;

use tsify::Tsify;

/// An opportunity as ChartMogul returns it; only `uuid` must be there.
#[derive(Tsify)]
pub struct OpportunityRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub customer_uuid: Option<String>,
    /// The email of the ChartMogul user who owns it.
    #[tsify(type = "string")]
    pub owner: Option<String>,
    #[tsify(type = "string")]
    pub pipeline: Option<String>,
    #[tsify(type = "string")]
    pub pipeline_stage: Option<String>,
    /// `2023-12-22`.
    #[tsify(type = "string")]
    pub estimated_close_date: Option<String>,
    #[tsify(type = "string")]
    pub currency: Option<String>,
    #[tsify(type = "number")]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional, type = "OpportunityType | null")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional, type = "ForecastCategory | null")]
    pub forecast_category: Option<String>,
    /// 0–100.
    #[tsify(optional, type = "number | null")]
    pub win_likelihood: Option<u32>,
    /// The custom fields by key: `{ from_campaign: true }`.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub custom: Option<BTreeMap<String, Value>>,
    #[tsify(type = "string")]
    pub created_at: Option<String>,
    #[tsify(type = "string")]
    pub updated_at: Option<String>,
}

/// `recurring` or `one-time`.
#[derive(Tsify)]
#[tsify(type = "\"recurring\" | \"one-time\" | (string & {})")]
pub struct OpportunityType(pub String);

/// `pipeline`, `best_case`, `committed` or `omitted`.
#[derive(Tsify)]
#[tsify(type = "\"pipeline\" | \"best_case\" | \"committed\" | \"omitted\" | (string & {})")]
pub struct ForecastCategory(pub String);

/// One page of a customer's opportunities, as ChartMogul sent it.
#[derive(Tsify)]
pub struct OpportunityList {
    pub entries: Vec<OpportunityRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Opportunity.all`, and of
/// `Customer.opportunities` less `customer_uuid` (there the argument).
#[derive(Tsify)]
pub struct OpportunityListQuery {
    /// Only the opportunities of this customer.
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    /// Only those of this owner (an email).
    #[tsify(optional)]
    pub owner: Option<String>,
    #[tsify(optional)]
    pub pipeline: Option<String>,
    #[tsify(optional)]
    pub pipeline_stage: Option<String>,
    /// Only those estimated to close on or after this date (ISO 8601).
    #[tsify(optional)]
    pub estimated_close_date_on_or_after: Option<String>,
    #[tsify(optional)]
    pub estimated_close_date_on_or_before: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// An opportunity to add to a customer.
#[derive(Tsify)]
pub struct NewOpportunity {
    pub customer_uuid: String,
    /// The email of a ChartMogul user with a CRM seat.
    pub owner: String,
    pub pipeline: String,
    pub pipeline_stage: String,
    /// `2023-12-22`.
    pub estimated_close_date: String,
    /// `USD`.
    pub currency: String,
    pub amount_in_cents: i64,
    #[tsify(optional, type = "OpportunityType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional, type = "ForecastCategory")]
    pub forecast_category: Option<String>,
    /// 0–100.
    #[tsify(optional)]
    pub win_likelihood: Option<u32>,
    #[tsify(optional)]
    pub custom: Option<Vec<CustomField>>,
}

/// One custom field of an opportunity: `{ key: "from_campaign", value: true }`.
#[derive(Tsify)]
pub struct CustomField {
    pub key: String,
    #[tsify(type = "string | number | boolean | null")]
    pub value: serde_json::Value,
}

/// The input of `Opportunity.patch`: the fields to change. A field given
/// must not be blank where a new opportunity's must not.
#[derive(Tsify)]
pub struct OpportunityChanges {
    #[tsify(optional)]
    pub owner: Option<String>,
    #[tsify(optional)]
    pub pipeline: Option<String>,
    #[tsify(optional)]
    pub pipeline_stage: Option<String>,
    #[tsify(optional)]
    pub estimated_close_date: Option<String>,
    #[tsify(optional)]
    pub currency: Option<String>,
    #[tsify(optional)]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional, type = "OpportunityType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional, type = "ForecastCategory")]
    pub forecast_category: Option<String>,
    /// 0–100.
    #[tsify(optional)]
    pub win_likelihood: Option<u32>,
    #[tsify(optional)]
    pub custom: Option<Vec<CustomField>>,
}
