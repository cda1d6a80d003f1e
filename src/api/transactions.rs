//! Transactions: the payments and refunds of an invoice, imported with it
//! or on their own.

use tsify::Tsify;

/// A transaction as ChartMogul returns it. Transactions inside an
/// invoice's answer may come without `uuid`, so nothing is required.
#[derive(Tsify)]
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
    #[tsify(optional, type = "number | null")]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional, type = "string | null")]
    pub transaction_fees_currency: Option<String>,
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
#[derive(Tsify)]
pub struct NewTransaction {
    #[tsify(type = "TransactionType")]
    #[serde(rename = "type")]
    pub kind: String,
    /// `2022-11-10 00:14:23` or ISO 8601.
    pub date: String,
    #[tsify(type = "TransactionResult")]
    pub result: String,
    #[tsify(optional)]
    pub external_id: Option<String>,
    /// A partial payment or refund; the whole invoice when left out.
    #[tsify(optional)]
    pub amount_in_cents: Option<i64>,
    /// What the payment processor kept.
    #[tsify(optional)]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_currency: Option<String>,
}

/// The answer of `Transaction.all`: the transactions with an external id in
/// a data source (one, or none), not paginated.
#[derive(Tsify)]
pub struct TransactionList {
    pub transactions: Vec<TransactionRecord>,
}

/// The input of `Transaction.modify` and `Transaction.update`: the fields to change.
#[derive(Tsify)]
pub struct TransactionChanges {
    #[tsify(optional, type = "TransactionType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(optional)]
    pub date: Option<String>,
    #[tsify(optional, type = "TransactionResult")]
    pub result: Option<String>,
    #[tsify(optional)]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    pub transaction_fees_currency: Option<String>,
}
