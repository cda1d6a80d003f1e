//! The Metrics API: the nine metrics over a date range (not paginated),
//! activities (all of them, or a customer's) and a customer's
//! subscriptions (cursor-paginated), and activities exports. Its query
//! keys are kebab-case on the wire (`start-date`), as chartmogul-node's
//! callers pass them.
//!
//! One query type and one answer type serve the nine metrics: they take
//! the same filters, and their entries differ only in which numbers they
//! carry (`all`'s carry every metric), so `MetricsEntry` names every
//! number, each optional. Nine near-copies would cost ~14 KB of gzip and
//! check nothing more.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::loose::AnyObject;
use super::paging::per_page;
use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// The filters of every metric: a date range, required by ChartMogul.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct MetricsQuery {
    /// `YYYY-MM-DD`.
    #[serde(rename = "start-date")]
    pub start_date: String,
    /// `YYYY-MM-DD`.
    #[serde(rename = "end-date")]
    pub end_date: String,
    /// An entry per `day`, `week`, `month` (ChartMogul's default) or `quarter`.
    #[tsify(optional, type = "MetricsInterval")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    /// Countries, ISO 3166-1 alpha-2, comma-separated: `US,GB`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo: Option<String>,
    /// Plan names (or uuids, or external ids), comma-separated.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plans: Option<String>,
    /// Segment filters in ChartMogul's filter language.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<String>,
}

/// `day`, `week`, `month` or `quarter`; one ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(type = "\"day\" | \"week\" | \"month\" | \"quarter\" | (string & {})")]
pub struct MetricsInterval(pub String);

impl Checked for MetricsQuery {
    fn check(&self) -> Result<(), Error> {
        date("start-date", &self.start_date)?;
        date("end-date", &self.end_date)?;
        match &self.interval {
            Some(interval) => non_blank("interval", interval),
            None => Ok(()),
        }
    }
}

/// `value` as `YYYY-MM-DD`, the only form the metrics take.
fn date(name: &str, value: &str) -> Result<(), Error> {
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    match value.split('-').collect::<Vec<_>>()[..] {
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => Ok(()),
        _ => Err(Error::Configuration(format!(
            "{name} must be a date as YYYY-MM-DD, not {value:?}"
        ))),
    }
}

/// The answer of every metric: an entry per interval, and for a single
/// metric its summary over the range.
#[derive(Debug, Deserialize, Tsify)]
pub struct MetricsAnswer {
    pub entries: Vec<MetricsEntry>,
    /// The last entry's value, the one before the range, and the change
    /// (`all` has none). Checked as an object only: three numbers do not
    /// need a serde type of their own.
    #[tsify(
        optional,
        type = "{ current: number; previous: number; \"percentage-change\": number }"
    )]
    pub summary: Option<AnyObject>,
}

/// One interval's numbers: `all` carries every metric, a single metric
/// its own (MRR also its movements) and `percentage-change`. Amounts are
/// in cents; rates in percent.
#[derive(Debug, Deserialize, Tsify)]
pub struct MetricsEntry {
    /// `YYYY-MM-DD`: the interval's last day (the range's last, for the last).
    pub date: String,
    #[tsify(optional, type = "number")]
    pub mrr: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-new-business")]
    pub mrr_new_business: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-expansion")]
    pub mrr_expansion: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-contraction")]
    pub mrr_contraction: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-churn")]
    pub mrr_churn: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-reactivation")]
    pub mrr_reactivation: Option<f64>,
    #[tsify(optional, type = "number")]
    pub arr: Option<f64>,
    #[tsify(optional, type = "number")]
    pub arpa: Option<f64>,
    #[tsify(optional, type = "number")]
    pub asp: Option<f64>,
    /// The customer count.
    #[tsify(optional, type = "number")]
    pub customers: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "customer-churn-rate")]
    pub customer_churn_rate: Option<f64>,
    #[tsify(optional, type = "number")]
    #[serde(rename = "mrr-churn-rate")]
    pub mrr_churn_rate: Option<f64>,
    #[tsify(optional, type = "number")]
    pub ltv: Option<f64>,
    /// Against the entry before, in percent.
    #[tsify(optional, type = "number")]
    #[serde(rename = "percentage-change")]
    pub percentage_change: Option<f64>,
}

