//! Plain Rust, tested natively: settings, requests and their query strings,
//! the retry policy, the connection limiter, the requests-a-second pacer,
//! reading this package's own options and the error enum.

pub mod api_base;
pub mod config;
pub mod decode;
pub mod error;
pub mod limiter;
pub mod pacer;
pub mod query;
pub mod request;
pub mod retry;
pub mod server_message;
