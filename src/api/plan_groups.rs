//! Plan groups: named sets of plans. Both lists, the groups and the plans
//! of one group, are cursor-paginated.

use tsify::Tsify;

/// A plan group as ChartMogul returns it; only `uuid` must be there.
#[derive(Tsify)]
pub struct PlanGroupRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub name: Option<String>,
    #[tsify(type = "number")]
    pub plans_count: Option<u32>,
}

/// One page of `PlanGroup.all`, as ChartMogul sent it.
#[derive(Tsify)]
pub struct PlanGroupList {
    pub plan_groups: Vec<PlanGroupRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The input of `PlanGroup.create`: its name and the uuids of its plans.
#[derive(Tsify)]
pub struct NewPlanGroup {
    pub name: String,
    pub plans: Vec<String>,
}

/// The input of `PlanGroup.modify`: a new name, or the plans it holds from now on.
#[derive(Tsify)]
pub struct PlanGroupChanges {
    #[tsify(optional)]
    pub name: Option<String>,
    #[tsify(optional)]
    pub plans: Option<Vec<String>>,
}
