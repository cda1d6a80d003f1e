//! Invoices: imported for a customer with their line items and
//! transactions, then read, listed (a customer's, or all with filters, both
//! cursor-paginated), changed, disabled, given a status and deleted, by uuid
//! or by the external id they have in their data source.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_aux::serde_introspection::serde_introspect;
use tsify::Tsify;

use super::line_items::{LineItemRecord, NewLineItem};
use super::paging::per_page;
use super::schema::{Checked, Nested};
use super::transactions::{NewTransaction, TransactionRecord};
use crate::core::error::Error;
use crate::core::request::non_blank;

/// An invoice as ChartMogul returns it. chartmogul-node's recorded answers
/// (a retrieve, a status change) come without `uuid`, so nothing is required.
#[derive(Debug, Deserialize, Tsify)]
pub struct InvoiceRecord {
    #[tsify(optional)]
    pub uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "string")]
    pub customer_uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub customer_external_id: Option<String>,
    #[tsify(optional, type = "string")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional, type = "string")]
    pub date: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub due_date: Option<String>,
    /// ISO 4217, e.g. `USD`.
    #[tsify(optional, type = "string")]
    pub currency: Option<String>,
    /// `open`, `paid`, `refunded`, `voided` or `written_off`.
    #[tsify(optional, type = "string | null")]
    pub status: Option<String>,
    #[tsify(optional, type = "boolean")]
    pub disabled: Option<bool>,
    #[tsify(optional, type = "string | null")]
    pub disabled_at: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub disabled_by: Option<String>,
    #[tsify(optional, type = "LineItemRecord[]")]
    pub line_items: Option<Vec<LineItemRecord>>,
    #[tsify(optional, type = "TransactionRecord[]")]
    pub transactions: Option<Vec<TransactionRecord>>,
    /// With `validation_type`: what ChartMogul found wrong, by field.
    /// Not checked (a shape ChartMogul varies).
    #[tsify(optional, type = "Record<string, string[]> | null")]
    pub errors: Option<IgnoredAny>,
    /// With `include_edit_histories`: the values edited through the API.
    /// Not checked.
    #[tsify(optional, type = "Record<string, unknown> | null")]
    pub edit_history_summary: Option<IgnoredAny>,
}

/// One page of `Invoice.all` (a customer's invoices also name the
/// customer), or the invoices `Invoice.create` imported (no paging then).
#[derive(Debug, Deserialize, Tsify)]
pub struct InvoiceList {
    pub invoices: Vec<InvoiceRecord>,
    #[tsify(optional, type = "string")]
    pub customer_uuid: Option<String>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(optional, type = "boolean")]
    pub has_more: Option<bool>,
}

/// `valid`, `invalid` or `all`: which invoices, by whether ChartMogul
/// found errors in them.
#[derive(Tsify)]
#[tsify(type = "\"valid\" | \"invalid\" | \"all\"")]
pub struct ValidationType(pub String);

/// `Invoice.retrieve`'s query.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct InvoiceQuery {
    #[tsify(optional, type = "ValidationType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_edit_histories: Option<bool>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_disabled: Option<bool>,
}

impl Checked for InvoiceQuery {}

/// The filters and paging of `Invoice.all` over every customer.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct InvoiceListQuery {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "ValidationType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_edit_histories: Option<bool>,
    /// Disabled invoices too (left out by default).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_disabled: Option<bool>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for InvoiceListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// `Invoice.create`'s input: the invoices to import for the customer.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewInvoices {
    pub invoices: Vec<NewInvoice>,
}

/// An imported invoice's line items and transactions, whose keys are checked too.
const INVOICE_PARTS: &[Nested] = &[
    Nested {
        key: "line_items",
        fields: serde_introspect::<NewLineItem>,
        nested: &[],
    },
    Nested {
        key: "transactions",
        fields: serde_introspect::<NewTransaction>,
        nested: &[],
    },
];

impl Checked for NewInvoices {
    const NESTED: &'static [Nested] = &[Nested {
        key: "invoices",
        fields: serde_introspect::<NewInvoice>,
        nested: INVOICE_PARTS,
    }];

    fn check(&self) -> Result<(), Error> {
        if self.invoices.is_empty() {
            return Err(Error::Configuration(
                "invoices must hold at least one invoice".into(),
            ));
        }
        self.invoices.iter().try_for_each(NewInvoice::check)
    }
}

/// One invoice to import.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewInvoice {
    /// The invoice's id in your billing system, unique in its data source.
    pub external_id: String,
    /// `2022-11-10 00:00:00` or ISO 8601.
    pub date: String,
    /// ISO 4217, e.g. `USD`.
    pub currency: String,
    pub line_items: Vec<NewLineItem>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<NewTransaction>>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_external_id: Option<String>,
    /// The customer's data source when left out.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_source_uuid: Option<String>,
}

impl NewInvoice {
    fn check(&self) -> Result<(), Error> {
        non_blank("external_id", &self.external_id)?;
        non_blank("date", &self.date)?;
        non_blank("currency", &self.currency)?;
        if let Some(uuid) = &self.data_source_uuid {
            non_blank("data_source_uuid", uuid)?;
        }
        self.line_items.iter().try_for_each(NewLineItem::check)?;
        self.transactions
            .iter()
            .flatten()
            .try_for_each(NewTransaction::check)
    }
}

/// `Invoice.modify`'s and `Invoice.update`'s input: the invoice's own
/// details to change (its line items and transactions change through
/// `LineItem` and `Transaction`, as ChartMogul's reference says).
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct InvoiceChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

