//! A customer's tags and custom attributes (`Tag`, `CustomAttribute`):
//! added to one customer, or to every customer with an email; changed and
//! taken off one customer. The answers are the customer's attributes
//! (`CustomerAttributes`), or by email the customers changed.

use serde::{Deserialize, Serialize};
use serde_aux::serde_introspection::serde_introspect;
use serde_json::{Map, Value};
use tsify::Tsify;

use super::customers::CustomerRecord;
use super::schema::{Checked, Nested};
use crate::core::error::Error;
use crate::core::request::non_blank;

/// The types ChartMogul takes for a custom attribute.
const TYPES: [&str; 5] = ["String", "Integer", "Decimal", "Timestamp", "Boolean"];

/// The input of `Tag.add(config, customerUuid, data)` and `Tag.remove`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct TagChanges {
    pub tags: Vec<String>,
}

impl Checked for TagChanges {
    fn check(&self) -> Result<(), Error> {
        words("tags", &self.tags)
    }
}

/// The input of `Tag.add(config, data)`: tags for every customer with `email`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct TagsByEmail {
    pub email: String,
    pub tags: Vec<String>,
}

impl Checked for TagsByEmail {
    fn check(&self) -> Result<(), Error> {
        non_blank("email", &self.email)?;
        words("tags", &self.tags)
    }
}

/// One custom attribute to add: a key new to the customer, its type and value.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewCustomAttribute {
    #[tsify(type = "\"String\" | \"Integer\" | \"Decimal\" | \"Timestamp\" | \"Boolean\"")]
    #[serde(rename = "type")]
    pub kind: String,
    /// Letters, digits and underscores.
    pub key: String,
    /// Of the type: a Timestamp in ISO 8601, a Boolean `true` or `"t"`, …
    #[tsify(type = "unknown")]
    pub value: Value,
    /// Where it comes from (ChartMogul's default `API`).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl NewCustomAttribute {
    fn check(&self) -> Result<(), Error> {
        if !TYPES.contains(&self.kind.as_str()) {
            return Err(Error::Configuration(format!(
                "custom[].type must be one of {}, not `{}`",
                TYPES.join(", "),
                self.kind
            )));
        }
        non_blank("custom[].key", &self.key)
    }
}

/// The key checks of the attributes in `custom`.
const CUSTOM: &[Nested] = &[Nested {
    key: "custom",
    fields: serde_introspect::<NewCustomAttribute>,
    nested: &[],
}];

/// The input of `CustomAttribute.add(config, customerUuid, data)`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewCustomAttributes {
    pub custom: Vec<NewCustomAttribute>,
}

impl Checked for NewCustomAttributes {
    const NESTED: &'static [Nested] = CUSTOM;

    fn check(&self) -> Result<(), Error> {
        all_of(&self.custom)
    }
}

/// The input of `CustomAttribute.add(config, data)`: for every customer with `email`.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomAttributesByEmail {
    pub email: String,
    pub custom: Vec<NewCustomAttribute>,
}

impl Checked for CustomAttributesByEmail {
    const NESTED: &'static [Nested] = CUSTOM;

    fn check(&self) -> Result<(), Error> {
        non_blank("email", &self.email)?;
        all_of(&self.custom)
    }
}

/// The input of `CustomAttribute.update`: new values of keys the customer
/// has, `{ pro: true, channel: { value: "Twitter", source: "crm" } }`.
/// (A `Value`, checked to be an object: serde-wasm-bindgen would read a JS
/// array as a map `{ "0": … }`.)
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomAttributeChanges {
    #[tsify(type = "Record<string, unknown>")]
    pub custom: Value,
}

impl Checked for CustomAttributeChanges {
    fn check(&self) -> Result<(), Error> {
        match self.custom.as_object().map(Map::is_empty) {
            Some(false) => Ok(()),
            Some(true) => Err(Error::Configuration(
                "custom must hold at least one key".into(),
            )),
            None => Err(Error::Configuration(
                "custom must be an object of keys and values".into(),
            )),
        }
    }
}

/// The input of `CustomAttribute.remove`: the keys to take off.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct CustomAttributeKeys {
    pub custom: Vec<String>,
}

impl Checked for CustomAttributeKeys {
    fn check(&self) -> Result<(), Error> {
        words("custom", &self.custom)
    }
}

/// What an addition by email answers: the customers with that email, as
/// they are now (not paginated).
#[derive(Debug, Deserialize, Tsify)]
pub struct CustomerEntries {
    pub entries: Vec<CustomerRecord>,
}

