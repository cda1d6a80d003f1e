//! Customer notes: the notes and call logs kept on a customer
//! (`Customer.notes`, `Customer.createNote`, and the `CustomerNote` calls).
//! Their list is cursor-paginated.

use tsify::Tsify;

/// A note or call log as ChartMogul returns it; only `uuid` must be there.
#[derive(Tsify)]
pub struct CustomerNoteRecord {
    pub uuid: String,
    #[tsify(type = "string")]
    pub customer_uuid: Option<String>,
    #[tsify(type = "CustomerNoteType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[tsify(type = "string")]
    pub text: Option<String>,
    /// `Sara (sara@example.com)`.
    #[tsify(optional, type = "string | null")]
    pub author: Option<String>,
    /// A call's length in seconds (0 for a note).
    #[tsify(optional, type = "number")]
    pub call_duration: Option<u32>,
    #[tsify(type = "string")]
    pub created_at: Option<String>,
    #[tsify(type = "string")]
    pub updated_at: Option<String>,
}

/// `note` or `call`; a type ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(type = "\"note\" | \"call\" | (string & {})")]
pub struct CustomerNoteType(pub String);

/// One page of a customer's notes, as ChartMogul sent it.
#[derive(Tsify)]
pub struct CustomerNoteList {
    pub entries: Vec<CustomerNoteRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `CustomerNote.all`, and of `Customer.notes`
/// less `customer_uuid` (there the argument: the table's `query!(T, "customer_uuid")`).
#[derive(Tsify)]
pub struct CustomerNoteListQuery {
    /// Only the notes of this customer.
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    /// Only notes, or only call logs.
    #[tsify(optional, type = "CustomerNoteType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Only those written by this ChartMogul user.
    #[tsify(optional)]
    pub author_email: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// A note or call log to add to a customer.
#[derive(Tsify)]
pub struct NewCustomerNote {
    pub customer_uuid: String,
    #[tsify(type = "CustomerNoteType")]
    #[serde(rename = "type")]
    pub kind: String,
    #[tsify(optional)]
    pub text: Option<String>,
    /// The ChartMogul user it is from (the API key's owner when left out).
    #[tsify(optional)]
    pub author_email: Option<String>,
    /// A call's length in seconds.
    #[tsify(optional)]
    pub call_duration: Option<u32>,
    /// ISO 8601; now when left out.
    #[tsify(optional)]
    pub created_at: Option<String>,
    #[tsify(optional)]
    pub updated_at: Option<String>,
}

/// The input of `CustomerNote.patch`: the fields to change.
#[derive(Tsify)]
pub struct CustomerNoteChanges {
    #[tsify(optional)]
    pub text: Option<String>,
    /// The ChartMogul user it is from.
    #[tsify(optional)]
    pub author_email: Option<String>,
    /// A call's length in seconds.
    #[tsify(optional)]
    pub call_duration: Option<u32>,
    #[tsify(optional)]
    pub created_at: Option<String>,
    #[tsify(optional)]
    pub updated_at: Option<String>,
}
