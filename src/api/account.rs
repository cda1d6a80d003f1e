//! The account the API key belongs to.

use tsify::Tsify;

/// `Account.retrieve`'s query: `include` asks for more settings,
/// comma-separated (`churn_recognition,churn_when_zero_mrr`).
#[derive(Tsify)]
pub struct AccountQuery {
    #[tsify(optional)]
    pub include: Option<String>,
}

/// The account, as ChartMogul returns it; settings asked for with
/// `include` are kept on the object as they came.
#[derive(Tsify)]
pub struct AccountRecord {
    /// `acc_…`; older answers leave it out.
    #[tsify(optional)]
    pub id: Option<String>,
    #[tsify(type = "string")]
    pub name: Option<String>,
    /// ISO 4217, e.g. `USD`.
    #[tsify(type = "string")]
    pub currency: Option<String>,
    /// A TZ identifier, e.g. `Europe/Berlin`.
    #[tsify(type = "string")]
    pub time_zone: Option<String>,
    /// `monday` or `sunday`.
    #[tsify(type = "string")]
    pub week_start_on: Option<String>,
}
