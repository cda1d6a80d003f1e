//! The Data Source resource: its record types and shapes as ChartMogul sends
//! them (`record`), and the queries, input and requests of its calls (`requests`).

mod record;
mod requests;

pub use record::{
    AutoChurnSubscriptionSetting, DataSourceList, DataSourceRecord, DataSourceStatus,
    InvoiceHandlingRules, InvoiceHandlingSetting, ProcessingStatus, DATA_SOURCE, DATA_SOURCE_LIST,
};
pub use requests::{
    create_request, destroy_request, list_request, retrieve_request, DataSourceListQuery,
    DataSourceQuery, NewDataSource,
};
