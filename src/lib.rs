//! chartmogul-wasm: a ChartMogul API client compiled to WebAssembly.
//!
//! - `core`: plain Rust with native tests: settings, requests and their
//!   query strings, the retry policy, the connection limiter, the error enum.
//! - `api`: ChartMogul's API as data: the endpoint table (`api::ENDPOINTS`)
//!   and a module of tsify types per resource (TypeScript's, checked by no
//!   one at run time: ChartMogul is the authority on its data).
//! - `wasm`: the face JS calls (one generic call over the table), the
//!   request loop, the fetch exchange (gloo-net), timeouts and aborts.

pub mod api;
pub mod core;
pub mod wasm;

pub use wasm::{set_error_factory, Config};