/// A non-empty list of non-blank words, named `name` in errors.
fn words(name: &str, list: &[String]) -> Result<(), Error> {
    if list.is_empty() {
        return Err(Error::Configuration(format!(
            "{name} must list at least one"
        )));
    }
    list.iter()
        .try_for_each(|word| non_blank(&format!("{name}[]"), word))
}

fn all_of(custom: &[NewCustomAttribute]) -> Result<(), Error> {
    if custom.is_empty() {
        return Err(Error::Configuration(
            "custom must list at least one attribute".into(),
        ));
    }
    custom.iter().try_for_each(NewCustomAttribute::check)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decode::read;

    fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn chartmogul_nodes_recorded_bodies_pass_and_are_sent_as_given() {
        // test/chartmogul/custom-attribute.js: add, add by email, update, remove.
        let add: NewCustomAttributes = parse(r#"{"custom":[{"type":"String","key":"channel","value":"Facebook"},{"type":"Integer","key":"age","value":8}]}"#).unwrap();
        assert!(add.check().is_ok());
        assert_eq!(
            serde_json::to_string(&add).unwrap(),
            r#"{"custom":[{"type":"String","key":"channel","value":"Facebook"},{"type":"Integer","key":"age","value":8}]}"#
        );
        let by_email: CustomAttributesByEmail = parse(r#"{"email":"adam@smith.com","custom":[{"type":"Integer","key":"CAC","value":213,"source":"crm"}]}"#).unwrap();
        assert!(by_email.check().is_ok());
        let update: CustomAttributeChanges =
            parse(r#"{"custom":{"age":20,"channel":{"value":"Twitter","source":"x"}}}"#).unwrap();
        assert!(update.check().is_ok());
        let remove: CustomAttributeKeys = parse(r#"{"custom":["CAC"]}"#).unwrap();
        assert!(remove.check().is_ok());
        let tags: TagsByEmail = parse(r#"{"email":"a@b.c","tags":["important","Prio1"]}"#).unwrap();
        assert!(tags.check().is_ok());
    }

    #[test]
    fn a_type_chartmogul_lacks_and_blank_or_empty_lists_are_refused() {
        let kind: NewCustomAttributes =
            parse(r#"{"custom":[{"type":"Number","key":"age","value":8}]}"#).unwrap();
        let error = kind.check().unwrap_err().to_string();
        assert!(
            error.contains("custom[].type must be one of String, Integer"),
            "{error}"
        );
        let key: NewCustomAttributes =
            parse(r#"{"custom":[{"type":"Integer","key":" ","value":8}]}"#).unwrap();
        assert!(key
            .check()
            .unwrap_err()
            .to_string()
            .contains("custom[].key"));
        let empty = TagChanges { tags: vec![] };
        assert!(empty
            .check()
            .unwrap_err()
            .to_string()
            .contains("tags must list"));
        let blank = TagChanges {
            tags: vec!["vip".into(), "".into()],
        };
        assert!(blank.check().unwrap_err().to_string().contains("tags[]"));
        let none: CustomAttributeChanges = parse(r#"{"custom":{}}"#).unwrap();
        assert!(none.check().is_err());
        let list: CustomAttributeChanges = parse(r#"{"custom":["age"]}"#).unwrap();
        let error = list.check().unwrap_err().to_string();
        assert!(error.contains("custom must be an object"), "{error}");
        let missing =
            parse::<NewCustomAttributes>(r#"{"custom":[{"type":"Integer","key":"age"}]}"#);
        assert!(missing.unwrap_err().contains("value"));
    }

    #[test]
    fn the_documented_answer_by_email_reads() {
        let answer = r#"{"entries":[{"id":25647,"uuid":"cus_1","email":"adam@example.com","customer-since":"2022-06-09T13:16:00-04:00","attributes":{"tags":["important","Prio1"],"stripe":{"coupon":true},"clearbit":{},"custom":{"CAC":213}}}]}"#;
        assert_eq!(parse::<CustomerEntries>(answer).unwrap().entries.len(), 1);
        let bad = r#"{"entries":[{"uuid":"cus_1","attributes":{"tags":"vip"}}]}"#;
        let error = parse::<CustomerEntries>(bad).unwrap_err();
        assert!(
            error.starts_with("field `entries[0].attributes.tags`"),
            "{error}"
        );
    }
}
