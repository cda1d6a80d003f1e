//! A query string from the caller's object, sent as given: the encoding
//! chartmogul-node's HTTP client (superagent, through `qs` with
//! `indices: false, strictNullHandling: true`) gives the same object, so a
//! call moved from chartmogul-node sends the same URL.

use percent_encoding::utf8_percent_encode;

use super::request::UNRESERVED_ONLY;

/// A value of the caller's query, as read from JS.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryValue {
    /// `undefined`: left out.
    Absent,
    /// `null`: the key alone (`flag`, no `=`).
    Null,
    /// A string, or a number, boolean or date as JS writes it.
    Text(String),
    /// Each item under the same key (`a=1&a=2`).
    List(Vec<QueryValue>),
    /// Each field under `key[field]`.
    Map(Vec<(String, QueryValue)>),
}

/// `fields` as `a=1&b=x%20y`, in their order.
pub fn encode_query(fields: &[(String, QueryValue)]) -> String {
    let mut pairs = Vec::new();
    for (key, value) in fields {
        push_pairs(&mut pairs, key, value);
    }
    pairs.join("&")
}

fn push_pairs(pairs: &mut Vec<String>, key: &str, value: &QueryValue) {
    match value {
        QueryValue::Absent => {}
        QueryValue::Null => pairs.push(escaped(key)),
        QueryValue::Text(text) => pairs.push(format!("{}={}", escaped(key), escaped(text))),
        QueryValue::List(items) => items.iter().for_each(|item| push_pairs(pairs, key, item)),
        QueryValue::Map(fields) => fields
            .iter()
            .for_each(|(field, item)| push_pairs(pairs, &format!("{key}[{field}]"), item)),
    }
}

fn escaped(text: &str) -> String {
    utf8_percent_encode(text, UNRESERVED_ONLY).to_string()
}

#[cfg(test)]
mod tests {
    use super::QueryValue::*;
    use super::*;

    fn query(fields: Vec<(&str, QueryValue)>) -> String {
        let fields: Vec<_> = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        encode_query(&fields)
    }

    fn text(value: &str) -> QueryValue {
        Text(value.to_string())
    }

    #[test]
    fn fields_are_sent_in_order_as_given_and_undefined_is_left_out() {
        let sent = query(vec![
            ("per_page", text("1000")),
            ("name", text("In-house & Co/2")),
            ("skipped", Absent),
            ("with_disabled", text("true")),
        ]);
        assert_eq!(
            sent,
            "per_page=1000&name=In-house%20%26%20Co%2F2&with_disabled=true"
        );
        assert_eq!(query(vec![]), "");
    }

    #[test]
    fn null_is_the_key_alone_as_chartmogul_node_sends_it() {
        assert_eq!(query(vec![("a", Null), ("b", text(""))]), "a&b=");
    }

    #[test]
    fn a_list_repeats_its_key_and_an_object_nests_in_brackets() {
        let sent = query(vec![
            ("plans", List(vec![text("Gold"), text("Silver")])),
            (
                "filter",
                Map(vec![
                    ("geo".to_string(), text("US")),
                    ("tags".to_string(), List(vec![text("a"), text("b")])),
                ]),
            ),
            ("empty", List(vec![])),
        ]);
        assert_eq!(
            sent,
            "plans=Gold&plans=Silver&filter%5Bgeo%5D=US&filter%5Btags%5D=a&filter%5Btags%5D=b"
        );
    }

    #[test]
    fn everything_but_unreserved_characters_is_escaped_in_keys_and_values() {
        assert_eq!(
            query(vec![("start-date", text("é ~x"))]),
            "start-date=%C3%A9%20~x"
        );
        assert_eq!(query(vec![("a\r\nb", text("1"))]), "a%0D%0Ab=1");
    }
}
