//! Plan groups: named sets of plans. Both lists, the groups and the plans
//! of one group, are cursor-paginated.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A plan group as ChartMogul returns it; only `uuid` must be there.
#[derive(Debug, Deserialize, Tsify)]
pub struct PlanGroupRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub name: Option<String>,
    #[tsify(type = "number")]
    pub plans_count: Option<u32>,
}

/// One page of `PlanGroup.all`, as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct PlanGroupList {
    pub plan_groups: Vec<PlanGroupRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The input of `PlanGroup.create`: its name and the uuids of its plans.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewPlanGroup {
    pub name: String,
    pub plans: Vec<String>,
}

impl Checked for NewPlanGroup {
    fn check(&self) -> Result<(), Error> {
        non_blank("name", &self.name)?;
        self.plans
            .iter()
            .try_for_each(|uuid| non_blank("plans[]", uuid))
    }
}

/// The input of `PlanGroup.modify`: a new name, or the plans it holds from now on.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct PlanGroupChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<String>>,
}

impl Checked for PlanGroupChanges {
    fn check(&self) -> Result<(), Error> {
        if let Some(name) = &self.name {
            non_blank("name", name)?;
        }
        self.plans
            .iter()
            .flatten()
            .try_for_each(|uuid| non_blank("plans[]", uuid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    #[test]
    fn chartmogul_nodes_recorded_group_reads() {
        let json = r#"{"name":"Bronze Plan Group","uuid":"plg_1","plans_count":2}"#;
        let group: PlanGroupRecord = read(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(group.plans_count, Some(2));
    }

    #[test]
    fn a_group_needs_a_name_and_no_blank_plan() {
        let group = NewPlanGroup {
            name: "Gold".into(),
            plans: vec!["pl_1".into(), " ".into()],
        };
        assert!(group.check().unwrap_err().to_string().contains("plans[]"));
        let rename = PlanGroupChanges {
            name: Some("".into()),
            plans: None,
        };
        assert!(rename.check().unwrap_err().to_string().contains("name"));
    }
}
