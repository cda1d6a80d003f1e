//! Invoices: imported for a customer with their line items and
//! transactions, then read, listed (a customer's, or all with filters, both
//! cursor-paginated), changed, disabled, given a status and deleted, by uuid
//! or by the external id they have in their data source.

use serde_json::Value;
use tsify::Tsify;

use super::line_items::{LineItemRecord, NewLineItem};
use super::transactions::{NewTransaction, TransactionRecord};

/// An invoice as ChartMogul returns it. chartmogul-node's recorded answers
/// (a retrieve, a status change) come without `uuid`, so nothing is required.
#[derive(Tsify)]
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
    /// A shape ChartMogul varies.
    #[tsify(optional, type = "Record<string, string[]> | null")]
    pub errors: Option<Value>,
    /// With `include_edit_histories`: the values edited through the API.
    #[tsify(optional, type = "Record<string, unknown> | null")]
    pub edit_history_summary: Option<Value>,
}

/// One page of `Invoice.all` (a customer's invoices also name the
/// customer), or the invoices `Invoice.create` imported (no paging then).
#[derive(Tsify)]
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
#[derive(Tsify)]
pub struct InvoiceQuery {
    #[tsify(optional, type = "ValidationType")]
    pub validation_type: Option<String>,
    #[tsify(optional)]
    pub include_edit_histories: Option<bool>,
    #[tsify(optional)]
    pub with_disabled: Option<bool>,
}

/// The filters and paging of `Invoice.all` over every customer.
#[derive(Tsify)]
pub struct InvoiceListQuery {
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
    #[tsify(optional)]
    pub external_id: Option<String>,
    #[tsify(optional, type = "ValidationType")]
    pub validation_type: Option<String>,
    #[tsify(optional)]
    pub include_edit_histories: Option<bool>,
    /// Disabled invoices too (left out by default).
    #[tsify(optional)]
    pub with_disabled: Option<bool>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200 (ChartMogul's default 200).
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// `Invoice.create`'s input: the invoices to import for the customer.
#[derive(Tsify)]
pub struct NewInvoices {
    pub invoices: Vec<NewInvoice>,
    /// The customer again, as chartmogul-ruby sends it beside `invoices`
    /// (the path already names it).
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
}

/// One invoice to import.
#[derive(Tsify)]
pub struct NewInvoice {
    /// The invoice's id in your billing system, unique in its data source.
    pub external_id: String,
    /// `2022-11-10 00:00:00` or ISO 8601.
    pub date: String,
    /// ISO 4217, e.g. `USD`.
    pub currency: String,
    pub line_items: Vec<NewLineItem>,
    #[tsify(optional)]
    pub transactions: Option<Vec<NewTransaction>>,
    #[tsify(optional)]
    pub due_date: Option<String>,
    #[tsify(optional)]
    pub customer_external_id: Option<String>,
    /// The customer's data source when left out.
    #[tsify(optional)]
    pub data_source_uuid: Option<String>,
}

/// `Invoice.modify`'s and `Invoice.update`'s input: the invoice's own
/// details to change (its line items and transactions change through
/// `LineItem` and `Transaction`, as ChartMogul's reference says).
#[derive(Tsify)]
pub struct InvoiceChanges {
    #[tsify(optional)]
    pub date: Option<String>,
    #[tsify(optional)]
    pub due_date: Option<String>,
    #[tsify(optional)]
    pub currency: Option<String>,
}

/// `Invoice.updateStatus`'s input.
#[derive(Tsify)]
pub struct InvoiceStatus {
    /// ChartMogul sets `open`, `paid` and `refunded` itself.
    #[tsify(type = "\"voided\" | \"written_off\"")]
    pub status: String,
}

/// `Invoice.updateStatus`'s answer: ChartMogul's reference shows
/// `{ message: "Invoice updated" }`, chartmogul-node's recording the
/// invoice's external id and new status.
#[derive(Tsify)]
pub struct InvoiceStatusAnswer {
    #[tsify(optional, type = "string")]
    pub message: Option<String>,
    #[tsify(optional, type = "string")]
    pub external_id: Option<String>,
    #[tsify(optional, type = "string")]
    pub status: Option<String>,
}
