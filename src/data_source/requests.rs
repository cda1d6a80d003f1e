//! The data source calls as requests: the queries and input they take, and
//! the method, path, query string and body each sends.

use alloc::string::{String, ToString};
#[cfg(not(target_family = "wasm"))]
use tsify::Tsify;

use crate::ascii::is_blank;
use crate::config::Settings;
use crate::error::Error;
use crate::fields::{Fields, FromFields};
use crate::request::{json_string, path_segment, Method, Query, Request};
use crate::tree::Tree;

const PATH: &str = "/v1/data_sources";

/// chartmogul-node's flags for retrieve, sent as `=true`/`=false`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct DataSourceQuery {
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub with_processing_status: Option<bool>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub with_auto_churn_subscription_setting: Option<bool>,
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub with_invoice_handling_setting: Option<bool>,
}

const FLAGS: [&str; 3] = [
    "with_processing_status",
    "with_auto_churn_subscription_setting",
    "with_invoice_handling_setting",
];

impl<N: Tree> FromFields<N> for DataSourceQuery {
    const KEYS: &'static [&'static str] = &FLAGS;

    fn from_fields(fields: &Fields<N>) -> Result<Self, Error> {
        Ok(DataSourceQuery {
            with_processing_status: fields.flag(FLAGS[0])?,
            with_auto_churn_subscription_setting: fields.flag(FLAGS[1])?,
            with_invoice_handling_setting: fields.flag(FLAGS[2])?,
        })
    }
}

impl DataSourceQuery {
    fn to_query(&self) -> Query {
        Query::default()
            .flag(FLAGS[0], self.with_processing_status)
            .flag(FLAGS[1], self.with_auto_churn_subscription_setting)
            .flag(FLAGS[2], self.with_invoice_handling_setting)
    }
}

/// The filters of `DataSource.all`, and the same flags as retrieve.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct DataSourceListQuery {
    /// Only the data source with this name.
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub name: Option<String>,
    /// Only data sources of this system (`Custom`, `Stripe`, …).
    #[cfg_attr(not(target_family = "wasm"), tsify(optional))]
    pub system: Option<String>,
    /// The flags, at the top level (TypeScript: `extends DataSourceQuery`;
    /// tsify reads serde's attribute, serde itself is not used).
    #[cfg_attr(not(target_family = "wasm"), serde(flatten))]
    pub flags: DataSourceQuery,
}

impl<N: Tree> FromFields<N> for DataSourceListQuery {
    const KEYS: &'static [&'static str] = &["name", "system", FLAGS[0], FLAGS[1], FLAGS[2]];

    fn from_fields(fields: &Fields<N>) -> Result<Self, Error> {
        Ok(DataSourceListQuery {
            name: fields.text("name")?,
            system: fields.text("system")?,
            flags: DataSourceQuery::from_fields(fields)?,
        })
    }
}

/// The input of `DataSource.create`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_family = "wasm"), derive(Tsify))]
pub struct NewDataSource {
    /// The new data source's name.
    pub name: String,
}

impl<N: Tree> FromFields<N> for NewDataSource {
    const KEYS: &'static [&'static str] = &["name"];

    fn from_fields(fields: &Fields<N>) -> Result<Self, Error> {
        Ok(NewDataSource {
            name: fields.required_text("name")?,
        })
    }
}

/// `GET /v1/data_sources/{uuid}`.
pub fn retrieve_request(
    settings: &Settings,
    uuid: &str,
    query: &DataSourceQuery,
) -> Result<Request, Error> {
    let path = [PATH, "/", &path_segment("uuid", uuid)?].concat();
    Ok(request(settings, Method::Get, &path, &query.to_query()))
}

/// `GET /v1/data_sources?name=…&system=…&with_…`.
pub fn list_request(settings: &Settings, query: &DataSourceListQuery) -> Request {
    let mut filters = Query::default()
        .text("name", query.name.as_deref())
        .text("system", query.system.as_deref());
    filters.append(query.flags.to_query());
    request(settings, Method::Get, PATH, &filters)
}

