//! The endpoint table: every call this package makes, declared once. The
//! wasm face dispatches on it, `pkg/setup.js` builds the JS classes from
//! it, the build writes the class declarations of the .d.ts from it, the
//! CLI takes its commands and flags from it and the local test server its
//! routes. Adding an endpoint is an entry here, its types and its tests.

use super::account::{AccountQuery, AccountRecord};
use super::customer_notes::{
    CustomerNoteList, CustomerNoteListQuery, CustomerNoteRecord, NewCustomerNote,
};
use super::data_sources::{
    DataSourceList, DataSourceListQuery, DataSourceQuery, DataSourceRecord, NewDataSource,
};
use super::endpoint::{Endpoint, Retry};
use super::opportunities::{
    NewOpportunity, OpportunityList, OpportunityListQuery, OpportunityRecord,
};
use super::paging::PageQuery;
use super::ping::PingAnswer;
use super::plan_groups::{NewPlanGroup, PlanGroupChanges, PlanGroupList, PlanGroupRecord};
use super::plans::{NewPlan, PlanChanges, PlanList, PlanListQuery, PlanRecord};
use super::schema::{body, body_with_param, page, query, record, Input, Output};
use super::tasks::{NewTask, TaskList, TaskListQuery, TaskRecord};
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
    // The CRM calls of one customer: chartmogul-node sends the customer's
    // uuid as `customer_uuid`, in the query or in the body.
    Endpoint {
        class: "Customer",
        method: "notes",
        verb: Get,
        path: "/v1/customer_notes?customer_uuid={customer_uuid}",
        input: query!(CustomerNoteListQuery),
        output: page!(CustomerNoteList, "entries"),
        retry: Retry::Always,
        summary: "A customer's notes and call logs, a page at a time.",
    },
    Endpoint {
        class: "Customer",
        method: "createNote",
        verb: Post,
        path: "/v1/customer_notes",
        input: body_with_param!(NewCustomerNote, "customer_uuid"),
        output: record!(CustomerNoteRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a note or call log to a customer.",
    },
    Endpoint {
        class: "Customer",
        method: "opportunities",
        verb: Get,
        path: "/v1/opportunities?customer_uuid={customer_uuid}",
        input: query!(OpportunityListQuery),
        output: page!(OpportunityList, "entries"),
        retry: Retry::Always,
        summary: "A customer's opportunities, a page at a time.",
    },
    Endpoint {
        class: "Customer",
        method: "createOpportunity",
        verb: Post,
        path: "/v1/opportunities",
        input: body_with_param!(NewOpportunity, "customer_uuid"),
        output: record!(OpportunityRecord),
        retry: Retry::IfNotSent,
        summary: "Adds an opportunity to a customer.",
    },
    Endpoint {
        class: "Customer",
        method: "tasks",
        verb: Get,
        path: "/v1/tasks?customer_uuid={customer_uuid}",
        input: query!(TaskListQuery),
        output: page!(TaskList, "entries"),
        retry: Retry::Always,
        summary: "A customer's tasks, a page at a time.",
    },
    Endpoint {
        class: "Customer",
        method: "createTask",
        verb: Post,
        path: "/v1/tasks",
        input: body_with_param!(NewTask, "customer_uuid"),
        output: record!(TaskRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a task to a customer.",
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
                    Input::BodyWithParam { param, schema } => {
                        format!("body {} with argument {param}", schema.name)
                    }
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
    /// they take different numbers of string arguments (path parameters
    /// and an input's own): the JS side picks the row by how many come
    /// first. A verb and path (its template query included) serve one row,
    /// or rows sending different fixed bodies (`disable` and `enable`), or
    /// a row taking a body whole and one taking its field as an argument
    /// (`CustomerNote.create(config, data)` and `Customer.createNote(config,
    /// customerUuid, data)` send the same request).
    #[test]
    fn each_method_is_declared_once_per_arity_and_each_verb_and_path_once() {
        let names: HashSet<_> = ENDPOINTS
            .iter()
            .map(|e| (e.class, e.method, e.params().count()))
            .collect();
        assert_eq!(names.len(), ENDPOINTS.len());
        let fixed_body = |e: &Endpoint| match e.input {
            Input::Fixed(body) | Input::QueryWithFixed(_, body) => body,
            _ => "",
        };
        let routes: HashSet<_> = ENDPOINTS
            .iter()
            .map(|e| (e.verb, e.path, fixed_body(e), e.input.param()))
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

    /// The face sets the argument as that field, and the type must have it.
    #[test]
    fn an_argument_sent_in_the_body_is_a_field_of_its_type_and_not_in_the_path() {
        for e in ENDPOINTS {
            if let Input::BodyWithParam { param, schema } = &e.input {
                assert!(
                    (schema.fields)().contains(param),
                    "{}.{}",
                    e.class,
                    e.method
                );
                assert!(!e.path.contains(&format!("{{{param}}}")), "{}", e.path);
            }
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
