//! chartmogul-wasm: a ChartMogul API client compiled to WebAssembly.
//!
//! - `core`: plain Rust with native tests: settings, requests, the retry
//!   policy, the connection limiter, reading typed values, the error enum.
//! - `api`: ChartMogul's API as data: the endpoint table (`api::ENDPOINTS`)
//!   and a module of serde + tsify types per resource.
//! - `wasm`: the face JS calls (one generic call over the table), the
//!   request loop, the fetch exchange (gloo-net), timeouts and aborts.

pub mod api;
pub mod core;
pub mod wasm;

pub use wasm::{set_error_factory, Config};
