//! ChartMogul's API as data: the endpoint table and one module of types per resource.

pub mod account;
pub mod data_sources;
pub mod endpoint;
pub mod invoices;
pub mod line_items;
pub mod paging;
pub mod ping;
pub mod plan_groups;
pub mod plans;
pub mod schema;
pub mod table;
pub mod transactions;

pub use endpoint::{Endpoint, Retry};
pub use schema::{Input, Output};
pub use table::ENDPOINTS;