/// `POST /v1/data_sources` with `{"name": …}`.
pub fn create_request(settings: &Settings, new: &NewDataSource) -> Result<Request, Error> {
    if is_blank(&new.name) {
        return Err(Error::Configuration(
            "data source name must be a non-empty string".to_string(),
        ));
    }
    let body = [r#"{"name":"#, &json_string(&new.name), "}"].concat();
    Ok(request(settings, Method::Post, PATH, &Query::default()).with_json_body(body))
}

/// `DELETE /v1/data_sources/{uuid}`.
pub fn destroy_request(settings: &Settings, uuid: &str) -> Result<Request, Error> {
    let path = [PATH, "/", &path_segment("uuid", uuid)?].concat();
    Ok(request(settings, Method::Delete, &path, &Query::default()))
}

fn request(settings: &Settings, method: Method, path: &str, query: &Query) -> Request {
    Request::new(method, settings.api_base(), path, query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::argument;
    use crate::ts_decl::declared_names;

    #[test]
    fn retrieve_builds_an_encoded_path_and_the_flags() {
        let settings = Settings::new("k", Some("http://127.0.0.1:9")).unwrap();
        let query = DataSourceQuery {
            with_processing_status: Some(true),
            with_invoice_handling_setting: Some(false),
            ..Default::default()
        };
        let r = retrieve_request(&settings, "ds/1 x", &query).unwrap();
        assert_eq!(
            r.url,
            "http://127.0.0.1:9/v1/data_sources/ds%2F1%20x?with_processing_status=true&with_invoice_handling_setting=false"
        );
    }

    #[test]
    fn the_list_query_reads_its_filters_and_the_flags() {
        let query: DataSourceListQuery = argument(
            "query",
            serde_json::json!({"system": "Stripe", "with_invoice_handling_setting": true}),
        )
        .unwrap();
        assert_eq!(query.system.as_deref(), Some("Stripe"));
        assert_eq!(query.flags.with_invoice_handling_setting, Some(true));
        let e = argument::<DataSourceListQuery, _>("query", serde_json::json!({"nmae": "x"}));
        assert!(e.unwrap_err().to_string().starts_with("query: unknown field `nmae`, expected one of `name`, `system`, `with_processing_status`"));
    }

    #[test]
    fn each_input_reads_the_keys_its_typescript_type_declares() {
        for (keys, decl) in [
            (
                <DataSourceQuery as FromFields<serde_json::Value>>::KEYS,
                DataSourceQuery::DECL,
            ),
            (
                <NewDataSource as FromFields<serde_json::Value>>::KEYS,
                NewDataSource::DECL,
            ),
        ] {
            assert_eq!(keys, declared_names(decl), "{decl}");
        }
        let list = <DataSourceListQuery as FromFields<serde_json::Value>>::KEYS;
        assert_eq!(list[..2], ["name", "system"]);
        assert_eq!(list[2..], FLAGS);
        assert!(
            DataSourceListQuery::DECL.contains("extends DataSourceQuery"),
            "{}",
            DataSourceListQuery::DECL
        );
    }

    #[test]
    fn list_sends_the_filters_then_the_flags() {
        let settings = Settings::new("k", Some("http://127.0.0.1:9")).unwrap();
        let query = DataSourceListQuery {
            name: Some("In-house billing".into()),
            system: Some("Custom".into()),
            flags: DataSourceQuery {
                with_processing_status: Some(true),
                ..Default::default()
            },
        };
        let r = list_request(&settings, &query);
        assert_eq!(r.method, Method::Get);
        assert_eq!(
            r.url,
            "http://127.0.0.1:9/v1/data_sources?name=In-house%20billing&system=Custom&with_processing_status=true"
        );
        let all = list_request(&settings, &DataSourceListQuery::default());
        assert_eq!(all.url, "http://127.0.0.1:9/v1/data_sources");
    }

    #[test]
    fn create_posts_the_name_as_json() {
        let settings = Settings::new("k", None).unwrap();
        let new = NewDataSource {
            name: "Billing \"EU\"".into(),
        };
        let r = create_request(&settings, &new).unwrap();
        assert_eq!(r.method, Method::Post);
        assert_eq!(r.url, "https://api.chartmogul.com/v1/data_sources");
        assert_eq!(r.body.as_deref(), Some(r#"{"name":"Billing \"EU\""}"#));
        for blank in ["", "  "] {
            let e = create_request(&settings, &NewDataSource { name: blank.into() }).unwrap_err();
            assert_eq!(e.class_name(), "ConfigurationError");
        }
    }

    #[test]
    fn destroy_deletes_one_encoded_uuid_and_never_the_collection() {
        let settings = Settings::new("k", None).unwrap();
        let r = destroy_request(&settings, "ds/1").unwrap();
        assert_eq!(r.method, Method::Delete);
        assert_eq!(r.url, "https://api.chartmogul.com/v1/data_sources/ds%2F1");
        assert!(destroy_request(&settings, "").is_err());
    }

    #[test]
    fn retrieve_refuses_an_empty_uuid_instead_of_listing() {
        let settings = Settings::new("k", None).unwrap();
        let e = retrieve_request(&settings, "", &DataSourceQuery::default()).unwrap_err();
        assert_eq!(e.class_name(), "ConfigurationError");
    }
}
