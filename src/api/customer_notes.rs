//! Customer notes: the notes and call logs kept on a customer
//! (`Customer.notes`, `Customer.createNote`, and the `CustomerNote` calls).
//! Their list is cursor-paginated.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::paging::per_page;
use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A note or call log as ChartMogul returns it; only `uuid` must be there.
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerNoteListQuery {
    /// Only the notes of this customer.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    /// Only notes, or only call logs.
    #[tsify(optional, type = "CustomerNoteType")]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Only those written by this ChartMogul user.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for CustomerNoteListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// A note or call log to add to a customer.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewCustomerNote {
    pub customer_uuid: String,
    #[tsify(type = "CustomerNoteType")]
    #[serde(rename = "type")]
    pub kind: String,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The ChartMogul user it is from (the API key's owner when left out).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    /// A call's length in seconds.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_duration: Option<u32>,
    /// ISO 8601; now when left out.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl Checked for NewCustomerNote {
    fn check(&self) -> Result<(), Error> {
        non_blank("customer_uuid", &self.customer_uuid)?;
        non_blank("type", &self.kind)
    }
}

/// The input of `CustomerNote.patch`: the fields to change.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomerNoteChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The ChartMogul user it is from.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    /// A call's length in seconds.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_duration: Option<u32>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl Checked for CustomerNoteChanges {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    #[test]
    fn chartmogul_nodes_recorded_page_reads_and_a_wrong_field_is_named() {
        // test/chartmogul/customer.js, "gets all notes from a customer".
        let json = r#"{"entries":[{"uuid":"note_00000000-0000-0000-0000-000000000000","customer_uuid":"cus_00000000-0000-0000-0000-000000000000","author":"John Doe (john@example.com)","text":"This is a note","created_at":"2015-01-01T12:00:00-05:00","updated_at":"2015-01-01T12:00:00-05:00","type":"note"}]}"#;
        let page: CustomerNoteList = read(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(page.entries[0].kind.as_deref(), Some("note"));
        assert_eq!(page.cursor, None);
        let bad = r#"{"entries":[{"uuid":"note_1","call_duration":"long"}]}"#;
        let misfit = read::<CustomerNoteList, _>(&mut serde_json::Deserializer::from_str(bad));
        assert!(misfit
            .unwrap_err()
            .to_string()
            .starts_with("field `entries[0].call_duration`: invalid type"));
    }

    #[test]
    fn the_query_sends_type_by_its_name_and_bounds_per_page() {
        let query = CustomerNoteListQuery {
            kind: Some("call".into()),
            per_page: Some(20),
            ..Default::default()
        };
        assert_eq!(encode_query(&query).unwrap(), "type=call&per_page=20");
        let too_many = CustomerNoteListQuery {
            per_page: Some(201),
            ..Default::default()
        };
        assert!(too_many
            .check()
            .unwrap_err()
            .to_string()
            .contains("per_page"));
    }

    #[test]
    fn a_new_note_needs_a_customer_and_a_type() {
        let note = NewCustomerNote {
            customer_uuid: "cus_1".into(),
            kind: " ".into(),
            text: Some("Trial extended".into()),
            author_email: None,
            call_duration: None,
            created_at: None,
            updated_at: None,
        };
        assert!(note.check().unwrap_err().to_string().contains("type"));
        let sent = serde_json::to_string(&NewCustomerNote {
            kind: "note".into(),
            ..note
        })
        .unwrap();
        assert_eq!(
            sent,
            r#"{"customer_uuid":"cus_1","type":"note","text":"Trial extended"}"#
        );
    }
}
