//! Opportunities: the deals of a customer in a sales pipeline
//! (`Customer.opportunities`, `Customer.createOpportunity`, and the
//! `Opportunity` calls). Their list is cursor-paginated.

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_aux::serde_introspection::serde_introspect;
use tsify::Tsify;

use super::paging::per_page;
use super::schema::{Checked, Nested};
use crate::core::error::Error;
use crate::core::request::non_blank;

/// An opportunity as ChartMogul returns it; only `uuid` must be there.
#[derive(Debug, Deserialize, Tsify)]
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
    pub custom: Option<BTreeMap<String, IgnoredAny>>,
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
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct OpportunityListQuery {
    /// Only the opportunities of this customer.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    /// Only those of this owner (an email).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline_stage: Option<String>,
    /// Only those estimated to close on or after this date (ISO 8601).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_close_date_on_or_after: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_close_date_on_or_before: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for OpportunityListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// An opportunity to add to a customer.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
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
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[tsify(optional, type = "ForecastCategory")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forecast_category: Option<String>,
    /// 0–100.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub win_likelihood: Option<u32>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<Vec<CustomField>>,
}

/// One custom field of an opportunity: `{ key: "from_campaign", value: true }`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomField {
    pub key: String,
    #[tsify(type = "string | number | boolean | null")]
    pub value: serde_json::Value,
}

impl Checked for NewOpportunity {
    fn check(&self) -> Result<(), Error> {
        non_blank("customer_uuid", &self.customer_uuid)?;
        non_blank("owner", &self.owner)?;
        non_blank("pipeline", &self.pipeline)?;
        non_blank("pipeline_stage", &self.pipeline_stage)?;
        non_blank("estimated_close_date", &self.estimated_close_date)?;
        non_blank("currency", &self.currency)?;
        likelihood_and_keys(self.win_likelihood, &self.custom)
    }

    const NESTED: &'static [Nested] = CUSTOM_FIELDS;
}

/// `custom[]`'s objects: a typo in one (`{ kee: ... }`) is refused.
const CUSTOM_FIELDS: &[Nested] = &[Nested {
    key: "custom",
    fields: serde_introspect::<CustomField>,
    nested: &[],
}];

/// What a new opportunity and its changes share: a likelihood 0–100, and
/// custom fields with keys.
fn likelihood_and_keys(
    win_likelihood: Option<u32>,
    custom: &Option<Vec<CustomField>>,
) -> Result<(), Error> {
    match win_likelihood {
        Some(n) if n > 100 => Err(Error::Configuration(format!(
            "win_likelihood must be from 0 to 100, not {n}"
        ))),
        _ => custom
            .iter()
            .flatten()
            .try_for_each(|field| non_blank("custom[].key", &field.key)),
    }
}

/// The input of `Opportunity.patch`: the fields to change. A field given
/// must not be blank where a new opportunity's must not.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct OpportunityChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline_stage: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_close_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional, type = "OpportunityType")]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[tsify(optional, type = "ForecastCategory")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forecast_category: Option<String>,
    /// 0–100.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub win_likelihood: Option<u32>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<Vec<CustomField>>,
}

impl Checked for OpportunityChanges {
    fn check(&self) -> Result<(), Error> {
        let words = [
            ("owner", &self.owner),
            ("pipeline", &self.pipeline),
            ("pipeline_stage", &self.pipeline_stage),
            ("estimated_close_date", &self.estimated_close_date),
            ("currency", &self.currency),
        ];
        for (name, value) in words {
            value.as_deref().map_or(Ok(()), |v| non_blank(name, v))?;
        }
        likelihood_and_keys(self.win_likelihood, &self.custom)
    }

    const NESTED: &'static [Nested] = CUSTOM_FIELDS;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    #[test]
    fn chartmogul_nodes_recorded_opportunity_reads_its_custom_fields_loosely() {
        // test/chartmogul/customer.js, "creates a new opportunity from a customer".
        let json = r#"{"uuid":"00000000-0000-0000-0000-000000000000","customer_uuid":"cus_00000000-0000-0000-0000-000000000000","owner":"test1@example.org","pipeline":"New business 1","pipeline_stage":"Discovery","estimated_close_date":"2023-12-22","currency":"USD","amount_in_cents":100,"type":"recurring","forecast_category":"pipeline","win_likelihood":3,"custom":{"from_campaign":true},"created_at":"2024-03-13T07:33:28.356Z","updated_at":"2024-03-13T07:33:28.356Z"}"#;
        let record: OpportunityRecord =
            read(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(record.amount_in_cents, Some(100));
        assert_eq!(record.win_likelihood, Some(3));
        assert!(record.custom.unwrap().contains_key("from_campaign"));
        let bad = r#"{"uuid":"o_1","custom":[1]}"#;
        let misfit = read::<OpportunityRecord, _>(&mut serde_json::Deserializer::from_str(bad));
        assert!(misfit
            .unwrap_err()
            .to_string()
            .starts_with("field `custom`"));
    }

    fn deal() -> NewOpportunity {
        NewOpportunity {
            customer_uuid: "cus_1".into(),
            owner: "owner@example.com".into(),
            pipeline: "New Business".into(),
            pipeline_stage: "Discovery".into(),
            estimated_close_date: "2023-12-22".into(),
            currency: "USD".into(),
            amount_in_cents: 100,
            kind: None,
            forecast_category: None,
            win_likelihood: None,
            custom: Some(vec![CustomField {
                key: "from_campaign".into(),
                value: true.into(),
            }]),
        }
    }

    #[test]
    fn a_new_opportunity_is_sent_with_its_custom_fields_as_a_list() {
        let sent = serde_json::to_string(&deal()).unwrap();
        assert!(sent.ends_with(
            r#""amount_in_cents":100,"custom":[{"key":"from_campaign","value":true}]}"#
        ));
        assert_eq!(deal().check(), Ok(()));
    }

    #[test]
    fn a_new_opportunity_needs_words_where_chartmogul_does() {
        let blank_stage = NewOpportunity {
            pipeline_stage: "".into(),
            ..deal()
        };
        assert!(blank_stage
            .check()
            .unwrap_err()
            .to_string()
            .contains("pipeline_stage"));
        let sure = NewOpportunity {
            win_likelihood: Some(101),
            ..deal()
        };
        assert!(sure
            .check()
            .unwrap_err()
            .to_string()
            .contains("win_likelihood"));
        let keyless = NewOpportunity {
            custom: Some(vec![CustomField {
                key: " ".into(),
                value: 1.into(),
            }]),
            ..deal()
        };
        assert!(keyless
            .check()
            .unwrap_err()
            .to_string()
            .contains("custom[].key"));
    }

    #[test]
    fn opportunity_changes_check_what_they_give() {
        assert_eq!(OpportunityChanges::default().check(), Ok(()));
        let blank = OpportunityChanges {
            currency: Some("".into()),
            ..Default::default()
        };
        assert!(blank.check().unwrap_err().to_string().contains("currency"));
        let sure = OpportunityChanges {
            win_likelihood: Some(200),
            ..Default::default()
        };
        assert!(sure
            .check()
            .unwrap_err()
            .to_string()
            .contains("win_likelihood"));
    }
}
