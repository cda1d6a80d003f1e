//! The API's health check, which also proves the key works.

use serde::Deserialize;
use tsify::Tsify;

/// What `Ping.ping` resolves with: `{ data: "pong!" }`.
#[derive(Debug, Deserialize, Tsify)]
pub struct PingAnswer {
    #[tsify(type = "string")]
    pub data: Option<String>,
}
