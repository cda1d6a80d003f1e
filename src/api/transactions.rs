//! Transactions: the payments and refunds of an invoice, imported with it
//! or on their own.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A transaction as ChartMogul returns it. Transactions inside an
/// invoice's answer may come without `uuid`, so nothing is required.
#[derive(Debug, Deserialize, Tsify)]
pub struct TransactionRecord {
    #[tsify(optional)]
    pub uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "TransactionType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional, type = "string")]
    pub date: Option<String>,
    #[tsify(optional, type = "TransactionResult")]
    pub result: Option<String>,
    #[tsify(optional, type = "number | null")]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional, type = "boolean")]
    pub disabled: Option<bool>,
}

/// `payment` or `refund`.
#[derive(Tsify)]
#[tsify(type = "\"payment\" | \"refund\" | (string & {})")]
pub struct TransactionType(pub String);

/// `successful` or `failed`.
#[derive(Tsify)]
#[tsify(type = "\"successful\" | \"failed\" | (string & {})")]
pub struct TransactionResult(pub String);

/// A transaction to import: with an invoice (`Invoice.create`) or into one
/// (`Transaction.create`).
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewTransaction {
    #[tsify(type = "TransactionType")]
    #[serde(rename = "type")]
    pub kind: String,
    /// `2022-11-10 00:14:23` or ISO 8601.
    pub date: String,
    #[tsify(type = "TransactionResult")]
    pub result: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// A partial payment or refund; the whole invoice when left out.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_in_cents: Option<i64>,
}

impl Checked for NewTransaction {
    fn check(&self) -> Result<(), Error> {
        non_blank("type", &self.kind)?;
        non_blank("date", &self.date)?;
        non_blank("result", &self.result)
    }
}