impl Checked for InvoiceChanges {
    fn check(&self) -> Result<(), Error> {
        [("date", &self.date), ("currency", &self.currency)]
            .into_iter()
            .filter_map(|(name, value)| value.as_deref().map(|value| (name, value)))
            .try_for_each(|(name, value)| non_blank(name, value))
    }
}

/// `Invoice.updateStatus`'s input.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct InvoiceStatus {
    /// ChartMogul sets `open`, `paid` and `refunded` itself.
    #[tsify(type = "\"voided\" | \"written_off\"")]
    pub status: String,
}

impl Checked for InvoiceStatus {
    fn check(&self) -> Result<(), Error> {
        non_blank("status", &self.status)
    }
}

/// `Invoice.updateStatus`'s answer: ChartMogul's reference shows
/// `{ message: "Invoice updated" }`, chartmogul-node's recording the
/// invoice's external id and new status.
#[derive(Debug, Deserialize, Tsify)]
pub struct InvoiceStatusAnswer {
    #[tsify(optional, type = "string")]
    pub message: Option<String>,
    #[tsify(optional, type = "string")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "string")]
    pub status: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    /// chartmogul-node's `invoiceListResult` (test/chartmogul/invoice.js), as recorded.
    const RECORDED_LIST: &str = r#"{
      "invoices": [{
        "external_id": "INV0001", "date": "2015-11-01 00:00:00", "currency": "USD",
        "customer_uuid": "cus_9bf6482d-01e5-4944-957d-5bc730d2cda3", "due_date": "2015-11-15 00:00:00",
        "disabled": false, "disabled_at": null, "disabled_by": null,
        "edit_history_summary": {
          "values_changed": { "amount_in_cents": { "original_value": 4500, "edited_value": 5000 } },
          "latest_edit_author": "admin@example.com", "latest_edit_performed_at": "2024-01-10T12:00:00.000Z"
        },
        "errors": null,
        "line_items": [
          { "type": "subscription", "subscription_external_id": "sub_0001",
            "plan_uuid": "pl_cff3a63c-3915-435e-a675-85a8a8ef4454",
            "service_period_start": "2015-11-01 00:00:00", "service_period_end": "2015-12-01 00:00:00",
            "amount_in_cents": 5000, "quantity": 1, "discount_code": "PSO86", "discount_amount_in_cents": 1000,
            "tax_amount_in_cents": 900, "transaction_fees_currency": "EUR", "discount_description": "5 EUR",
            "event_order": 5, "error": null },
          { "type": "one_time", "description": "Setup Fees", "amount_in_cents": 2500, "quantity": 1,
            "discount_code": "PSO86", "discount_amount_in_cents": 500, "tax_amount_in_cents": 450,
            "transaction_fees_currency": "EUR", "discount_description": "2 EUR", "error": null }
        ],
        "transactions": [
          { "date": "2015-11-05 00:14:23", "type": "payment", "result": "successful", "error": null }
        ]
      }],
      "cursor": "cursor==",
      "has_more": false
    }"#;

    fn list(json: &str) -> Result<InvoiceList, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_page_reads_and_a_wrong_field_is_named() {
        let page = list(RECORDED_LIST).unwrap();
        assert_eq!(page.cursor.as_deref(), Some("cursor=="));
        let invoice = &page.invoices[0];
        assert_eq!(invoice.currency.as_deref(), Some("USD"));
        let items = invoice.line_items.as_ref().unwrap();
        assert_eq!(items[1].kind.as_deref(), Some("one_time"));
        let paid = &invoice.transactions.as_ref().unwrap()[0];
        assert_eq!(paid.result.as_deref(), Some("successful"));

        let bad = list(r#"{"invoices":[{"line_items":[{"amount_in_cents":"50"}]}]}"#);
        assert!(bad
            .unwrap_err()
            .starts_with("field `invoices[0].line_items[0].amount_in_cents`: invalid type"));
    }

    fn invoice() -> NewInvoice {
        serde_json::from_str(
            r#"{"external_id":"INV0001","date":"2015-11-01 00:00:00","currency":"USD",
                "line_items":[{"type":"one_time","amount_in_cents":2500}],
                "transactions":[{"type":"payment","date":"2015-11-05 00:14:23","result":"successful"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn an_import_needs_an_invoice_and_words_where_chartmogul_does() {
        let ok = NewInvoices {
            invoices: vec![invoice()],
        };
        assert!(ok.check().is_ok());
        let none = NewInvoices { invoices: vec![] };
        assert!(none.check().unwrap_err().to_string().contains("invoices"));
        let mut blank = invoice();
        blank.currency = " ".into();
        let blank = NewInvoices {
            invoices: vec![invoice(), blank],
        };
        assert!(blank.check().unwrap_err().to_string().contains("currency"));
        let mut payment = invoice();
        payment.transactions.as_mut().unwrap()[0].result = "".into();
        let payment = NewInvoices {
            invoices: vec![payment],
        };
        assert!(payment.check().unwrap_err().to_string().contains("result"));
    }

    #[test]
    fn the_list_query_is_form_encoded_and_per_page_is_bounded() {
        let query = InvoiceListQuery {
            external_id: Some("INV 1".into()),
            with_disabled: Some(true),
            per_page: Some(10),
            ..Default::default()
        };
        assert_eq!(
            encode_query(&query).unwrap(),
            "external_id=INV+1&with_disabled=true&per_page=10"
        );
        let query = InvoiceListQuery {
            per_page: Some(0),
            ..Default::default()
        };
        assert!(query.check().unwrap_err().to_string().contains("per_page"));
    }

    #[test]
    fn changes_take_no_blank() {
        let changes = InvoiceChanges {
            date: None,
            due_date: None,
            currency: Some("".into()),
        };
        assert!(changes
            .check()
            .unwrap_err()
            .to_string()
            .contains("currency"));
    }
}
