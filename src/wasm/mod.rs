//! The face JS sees (`#[wasm_bindgen]`), and what needs a JS engine: the
//! request loop, the fetch exchange, timeouts and aborts.

pub mod abort;
pub mod client;
pub mod config;
pub mod face;
pub mod input;
pub mod js_error;
pub mod options;
pub mod redact;
pub mod timeout;
pub mod transport;

pub use config::Config;
pub use js_error::set_error_factory;
pub use options::{ConfigOptions, RequestOptions};