/// An activity (a new business, an expansion, a churn, …) as ChartMogul
/// returns it, in `Metrics.Activity.all` and a customer's activities.
#[derive(Debug, Deserialize, Tsify)]
pub struct ActivityRecord {
    #[tsify(optional, type = "string")]
    pub uuid: Option<String>,
    /// In a customer's activities.
    #[tsify(optional, type = "number")]
    pub id: Option<u64>,
    #[tsify(type = "ActivityType")]
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// ISO 8601.
    #[tsify(type = "string")]
    pub date: Option<String>,
    #[tsify(type = "string")]
    pub description: Option<String>,
    /// The change in MRR, in cents.
    #[tsify(type = "number")]
    #[serde(rename = "activity-mrr-movement")]
    pub activity_mrr_movement: Option<f64>,
    #[tsify(type = "number")]
    #[serde(rename = "activity-mrr")]
    pub activity_mrr: Option<f64>,
    #[tsify(type = "number")]
    #[serde(rename = "activity-arr")]
    pub activity_arr: Option<f64>,
    #[tsify(type = "string")]
    pub currency: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "currency-sign")]
    pub currency_sign: Option<String>,
    #[tsify(optional, type = "string | null")]
    #[serde(rename = "subscription-external-id")]
    pub subscription_external_id: Option<String>,
    #[tsify(optional, type = "string | null")]
    #[serde(rename = "plan-external-id")]
    pub plan_external_id: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "customer-name")]
    pub customer_name: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "customer-uuid")]
    pub customer_uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    #[serde(rename = "customer-external-id")]
    pub customer_external_id: Option<String>,
    /// The data source's uuid.
    #[tsify(optional, type = "string")]
    #[serde(rename = "billing-connector-uuid")]
    pub billing_connector_uuid: Option<String>,
}

/// `new_biz`, `reactivation`, `expansion`, `contraction` or `churn`; a
/// type ChartMogul adds later still passes as a string.
#[derive(Tsify)]
#[tsify(
    type = "\"new_biz\" | \"reactivation\" | \"expansion\" | \"contraction\" | \"churn\" | (string & {})"
)]
pub struct ActivityType(pub String);

