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
use super::invoices::{
    InvoiceByExternalId, InvoiceChanges, InvoiceList, InvoiceListQuery, InvoiceQuery,
    InvoiceRecord, InvoiceStatus, InvoiceStatusAnswer, NewInvoices,
};
use super::paging::PageQuery;
use super::ping::PingAnswer;
use super::plan_groups::{NewPlanGroup, PlanGroupChanges, PlanGroupList, PlanGroupRecord};
use super::plans::{NewPlan, PlanChanges, PlanList, PlanListQuery, PlanRecord};
use super::schema::{body, page, query, query_and_body, query_with_fixed, record, Input, Output};
use crate::core::request::Verb::{Delete, Get, Patch, Post, Put};

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
        class: "Invoice",
        method: "create",
        verb: Post,
        path: "/v1/import/customers/{customer_uuid}/invoices",
        input: body!(NewInvoices),
        output: record!(InvoiceList),
        retry: Retry::IfNotSent,
        summary: "Imports invoices, with their line items and transactions, for a customer.",
    },
    Endpoint {
        class: "Invoice",
        method: "retrieve",
        verb: Get,
        path: "/v1/invoices/{uuid}",
        input: query!(InvoiceQuery),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "One invoice.",
    },
    // chartmogul-node's `all` given a customer's uuid: that customer's invoices.
    Endpoint {
        class: "Invoice",
        method: "all",
        verb: Get,
        path: "/v1/import/customers/{customer_uuid}/invoices",
        input: query!(PageQuery),
        output: page!(InvoiceList, "invoices"),
        retry: Retry::Always,
        summary: "The invoices of one customer, a page at a time.",
    },
    Endpoint {
        class: "Invoice",
        method: "all",
        verb: Get,
        path: "/v1/invoices",
        input: query!(InvoiceListQuery),
        output: page!(InvoiceList, "invoices"),
        retry: Retry::Always,
        summary: "The invoices, a page at a time, filtered by customer, data source, external id or validity.",
    },
    Endpoint {
        class: "Invoice",
        method: "destroy",
        verb: Delete,
        path: "/v1/invoices/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes an invoice.",
    },
    Endpoint {
        class: "Invoice",
        method: "destroyAll",
        verb: Delete,
        path: "/v1/data_sources/{data_source_uuid}/customers/{customer_uuid}/invoices",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes all the invoices of a customer in a data source.",
    },
    Endpoint {
        class: "Invoice",
        method: "updateStatus",
        verb: Put,
        path: "/v1/data_sources/{data_source_uuid}/invoices/{invoice_external_id}/status",
        input: body!(InvoiceStatus),
        output: record!(InvoiceStatusAnswer),
        retry: Retry::Always,
        summary: "Marks an invoice, named by its external id, voided or written off.",
    },
    Endpoint {
        class: "Invoice",
        method: "disable",
        verb: Patch,
        path: "/v1/invoices/{uuid}/disabled_state",
        input: Input::Fixed("{\"disabled\":true}"),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Disables an invoice: ChartMogul leaves it out of its metrics.",
    },
    Endpoint {
        class: "Invoice",
        method: "enable",
        verb: Patch,
        path: "/v1/invoices/{uuid}/disabled_state",
        input: Input::Fixed("{\"disabled\":false}"),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Enables a disabled invoice again.",
    },
    Endpoint {
        class: "Invoice",
        method: "modify",
        verb: Patch,
        path: "/v1/invoices/{uuid}",
        input: body!(InvoiceChanges),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Changes an invoice's date, due date or currency.",
    },
    Endpoint {
        class: "Invoice",
        method: "update",
        verb: Patch,
        path: "/v1/invoices",
        input: query_and_body!(InvoiceByExternalId, InvoiceChanges),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Changes the date, due date or currency of the invoice named in `qs` by data source and external id.",
    },
    Endpoint {
        class: "Invoice",
        method: "destroyByExternalId",
        verb: Delete,
        path: "/v1/invoices",
        input: query_and_body!(InvoiceByExternalId),
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes the invoice named in `qs` by data source and external id.",
    },
    Endpoint {
        class: "Invoice",
        method: "disableByExternalId",
        verb: Patch,
        path: "/v1/invoices/disabled_state",
        input: query_with_fixed!(InvoiceByExternalId, "{\"disabled\":true}"),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Disables the invoice named by data source and external id.",
    },
    Endpoint {
        class: "Invoice",
        method: "enableByExternalId",
        verb: Patch,
        path: "/v1/invoices/disabled_state",
        input: query_with_fixed!(InvoiceByExternalId, "{\"disabled\":false}"),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Enables again the invoice named by data source and external id.",
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
    /// serve one row, or rows sending different fixed bodies (`disable`
    /// and `enable`).
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
        let routes: HashSet<_> = ENDPOINTS
            .iter()
            .map(|e| (e.verb, e.path, fixed_body(e)))
            .collect();
        assert_eq!(routes.len(), ENDPOINTS.len());
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
