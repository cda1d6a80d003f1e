//! chartmogul-wasm: a ChartMogul API client compiled to WebAssembly.
//!
//! The face (`js_*` modules) holds the `#[wasm_bindgen]` exports: each checks
//! its JS arguments, calls the plain-Rust core and turns a core `Error` into
//! the matching JS error class. The core (`config`, `api_base`, `request`,
//! `decode`, `server_message`, `error`, `data_source`) is ordinary Rust with
//! native tests, as are the policies `retry` and `limiter`; `transport` is
//! the only place that calls `fetch`, and `client` is the request loop every
//! call shares (`abort` lets a caller's AbortSignal cut it short, `timeout`
//! gives each attempt its time, `awaited` awaits JS promises).

mod abort;
mod api_base;
mod awaited;
mod client;
mod config;
mod data_source;
mod error;
mod fields;
mod js_args;
mod js_config;
mod js_data_source;
mod js_error;
mod limiter;
mod request;
mod retry;
mod server_message;
mod shape;
mod timeout;
mod transport;
mod tree;
#[cfg(test)]
mod ts_decl;

/// talc instead of dlmalloc: the same job in fewer bytes of download.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use data_source::{
    AutoChurnSubscriptionSetting, DataSourceList, DataSourceListQuery, DataSourceQuery,
    DataSourceRecord, DataSourceStatus, InvoiceHandlingRules, InvoiceHandlingSetting,
    NewDataSource, ProcessingStatus,
};
pub use js_config::{Config, ConfigOptions};
pub use js_data_source::{DataSource, RequestOptions};
/// Installed by each package entry; public for the wasm-bindgen tests too.
pub use js_error::set_error_factory;
