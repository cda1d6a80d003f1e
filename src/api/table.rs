//! The endpoint table: every call this package makes, declared once. The
//! wasm face dispatches on it, `pkg/setup.js` builds the JS classes from
//! it, the build writes the class declarations of the .d.ts from it, the
//! CLI takes its commands and flags from it and the local test server its
//! routes. Adding an endpoint is an entry here, its types and its tests.

use super::account::{AccountQuery, AccountRecord};
use super::data_sources::{
    DataSourceList, DataSourceListQuery, DataSourceQuery, DataSourceRecord, NewDataSource,
};
use super::endpoint::{Endpoint, Retry};
use super::external_id::ByExternalId;
use super::line_items::{LineItemChanges, LineItemList, LineItemRecord, NewLineItem};
use super::paging::PageQuery;
use super::ping::PingAnswer;
use super::plan_groups::{NewPlanGroup, PlanGroupChanges, PlanGroupList, PlanGroupRecord};
use super::plans::{NewPlan, PlanChanges, PlanList, PlanListQuery, PlanRecord};
use super::schema::{body, page, query, query_and_body, query_with_fixed, record, Input, Output};
use super::transactions::{NewTransaction, TransactionChanges, TransactionList, TransactionRecord};
use crate::core::request::Verb::{Delete, Get, Patch, Post};

