//! What every cursor-paginated list shares: the query of a list that takes
//! no filters. (A list with filters repeats `cursor` and `per_page` in its
//! own query type, so its TypeScript interface lists them.)

use tsify::Tsify;

/// A cursor list's paging, for lists without filters.
#[derive(Tsify)]
pub struct PageQuery {
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    pub per_page: Option<u32>,
}