/// One page of activities (all, or one customer's), as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct ActivityList {
    pub entries: Vec<ActivityRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Metrics.Activity.all`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct ActivityListQuery {
    /// ISO 8601: only the activities from then on.
    #[tsify(optional)]
    #[serde(rename = "start-date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// ISO 8601: only those until then (with `start-date`).
    #[tsify(optional)]
    #[serde(rename = "end-date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[tsify(optional, type = "ActivityType")]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `date` (oldest first, the default) or `-date`.
    #[tsify(optional, type = "\"date\" | \"-date\"")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for ActivityListQuery {
    fn check(&self) -> Result<(), Error> {
        if self.end_date.is_some() && self.start_date.is_none() {
            return Err(Error::Configuration("end-date needs start-date too".into()));
        }
        per_page(self.per_page)
    }
}

/// A customer's subscription as the Metrics API returns it.
#[derive(Debug, Deserialize, Tsify)]
pub struct CustomerSubscriptionRecord {
    #[tsify(optional, type = "number")]
    pub id: Option<u64>,
    #[tsify(optional, type = "string")]
    pub uuid: Option<String>,
    #[tsify(optional, type = "string | null")]
    pub external_id: Option<String>,
    /// The plan's name.
    #[tsify(type = "string")]
    pub plan: Option<String>,
    #[tsify(type = "number")]
    pub quantity: Option<f64>,
    /// In cents.
    #[tsify(type = "number")]
    pub mrr: Option<f64>,
    #[tsify(type = "number")]
    pub arr: Option<f64>,
    /// `active` or `inactive`.
    #[tsify(type = "string")]
    pub status: Option<String>,
    #[tsify(type = "string")]
    #[serde(rename = "billing-cycle")]
    pub billing_cycle: Option<String>,
    #[tsify(type = "number")]
    #[serde(rename = "billing-cycle-count")]
    pub billing_cycle_count: Option<u32>,
    #[tsify(type = "string")]
    #[serde(rename = "start-date")]
    pub start_date: Option<String>,
    #[tsify(type = "string")]
    #[serde(rename = "end-date")]
    pub end_date: Option<String>,
    #[tsify(type = "string")]
    pub currency: Option<String>,
    #[tsify(optional, type = "string")]
    #[serde(rename = "currency-sign")]
    pub currency_sign: Option<String>,
}

/// One page of a customer's subscriptions, as ChartMogul sent it.
#[derive(Debug, Deserialize, Tsify)]
pub struct CustomerSubscriptionList {
    pub entries: Vec<CustomerSubscriptionRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
    /// Deprecated by ChartMogul.
    #[tsify(optional, type = "number")]
    pub per_page: Option<u32>,
}

/// The input of `Metrics.ActivitiesExport.create`: which activities.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct NewActivitiesExport {
    /// ISO 8601.
    #[tsify(optional)]
    #[serde(rename = "start-date", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[tsify(optional)]
    #[serde(rename = "end-date", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[tsify(optional, type = "ActivityType")]
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl Checked for NewActivitiesExport {
    fn check(&self) -> Result<(), Error> {
        [
            ("start-date", &self.start_date),
            ("end-date", &self.end_date),
            ("type", &self.kind),
        ]
        .into_iter()
        .try_for_each(|(name, value)| value.as_deref().map_or(Ok(()), |v| non_blank(name, v)))
    }
}

/// An activities export: `pending` until its `file_url` is there to download.
#[derive(Debug, Deserialize, Tsify)]
pub struct ActivitiesExportRecord {
    pub id: String,
    /// `pending`, `processing`, `succeeded`, `failed` or `expired`.
    #[tsify(type = "string")]
    pub status: Option<String>,
    #[tsify(type = "string | null")]
    pub file_url: Option<String>,
    /// What was asked: `{ kind: "activities", params: { activity_type, start_date, end_date } }`.
    #[tsify(optional, type = "Record<string, unknown>")]
    pub params: Option<AnyObject>,
    #[tsify(type = "string | null")]
    pub expires_at: Option<String>,
    #[tsify(type = "string")]
    pub created_at: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        read(&mut serde_json::Deserializer::from_str(json)).map_err(|m| m.to_string())
    }

    #[test]
    fn the_query_is_sent_kebab_case_and_needs_its_dates() {
        let query = MetricsQuery {
            start_date: "2015-01-01".into(),
            end_date: "2015-11-24".into(),
            interval: Some("month".into()),
            plans: Some("Bronze Plan".into()),
            ..Default::default()
        };
        assert!(query.check().is_ok());
        assert_eq!(
            encode_query(&query).unwrap(),
            "start-date=2015-01-01&end-date=2015-11-24&interval=month&plans=Bronze+Plan"
        );
        for bad in ["", "2015-1-01", "2015-01-01T00:00:00", "yesterday"] {
            let query = MetricsQuery {
                end_date: bad.into(),
                ..query_of("2015-01-01")
            };
            let error = query.check().unwrap_err().to_string();
            assert!(error.starts_with("end-date must be a date"), "{error}");
        }
    }

    fn query_of(start: &str) -> MetricsQuery {
        MetricsQuery {
            start_date: start.into(),
            end_date: start.into(),
            ..Default::default()
        }
    }

    #[test]
    fn chartmogul_nodes_recorded_metrics_read_and_a_wrong_number_is_named() {
        let all: MetricsAnswer = parse(r#"{"entries":[{"date":"2015-01-31","customer-churn-rate":0,"mrr-churn-rate":0,"ltv":0,"customers":0,"asp":0,"arpa":0,"arr":0,"mrr":0}]}"#).unwrap();
        assert_eq!(all.entries[0].customer_churn_rate, Some(0.0));
        assert!(all.summary.is_none());
        let mrr: MetricsAnswer = parse(r#"{"entries":[{"date":"2015-01-03","mrr":0,"mrr-new-business":0,"mrr-expansion":0,"mrr-contraction":0,"mrr-churn":0,"mrr-reactivation":0}],"summary":{"current":0,"previous":4100,"percentage-change":-100}}"#).unwrap();
        assert_eq!(mrr.entries[0].mrr_reactivation, Some(0.0));
        assert!(mrr.summary.is_some());
        let bad = parse::<MetricsAnswer>(r#"{"entries":[{"date":"2015-01-31","ltv":"high"}]}"#);
        assert!(bad
            .unwrap_err()
            .starts_with("field `entries[0].ltv`: invalid type"));
        let undated = parse::<MetricsAnswer>(r#"{"entries":[{"mrr":1}]}"#).unwrap_err();
        assert!(undated.contains("date"), "{undated}");
    }

    #[test]
    fn chartmogul_nodes_recorded_activities_subscriptions_and_export_read() {
        let activities: ActivityList = parse(r#"{"entries":[{"description":"purchased the plan_11 plan","activity-mrr-movement":6000,"activity-mrr":6000,"activity-arr":72000,"date":"2020-05-06T01:00:00","type":"new_biz","currency":"USD","subscription-external-id":"sub_2","subscription-set-external-id":"sub_2","plan-external-id":"11","customer-name":"customer_2","customer-uuid":"8bc55ab6-c3b5-11eb-ac45-2f9a49d75af7","customer-external-id":"customer_2","billing-connector-uuid":"99076cb8-97a1-11eb-8798-a73b507e7929","uuid":"f1a49735-21c7-4e3f-9ddc-67927aaadcf4"}],"has_more":false,"cursor":"cursor=="}"#).unwrap();
        assert_eq!(activities.entries[0].kind.as_deref(), Some("new_biz"));
        let subscriptions: CustomerSubscriptionList = parse(r#"{"entries":[{"id":297047,"plan":"Bronze Plan","quantity":0,"mrr":0,"arr":0,"status":"inactive","billing-cycle":"month","billing-cycle-count":1,"start-date":"2016-01-15T00:00:00+00:00","end-date":"2016-01-15T00:00:00+00:00","currency":"USD","currency-sign":"$"}],"has_more":false,"per_page":200,"cursor":"cursor=="}"#).unwrap();
        assert_eq!(subscriptions.entries[0].billing_cycle_count, Some(1));
        let export: ActivitiesExportRecord = parse(r#"{"id":"7f554dba-4a41-4cb2-9790-2045e4c3a5b1","status":"pending","file_url":null,"params":{"kind":"activities","params":{"activity_type":"contraction","start_date":"2020-01-01","end_date":"2020-12-31"}},"expires_at":null,"created_at":"2021-07-12T14:46:56+00:00"}"#).unwrap();
        assert_eq!(export.file_url, None);
        let bad = parse::<ActivityList>(r#"{"entries":[{"activity-mrr":"6000"}]}"#).unwrap_err();
        assert!(bad.starts_with("field `entries[0].activity-mrr`"), "{bad}");
    }

    #[test]
    fn the_activity_filters_and_the_export_refuse_what_chartmogul_would() {
        let query = ActivityListQuery {
            start_date: Some("2020-01-01".into()),
            kind: Some("churn".into()),
            order: Some("-date".into()),
            per_page: Some(2),
            ..Default::default()
        };
        assert_eq!(
            encode_query(&query).unwrap(),
            "start-date=2020-01-01&type=churn&order=-date&per_page=2"
        );
        let open_ended = ActivityListQuery {
            end_date: Some("2020-12-31".into()),
            ..Default::default()
        };
        assert!(open_ended.check().is_err());
        let export = NewActivitiesExport {
            kind: Some(" ".into()),
            ..Default::default()
        };
        assert!(export.check().unwrap_err().to_string().contains("type"));
        let sent = NewActivitiesExport {
            start_date: Some("2020-01-01".into()),
            kind: Some("contraction".into()),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_string(&sent).unwrap(),
            r#"{"start-date":"2020-01-01","type":"contraction"}"#
        );
    }
}