pub static ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        class: "DataSource",
        method: "create",
        verb: Post,
        path: "/v1/data_sources",
        input: body!(NewDataSource),
        output: record!(DataSourceRecord),
        retry: Retry::IfNotSent,
        summary: "Creates a data source for importing your own billing data.",
    },
    Endpoint {
        class: "DataSource",
        method: "retrieve",
        verb: Get,
        path: "/v1/data_sources/{uuid}",
        input: query!(DataSourceQuery),
        output: record!(DataSourceRecord),
        retry: Retry::Always,
        summary: "One data source.",
    },
    Endpoint {
        class: "DataSource",
        method: "all",
        verb: Get,
        path: "/v1/data_sources",
        input: query!(DataSourceListQuery),
        output: record!(DataSourceList),
        retry: Retry::Always,
        summary: "The data sources, filtered by name or system.",
    },
    Endpoint {
        class: "DataSource",
        method: "destroy",
        verb: Delete,
        path: "/v1/data_sources/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a data source and all its data.",
    },
    Endpoint {
        class: "Account",
        method: "retrieve",
        verb: Get,
        path: "/v1/account",
        input: query!(AccountQuery),
        output: record!(AccountRecord),
        retry: Retry::Always,
        summary: "The account the API key belongs to.",
    },
    Endpoint {
        class: "Ping",
        method: "ping",
        verb: Get,
        path: "/v1/ping",
        input: Input::Nothing,
        output: record!(PingAnswer),
        retry: Retry::Always,
        summary: "Checks the API key: answers `{ data: \"pong!\" }`.",
    },
    Endpoint {
        class: "Plan",
        method: "create",
        verb: Post,
        path: "/v1/plans",
        input: body!(NewPlan),
        output: record!(PlanRecord),
        retry: Retry::IfNotSent,
        summary: "Creates a plan in a data source.",
    },
    Endpoint {
        class: "Plan",
        method: "retrieve",
        verb: Get,
        path: "/v1/plans/{uuid}",
        input: Input::Nothing,
        output: record!(PlanRecord),
        retry: Retry::Always,
        summary: "One plan.",
    },
    Endpoint {
        class: "Plan",
        method: "all",
        verb: Get,
        path: "/v1/plans",
        input: query!(PlanListQuery),
        output: page!(PlanList, "plans"),
        retry: Retry::Always,
        summary: "The plans, a page at a time, filtered by data source, external id or system.",
    },
    Endpoint {
        class: "Plan",
        method: "modify",
        verb: Patch,
        path: "/v1/plans/{uuid}",
        input: body!(PlanChanges),
        output: record!(PlanRecord),
        retry: Retry::Always,
        summary: "Changes a plan's name or interval.",
    },
    Endpoint {
        class: "Plan",
        method: "destroy",
        verb: Delete,
        path: "/v1/plans/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a plan.",
    },
    Endpoint {
        class: "PlanGroup",
        method: "create",
        verb: Post,
        path: "/v1/plan_groups",
        input: body!(NewPlanGroup),
        output: record!(PlanGroupRecord),
        retry: Retry::IfNotSent,
        summary: "Creates a plan group of the plans given.",
    },
    Endpoint {
        class: "PlanGroup",
        method: "retrieve",
        verb: Get,
        path: "/v1/plan_groups/{uuid}",
        input: Input::Nothing,
        output: record!(PlanGroupRecord),
        retry: Retry::Always,
        summary: "One plan group.",
    },
    Endpoint {
        class: "PlanGroup",
        method: "all",
        verb: Get,
        path: "/v1/plan_groups",
        input: query!(PageQuery),
        output: page!(PlanGroupList, "plan_groups"),
        retry: Retry::Always,
        summary: "The plan groups, a page at a time.",
    },
    // chartmogul-node's `all` given a group's uuid: that group's plans.
    Endpoint {
        class: "PlanGroup",
        method: "all",
        verb: Get,
        path: "/v1/plan_groups/{uuid}/plans",
        input: query!(PageQuery),
        output: page!(PlanList, "plans"),
        retry: Retry::Always,
        summary: "The plans of one plan group, a page at a time.",
    },
    Endpoint {
        class: "PlanGroup",
        method: "modify",
        verb: Patch,
        path: "/v1/plan_groups/{uuid}",
        input: body!(PlanGroupChanges),
        output: record!(PlanGroupRecord),
        retry: Retry::Always,
        summary: "Renames a plan group or sets its plans.",
    },
    Endpoint {
        class: "PlanGroup",
        method: "destroy",
        verb: Delete,
        path: "/v1/plan_groups/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a plan group (not its plans).",
    },
    Endpoint {
        class: "LineItem",
        method: "create",
        verb: Post,
        path: "/v1/import/invoices/{invoice_uuid}/line_items",
        input: body!(NewLineItem),
        output: record!(LineItemRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a line item to an invoice.",
    },
    Endpoint {
        class: "LineItem",
        method: "retrieve",
        verb: Get,
        path: "/v1/line_items/{uuid}",
        input: Input::Nothing,
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "One line item.",
    },
    Endpoint {
        class: "LineItem",
        method: "all",
        verb: Get,
        path: "/v1/line_items",
        input: query!(ByExternalId),
        output: record!(LineItemList),
        retry: Retry::Always,
        summary: "The line items with an external id in a data source (a list, not paginated).",
    },
    Endpoint {
        class: "LineItem",
        method: "modify",
        verb: Patch,
        path: "/v1/line_items/{uuid}",
        input: body!(LineItemChanges),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Changes a line item.",
    },
    Endpoint {
        class: "LineItem",
        method: "update",
        verb: Patch,
        path: "/v1/line_items",
        input: query_and_body!(ByExternalId, LineItemChanges),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Changes the line item with an external id in a data source.",
    },
    Endpoint {
        class: "LineItem",
        method: "destroy",
        verb: Delete,
        path: "/v1/line_items/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a line item.",
    },
    Endpoint {
        class: "LineItem",
        method: "destroyByExternalId",
        verb: Delete,
        path: "/v1/line_items",
        input: query_and_body!(ByExternalId),
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes the line item with an external id in a data source.",
    },
    Endpoint {
        class: "LineItem",
        method: "disable",
        verb: Patch,
        path: "/v1/line_items/{uuid}/disabled_state",
        input: Input::Fixed("{\"disabled\":true}"),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Disables a line item of an automatic source (one with an external id).",
    },
    Endpoint {
        class: "LineItem",
        method: "enable",
        verb: Patch,
        path: "/v1/line_items/{uuid}/disabled_state",
        input: Input::Fixed("{\"disabled\":false}"),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Enables a disabled line item.",
    },
    // chartmogul-node's `disable` and `enable` given a query instead of a uuid: the same calls as `disableByExternalId` and `enableByExternalId`.
    Endpoint {
        class: "LineItem",
        method: "disable",
        verb: Patch,
        path: "/v1/line_items/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":true}"),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Disables the line item with an external id in a data source.",
    },
    Endpoint {
        class: "LineItem",
        method: "enable",
        verb: Patch,
        path: "/v1/line_items/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":false}"),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Enables the disabled line item with an external id in a data source.",
    },
    Endpoint {
        class: "LineItem",
        method: "disableByExternalId",
        verb: Patch,
        path: "/v1/line_items/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":true}"),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Disables the line item with an external id in a data source.",
    },
    Endpoint {
        class: "LineItem",
        method: "enableByExternalId",
        verb: Patch,
        path: "/v1/line_items/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":false}"),
        output: record!(LineItemRecord),
        retry: Retry::Always,
        summary: "Enables the disabled line item with an external id in a data source.",
    },
    Endpoint {
        class: "Transaction",
        method: "create",
        verb: Post,
        path: "/v1/import/invoices/{invoice_uuid}/transactions",
        input: body!(NewTransaction),
        output: record!(TransactionRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a transaction to an invoice.",
    },
    Endpoint {
        class: "Transaction",
        method: "retrieve",
        verb: Get,
        path: "/v1/transactions/{uuid}",
        input: Input::Nothing,
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "One transaction.",
    },
    Endpoint {
        class: "Transaction",
        method: "all",
        verb: Get,
        path: "/v1/transactions",
        input: query!(ByExternalId),
        output: record!(TransactionList),
        retry: Retry::Always,
        summary: "The transactions with an external id in a data source (a list, not paginated).",
    },
    Endpoint {
        class: "Transaction",
        method: "modify",
        verb: Patch,
        path: "/v1/transactions/{uuid}",
        input: body!(TransactionChanges),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Changes a transaction.",
    },
    Endpoint {
        class: "Transaction",
        method: "update",
        verb: Patch,
        path: "/v1/transactions",
        input: query_and_body!(ByExternalId, TransactionChanges),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Changes the transaction with an external id in a data source.",
    },
    Endpoint {
        class: "Transaction",
        method: "destroy",
        verb: Delete,
        path: "/v1/transactions/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a transaction.",
    },
    Endpoint {
        class: "Transaction",
        method: "destroyByExternalId",
        verb: Delete,
        path: "/v1/transactions",
        input: query_and_body!(ByExternalId),
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes the transaction with an external id in a data source.",
    },
    Endpoint {
        class: "Transaction",
        method: "disable",
        verb: Patch,
        path: "/v1/transactions/{uuid}/disabled_state",
        input: Input::Fixed("{\"disabled\":true}"),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Disables a transaction of an automatic source (one with an external id).",
    },
    Endpoint {
        class: "Transaction",
        method: "enable",
        verb: Patch,
        path: "/v1/transactions/{uuid}/disabled_state",
        input: Input::Fixed("{\"disabled\":false}"),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Enables a disabled transaction.",
    },
    // chartmogul-node's `disable` and `enable` given a query instead of a uuid: the same calls as `disableByExternalId` and `enableByExternalId`.
    Endpoint {
        class: "Transaction",
        method: "disable",
        verb: Patch,
        path: "/v1/transactions/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":true}"),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Disables the transaction with an external id in a data source.",
    },
    Endpoint {
        class: "Transaction",
        method: "enable",
        verb: Patch,
        path: "/v1/transactions/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":false}"),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Enables the disabled transaction with an external id in a data source.",
    },
    Endpoint {
        class: "Transaction",
        method: "disableByExternalId",
        verb: Patch,
        path: "/v1/transactions/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":true}"),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Disables the transaction with an external id in a data source.",
    },
    Endpoint {
        class: "Transaction",
        method: "enableByExternalId",
        verb: Patch,
        path: "/v1/transactions/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":false}"),
        output: record!(TransactionRecord),
        retry: Retry::Always,
        summary: "Enables the disabled transaction with an external id in a data source.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The table as text: a change to any endpoint shows in review as a diff.
    fn listing() -> String {
        ENDPOINTS
            .iter()
            .map(|e| {
                let input = match &e.input {
                    Input::Nothing => "-".to_string(),
                    Input::Query(s) => format!("query {}", s.name),
                    Input::Body(s) => format!("body {}", s.ts_type),
                    Input::QueryAndBody { query, body } => match body {
                        Some(body) => format!("query {} body {}", query.name, body.name),
                        None => format!("query {} in qs", query.name),
                    },
                    Input::Fixed(body) => format!("body {body}"),
                    Input::QueryWithFixed(s, body) => format!("query {} body {body}", s.name),
                };
                let pages = match e.output.items() {
                    Some(items) => format!(" pages of {items}"),
                    None => String::new(),
                };
                format!(
                    "{}.{} {} {} {} -> {}{} {:?}\n",
                    e.class,
                    e.method,
                    e.verb.as_str(),
                    e.path,
                    input,
                    e.output.type_name().unwrap_or("{}"),
                    pages,
                    e.retry
                )
            })
            .collect()
    }

    #[test]
    fn the_table_is_as_reviewed() {
        assert_eq!(listing(), include_str!("table.snap"));
    }

    /// A name may have two rows (chartmogul-node's overloads) only when
    /// they take different numbers of path parameters: the JS side picks
    /// the row by how many string arguments come first. A verb and path
    /// serve one call, or calls sending different fixed bodies (`disable`
    /// and `enable`). One call may have two names: chartmogul-node's
    /// `disable(config, query)` is its `disableByExternalId(config, query)`,
    /// so both are rows, alike but for the name (a row costs a few bytes;
    /// an alias mechanism in setup.js, the .d.ts and the CLI would cost more).
    #[test]
    fn each_method_is_declared_once_per_arity_and_each_verb_and_path_once() {
        let names: HashSet<_> = ENDPOINTS
            .iter()
            .map(|e| (e.class, e.method, e.path_params().count()))
            .collect();
        assert_eq!(names.len(), ENDPOINTS.len());
        let fixed_body = |e: &Endpoint| match e.input {
            Input::Fixed(body) | Input::QueryWithFixed(_, body) => body,
            _ => "",
        };
        let mut calls = std::collections::HashMap::new();
        for e in ENDPOINTS {
            let call = (
                e.class,
                e.input.schema().map(|s| s.name),
                e.output.type_name(),
            );
            let first = *calls.entry((e.verb, e.path, fixed_body(e))).or_insert(call);
            assert_eq!(
                first, call,
                "{}.{}: another call has its route",
                e.class, e.method
            );
        }
    }

    #[test]
    fn only_a_post_may_be_unsafe_to_retry_and_every_post_says_so() {
        for e in ENDPOINTS {
            assert_eq!(
                e.verb == Post,
                e.retry == Retry::IfNotSent,
                "{}.{}",
                e.class,
                e.method
            );
        }
    }

    #[test]
    fn every_query_and_body_type_lists_its_fields() {
        for e in ENDPOINTS {
            if let Some(schema) = e.input.schema() {
                assert!(!(schema.fields)().is_empty(), "{}", schema.name);
            }
        }
    }
}
