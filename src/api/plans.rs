//! Plans: what a subscription is billed by, in one data source. Their list
//! is cursor-paginated.

use tsify::Tsify;

/// A plan as ChartMogul returns it; only `uuid` must be there.
#[derive(Tsify)]
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
#[derive(Tsify)]
pub struct PlanList {
    pub plans: Vec<PlanRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Plan.all`.
#[derive(Tsify)]
pub struct PlanListQuery {
    /// Only the plans of this data source.
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    /// Only the plans of data sources of this system (`Stripe`, …).
    #[tsify(optional)]
    pub system: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// The input of `Plan.create`.
#[derive(Tsify)]
pub struct NewPlan {
    pub data_source_uuid: String,
    pub name: String,
    pub interval_count: u32,
    #[tsify(type = "IntervalUnit")]
    pub interval_unit: String,
    #[tsify(optional)]
    pub external_id: Option<String>,
}

/// The input of `Plan.modify`: the fields to change.
#[derive(Tsify)]
pub struct PlanChanges {
    /// With `external_id`: the record's id in that data source, changed.
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional)]
    pub name: Option<String>,
    #[tsify(optional)]
    pub interval_count: Option<u32>,
    #[tsify(optional, type = "IntervalUnit")]
    pub interval_unit: Option<String>,
}
