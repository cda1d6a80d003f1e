//! A field whose `null` means "clear it" (a contact's `external_id`, a
//! task's `completed_at`): absent is `None` and not sent, `null` is
//! `Some(None)` and sent as `null`, as chartmogul-node keeps it.

use serde::{Deserialize, Deserializer};

/// Use with `#[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]`.
pub fn nullable<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Changes {
        #[serde(
            default,
            deserialize_with = "nullable",
            skip_serializing_if = "Option::is_none"
        )]
        external_id: Option<Option<String>>,
    }

    #[test]
    fn null_is_kept_absent_is_left_out_and_a_number_is_refused() {
        let sent = |json: &str| {
            serde_json::to_string(&serde_json::from_str::<Changes>(json).unwrap()).unwrap()
        };
        assert_eq!(sent(r#"{"external_id":null}"#), r#"{"external_id":null}"#);
        assert_eq!(sent(r#"{"external_id":"x"}"#), r#"{"external_id":"x"}"#);
        assert_eq!(sent("{}"), "{}");
        assert!(serde_json::from_str::<Changes>(r#"{"external_id":1}"#).is_err());
    }
}
