//! Plans: what a subscription is billed by, in one data source. Their list
//! is cursor-paginated.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::paging::per_page;
use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A plan as ChartMogul returns it; only `uuid` must be there.
#[derive(Debug, Deserialize, Tsify)]
pub struct PlanRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub data_source_uuid: Option<String>,
    #[tsify(type = "string")]
    pub name: Option<String>,
    /// With `interval_unit`, how often the plan bills: every 3 months.
    #[tsify(type = "number")]
    pub interval_count: Option<u32>,
    #[tsify(type = "IntervalUnit")]
    pub interval_unit: Option<String>,
    /// The plan's id in your billing system.
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
}

/// `day`, `month` or `year`; a unit ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(type = "\"day\" | \"month\" | \"year\" | (string & {})")]
pub struct IntervalUnit(pub String);

/// One page of `Plan.all`, as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct PlanList {
    pub plans: Vec<PlanRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Plan.all`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct PlanListQuery {
    /// Only the plans of this data source.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Only the plans of data sources of this system (`Stripe`, …).
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

impl Checked for PlanListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// The input of `Plan.create`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewPlan {
    pub data_source_uuid: String,
    pub name: String,
    pub interval_count: u32,
    #[tsify(type = "IntervalUnit")]
    pub interval_unit: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Checked for NewPlan {
    fn check(&self) -> Result<(), Error> {
        non_blank("data_source_uuid", &self.data_source_uuid)?;
        non_blank("name", &self.name)?;
        non_blank("interval_unit", &self.interval_unit)
    }
}

/// The input of `Plan.modify`: the fields to change.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct PlanChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_count: Option<u32>,
    #[tsify(optional, type = "IntervalUnit")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_unit: Option<String>,
}

impl Checked for PlanChanges {
    fn check(&self) -> Result<(), Error> {
        match &self.name {
            Some(name) => non_blank("name", name),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    fn list(json: &str) -> Result<PlanList, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_page_reads_and_a_wrong_field_is_named() {
        let page = list(r#"{"plans":[],"cursor":"cursor==","has_more":false}"#).unwrap();
        assert_eq!(page.cursor.as_deref(), Some("cursor=="));
        let plan = r#"{"uuid":"pl_1","name":"Bronze Plan","interval_count":1,"interval_unit":"month","external_id":"plan_0001"}"#;
        assert_eq!(
            list(&format!(r#"{{"plans":[{plan}]}}"#)).unwrap().plans[0].uuid,
            "pl_1"
        );
        let bad = list(r#"{"plans":[{"uuid":"pl_1"},{"uuid":"pl_2","interval_count":"one"}]}"#);
        assert!(bad
            .unwrap_err()
            .starts_with("field `plans[1].interval_count`: invalid type"));
    }

    #[test]
    fn the_query_is_form_encoded_and_per_page_is_bounded() {
        let query = PlanListQuery {
            cursor: Some("a+b==".into()),
            per_page: Some(50),
            ..Default::default()
        };
        assert_eq!(
            encode_query(&query).unwrap(),
            "cursor=a%2Bb%3D%3D&per_page=50"
        );
        for bad in [0, 201] {
            let query = PlanListQuery {
                per_page: Some(bad),
                ..Default::default()
            };
            assert!(query.check().unwrap_err().to_string().contains("per_page"));
        }
    }

    #[test]
    fn a_new_plan_needs_words_where_chartmogul_does() {
        let plan = NewPlan {
            data_source_uuid: "ds_1".into(),
            name: " ".into(),
            interval_count: 1,
            interval_unit: "month".into(),
            external_id: None,
        };
        assert!(plan.check().unwrap_err().to_string().contains("name"));
    }
}
