//! What every cursor-paginated list shares: its page size's bounds, and the
//! query of a list that takes no filters. (A list with filters repeats
//! `cursor` and `per_page` in its own query type: serde's flatten cannot
//! refuse unknown keys.)

use tsify::Tsify;

/// A cursor list's paging, for lists without filters.
#[derive(Tsify)]
pub struct PageQuery {
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}
