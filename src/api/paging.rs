//! What every cursor-paginated list shares: its page size's bounds, and the
//! query of a list that takes no filters. (A list with filters repeats
//! `cursor` and `per_page` in its own query type: serde's flatten cannot
//! refuse unknown keys.)

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;

/// A cursor list's page size: ChartMogul takes 1 to 200.
pub fn per_page(per_page: Option<u32>) -> Result<(), Error> {
    match per_page {
        Some(n) if !(1..=200).contains(&n) => Err(Error::Configuration(format!(
            "per_page must be from 1 to 200, not {n}"
        ))),
        _ => Ok(()),
    }
}

/// A cursor list's paging, for lists without filters.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
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

impl Checked for PageQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}
