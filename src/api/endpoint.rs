//! What one entry of the endpoint table says: the JS name, the HTTP verb and
//! path, what the call takes and what it answers, and whether a failed
//! attempt may be sent again. Everything else (the wasm face, the JS
//! classes, the .d.ts, the CLI, the local server's routes) reads this.

use serde::Serialize;

use super::schema::{Input, Output};
use crate::core::request::{path_params, Verb};

/// Which failed attempts may be sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Retry {
    /// Sending it twice does no more than once (GET, PATCH, PUT, DELETE):
    /// any retryable failure is retried.
    Always,
    /// It may have been carried out (a POST that creates): retried only
    /// where it surely was not (a 429, ChartMogul's 503, a refused connection).
    IfNotSent,
}

impl Retry {
    pub fn is_idempotent(self) -> bool {
        self == Retry::Always
    }
}

pub struct Endpoint {
    /// The class and method as chartmogul-node spells them: `DataSource.retrieve`.
    pub class: &'static str,
    pub method: &'static str,
    pub verb: Verb,
    /// The path with its parameters in braces: `/v1/data_sources/{uuid}`;
    /// each is a string argument of the JS method, in this order.
    pub path: &'static str,
    /// A query or a body, taken after the string arguments (the path
    /// parameters, and the input's own, if it has one), or nothing.
    pub input: Input,
    pub output: Output,
    pub retry: Retry,
    /// One line for the README, `--help` and the .d.ts.
    pub summary: &'static str,
}

impl Endpoint {
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        path_params(self.path)
    }

    /// The JS method's leading string arguments: the path's parameters,
    /// and the input's (`customer_uuid` sent in the body) after them, or
    /// before them where it leads (`data_source_uuid`, as chartmogul-node's
    /// `connectSubscriptions(config, dataSourceUuid, customerUuid, data)`).
    pub fn params(&self) -> impl Iterator<Item = &'static str> {
        let (before, after) = match self.input.param_leads() {
            true => (self.input.param(), None),
            false => (None, self.input.param()),
        };
        before.into_iter().chain(self.path_params()).chain(after)
    }
}
