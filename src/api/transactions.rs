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

/// The answer of `Transaction.all`: the transactions with an external id in
/// a data source (one, or none), not paginated.
#[derive(Debug, Deserialize, Tsify)]
pub struct TransactionList {
    pub transactions: Vec<TransactionRecord>,
}

/// The input of `Transaction.modify` and `Transaction.update`: the fields to change.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct TransactionChanges {
    #[tsify(optional, type = "TransactionType")]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[tsify(optional, type = "TransactionResult")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_fees_in_cents: Option<i64>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_fees_currency: Option<String>,
}

impl Checked for TransactionChanges {
    fn check(&self) -> Result<(), Error> {
        let given = [
            ("type", &self.kind),
            ("date", &self.date),
            ("result", &self.result),
        ];
        given
            .into_iter()
            .filter_map(|(name, value)| Some((name, value.as_deref()?)))
            .try_for_each(|(name, value)| non_blank(name, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_transactions_read_and_a_wrong_field_is_named() {
        let recorded = r#"{"uuid":"tr_73b392ce-f141-4d14-97f0-6baf93d8bf68","external_id":null,"type":"refund","date":"2015-12-25T18:10:00.000Z","result":"successful"}"#;
        let transaction: TransactionRecord = from_json(recorded).unwrap();
        assert_eq!(transaction.result.as_deref(), Some("successful"));
        let list: TransactionList =
            from_json(&format!(r#"{{"transactions":[{recorded}]}}"#)).unwrap();
        assert_eq!(list.transactions[0].kind.as_deref(), Some("refund"));
        let bad = from_json::<TransactionList>(r#"{"transactions":[{"disabled":"yes"}]}"#);
        assert!(bad
            .unwrap_err()
            .starts_with("field `transactions[0].disabled`: invalid type"));
    }

    #[test]
    fn a_change_needs_words_where_given() {
        let changes: TransactionChanges = from_json(r#"{"result":"failed"}"#).unwrap();
        assert!(changes.check().is_ok());
        let blank: TransactionChanges = from_json(r#"{"result":"failed","date":""}"#).unwrap();
        assert!(blank.check().unwrap_err().to_string().contains("date"));
    }
}
