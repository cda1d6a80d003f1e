//! The API's health check, which also proves the key works.

use tsify::Tsify;

/// What `Ping.ping` resolves with: `{ data: "pong!" }`.
#[derive(Tsify)]
pub struct PingAnswer {
    #[tsify(type = "string")]
    pub data: Option<String>,
}
