//! ChartMogul's API as data: the endpoint table and one module of types per resource.

pub mod account;
pub mod attributes;
pub mod contacts;
pub mod customer_notes;
pub mod customers;
pub mod data_sources;
pub mod endpoint;
pub mod external_id;
pub mod invoices;
pub mod json_imports;
pub mod line_items;
pub mod metrics;
pub mod opportunities;
pub mod paging;
pub mod ping;
pub mod plan_groups;
pub mod plans;
pub mod schema;
pub mod subscription_events;
pub mod subscriptions;
pub mod table;
pub mod tasks;
pub mod transactions;

pub use endpoint::{Endpoint, Retry};
pub use schema::{Input, Output};
pub use table::{ENDPOINTS, NAMESPACES};
