pub mod api_base;
pub mod config;
pub mod data_source;
pub mod decode;
pub mod error;
pub mod request;
pub mod server_message;
