//! The endpoint table: every call this package makes, declared once. The
//! wasm face dispatches on it, `pkg/setup.js` builds the JS classes from
//! it, the build writes the class declarations of the .d.ts from it, the
//! CLI takes its commands and flags from it and the local test server its
//! routes. Adding an endpoint is an entry here, its types and its tests.

use super::account::{AccountQuery, AccountRecord};
use super::attributes::{
    CustomAttributeChanges, CustomAttributeKeys, CustomAttributesByEmail, CustomerEntries,
    NewCustomAttributes, TagChanges, TagsByEmail,
};
use super::contacts::{
    ContactChanges, ContactList, ContactListQuery, ContactRecord, NewContact,
    NewContactWithCustomer,
};
use super::customer_notes::{
    CustomerNoteChanges, CustomerNoteList, CustomerNoteListQuery, CustomerNoteRecord,
    NewCustomerNote,
};
use super::customers::{
    CustomerAttributes, CustomerChanges, CustomerList, CustomerListQuery, CustomerMerge,
    CustomerRecord, CustomerSearchQuery, CustomerUnmerge, NewCustomer, SubscriptionRefs,
};
use super::data_sources::{
    DataSourceList, DataSourceListQuery, DataSourceQuery, DataSourceRecord, NewDataSource,
};
use super::endpoint::{Endpoint, Retry};
use super::external_id::ByExternalId;
use super::invoices::{
    InvoiceChanges, InvoiceList, InvoiceListQuery, InvoiceQuery, InvoiceRecord, InvoiceStatus,
    InvoiceStatusAnswer, NewInvoices,
};
use super::json_imports::{JsonImportRecord, NewJsonImport};
use super::line_items::{LineItemChanges, LineItemList, LineItemRecord, NewLineItem};
use super::metrics::{
    ActivitiesExportRecord, ActivityList, ActivityListQuery, CustomerSubscriptionList,
    MetricsAnswer, MetricsQuery, NewActivitiesExport,
};
use super::opportunities::{
    NewOpportunity, OpportunityChanges, OpportunityList, OpportunityListQuery, OpportunityRecord,
};
use super::paging::PageQuery;
use super::ping::PingAnswer;
use super::plan_groups::{NewPlanGroup, PlanGroupChanges, PlanGroupList, PlanGroupRecord};
use super::plans::{NewPlan, PlanChanges, PlanList, PlanListQuery, PlanRecord};
use super::schema::{
    body, body_with_param, each_with_param, page, query, query_and_body, query_with_fixed, record,
    wrapped, Input, Output,
};
use super::subscription_events::{
    NewSubscriptionEvent, SubscriptionEventChanges, SubscriptionEventList,
    SubscriptionEventListQuery, SubscriptionEventRecord, SubscriptionEventRef,
};
use super::subscriptions::{SubscriptionCancellation, SubscriptionList, SubscriptionRecord};
use super::tasks::{NewTask, TaskChanges, TaskList, TaskListQuery, TaskRecord};
use super::transactions::{NewTransaction, TransactionChanges, TransactionList, TransactionRecord};
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
    // chartmogul-node's own name for `all` without a uuid; one call under two names.
    Endpoint {
        class: "PlanGroup",
        method: "allAny",
        verb: Get,
        path: "/v1/plan_groups",
        input: query!(PageQuery),
        output: page!(PlanGroupList, "plan_groups"),
        retry: Retry::Always,
        summary: "The plan groups, a page at a time (`all` without a uuid).",
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
        class: "Customer",
        method: "create",
        verb: Post,
        path: "/v1/customers",
        input: body!(NewCustomer),
        output: record!(CustomerRecord),
        retry: Retry::IfNotSent,
        summary: "Creates a customer in a data source.",
    },
    Endpoint {
        class: "Customer",
        method: "retrieve",
        verb: Get,
        path: "/v1/customers/{uuid}",
        input: Input::Nothing,
        output: record!(CustomerRecord),
        retry: Retry::Always,
        summary: "One customer.",
    },
    Endpoint {
        class: "Customer",
        method: "all",
        verb: Get,
        path: "/v1/customers",
        input: query!(CustomerListQuery),
        output: page!(CustomerList, "entries"),
        retry: Retry::Always,
        summary: "The customers, a page at a time, filtered by data source, external id, status or system.",
    },
    Endpoint {
        class: "Customer",
        method: "modify",
        verb: Patch,
        path: "/v1/customers/{uuid}",
        input: body!(CustomerChanges),
        output: record!(CustomerRecord),
        retry: Retry::Always,
        summary: "Changes a customer's details, attributes or primary contact.",
    },
    Endpoint {
        class: "Customer",
        method: "destroy",
        verb: Delete,
        path: "/v1/customers/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a customer and its data.",
    },
    Endpoint {
        class: "Customer",
        method: "merge",
        verb: Post,
        path: "/v1/customers/merges",
        input: body!(CustomerMerge),
        output: Output::Nothing,
        retry: Retry::IfNotSent,
        summary: "Merges the customer `from` into the customer `into`.",
    },
    Endpoint {
        class: "Customer",
        method: "unmerge",
        verb: Post,
        path: "/v1/customers/unmerges",
        input: body!(CustomerUnmerge),
        output: Output::Nothing,
        retry: Retry::IfNotSent,
        summary: "Takes a data source customer out of a merged customer, into a customer of its own.",
    },
    Endpoint {
        class: "Customer",
        method: "search",
        verb: Get,
        path: "/v1/customers/search",
        input: query!(CustomerSearchQuery),
        output: page!(CustomerList, "entries"),
        retry: Retry::Always,
        summary: "The customers with an email address, a page at a time.",
    },
    Endpoint {
        class: "Customer",
        method: "attributes",
        verb: Get,
        path: "/v1/customers/{uuid}/attributes",
        input: Input::Nothing,
        output: record!(CustomerAttributes),
        retry: Retry::Always,
        summary: "A customer's tags and custom, Stripe and Clearbit attributes.",
    },
    Endpoint {
        class: "Customer",
        method: "contacts",
        verb: Get,
        path: "/v1/customers/{uuid}/contacts",
        input: query!(PageQuery),
        output: page!(ContactList, "entries"),
        retry: Retry::Always,
        summary: "A customer's contacts, a page at a time.",
    },
    Endpoint {
        class: "Customer",
        method: "createContact",
        verb: Post,
        path: "/v1/customers/{uuid}/contacts",
        input: body!(NewContact),
        output: record!(ContactRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a contact to a customer.",
    },
    Endpoint {
        class: "Customer",
        method: "connectSubscriptions",
        verb: Post,
        path: "/v1/customers/{uuid}/connect_subscriptions",
        input: body!(SubscriptionRefs),
        output: Output::Nothing,
        retry: Retry::IfNotSent,
        summary: "Connects a customer's subscriptions into one.",
    },
    Endpoint {
        class: "Customer",
        method: "disconnectSubscriptions",
        verb: Post,
        path: "/v1/customers/{uuid}/disconnect_subscriptions",
        input: body!(SubscriptionRefs),
        output: Output::Nothing,
        retry: Retry::IfNotSent,
        summary: "Disconnects subscriptions connected before.",
    },
    Endpoint {
        class: "Tag",
        method: "add",
        verb: Post,
        path: "/v1/customers/{customer_uuid}/attributes/tags",
        input: body!(TagChanges),
        output: record!(CustomerAttributes),
        retry: Retry::IfNotSent,
        summary: "Adds tags to a customer; answers all its tags.",
    },
    // chartmogul-node's `add` given no uuid: by the `email` in the body.
    Endpoint {
        class: "Tag",
        method: "add",
        verb: Post,
        path: "/v1/customers/attributes/tags",
        input: body!(TagsByEmail),
        output: record!(CustomerEntries),
        retry: Retry::IfNotSent,
        summary: "Adds tags to every customer with an email; answers those customers.",
    },
    // ChartMogul names the tags in the DELETE's JSON body.
    Endpoint {
        class: "Tag",
        method: "remove",
        verb: Delete,
        path: "/v1/customers/{customer_uuid}/attributes/tags",
        input: body!(TagChanges),
        output: record!(CustomerAttributes),
        retry: Retry::Always,
        summary: "Takes tags off a customer; answers the tags left.",
    },
    Endpoint {
        class: "CustomAttribute",
        method: "add",
        verb: Post,
        path: "/v1/customers/{customer_uuid}/attributes/custom",
        input: body!(NewCustomAttributes),
        output: record!(CustomerAttributes),
        retry: Retry::IfNotSent,
        summary: "Adds typed custom attributes to a customer; answers all of them by key.",
    },
    // chartmogul-node's `add` given no uuid: by the `email` in the body.
    Endpoint {
        class: "CustomAttribute",
        method: "add",
        verb: Post,
        path: "/v1/customers/attributes/custom",
        input: body!(CustomAttributesByEmail),
        output: record!(CustomerEntries),
        retry: Retry::IfNotSent,
        summary: "Adds typed custom attributes to every customer with an email; answers those customers.",
    },
    Endpoint {
        class: "CustomAttribute",
        method: "update",
        verb: Put,
        path: "/v1/customers/{customer_uuid}/attributes/custom",
        input: body!(CustomAttributeChanges),
        output: record!(CustomerAttributes),
        retry: Retry::Always,
        summary: "Sets new values of a customer's custom attributes, by key.",
    },
    // ChartMogul names the keys in the DELETE's JSON body.
    Endpoint {
        class: "CustomAttribute",
        method: "remove",
        verb: Delete,
        path: "/v1/customers/{customer_uuid}/attributes/custom",
        input: body!(CustomAttributeKeys),
        output: record!(CustomerAttributes),
        retry: Retry::Always,
        summary: "Takes custom attributes off a customer, by key; answers those left.",
    },
    Endpoint {
        class: "SubscriptionEvent",
        method: "all",
        verb: Get,
        path: "/v1/subscription_events",
        input: query!(SubscriptionEventListQuery),
        output: page!(SubscriptionEventList, "subscription_events"),
        retry: Retry::Always,
        summary: "The subscription events, a page at a time, filtered by source, customer, subscription, plan, type or date.",
    },
    Endpoint {
        class: "SubscriptionEvent",
        method: "create",
        verb: Post,
        path: "/v1/subscription_events",
        input: wrapped!(NewSubscriptionEvent, "subscription_event"),
        output: record!(SubscriptionEventRecord),
        retry: Retry::IfNotSent,
        summary: "Creates a subscription event for a customer of a data source.",
    },
    Endpoint {
        class: "SubscriptionEvent",
        method: "updateWithParams",
        verb: Patch,
        path: "/v1/subscription_events",
        input: wrapped!(SubscriptionEventChanges, "subscription_event"),
        output: record!(SubscriptionEventRecord),
        retry: Retry::Always,
        summary: "Changes a subscription event named by its id, or by data source and external id.",
    },
    // ChartMogul names the event in the DELETE's JSON body.
    Endpoint {
        class: "SubscriptionEvent",
        method: "deleteWithParams",
        verb: Delete,
        path: "/v1/subscription_events",
        input: wrapped!(SubscriptionEventRef, "subscription_event"),
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a subscription event named by its id, or by data source and external id.",
    },
    Endpoint {
        class: "SubscriptionEvent",
        method: "disable",
        verb: Patch,
        path: "/v1/subscription_events/{id}/disabled_state",
        input: Input::Fixed("{\"disabled\":true}"),
        output: record!(SubscriptionEventRecord),
        retry: Retry::Always,
        summary: "Disables a subscription event: kept, but left out of the metrics.",
    },
    Endpoint {
        class: "SubscriptionEvent",
        method: "enable",
        verb: Patch,
        path: "/v1/subscription_events/{id}/disabled_state",
        input: Input::Fixed("{\"disabled\":false}"),
        output: record!(SubscriptionEventRecord),
        retry: Retry::Always,
        summary: "Enables a disabled subscription event again.",
    },
    Endpoint {
        class: "Subscription",
        method: "all",
        verb: Get,
        path: "/v1/import/customers/{customer_uuid}/subscriptions",
        input: query!(PageQuery),
        output: page!(SubscriptionList, "subscriptions"),
        retry: Retry::Always,
        summary: "A customer's subscriptions made from imported invoices, a page at a time.",
    },
    Endpoint {
        class: "Subscription",
        method: "cancel",
        verb: Patch,
        path: "/v1/import/subscriptions/{uuid}",
        input: body!(SubscriptionCancellation),
        output: record!(SubscriptionRecord),
        retry: Retry::Always,
        summary: "Cancels a subscription at `cancelled_at`, or sets its `cancellation_dates`.",
    },
    // chartmogul-node's other name for the same call (its own example sends
    // `cancellation_dates`); the server routes both to `cancel`'s handler.
    Endpoint {
        class: "Subscription",
        method: "modify",
        verb: Patch,
        path: "/v1/import/subscriptions/{uuid}",
        input: body!(SubscriptionCancellation),
        output: record!(SubscriptionRecord),
        retry: Retry::Always,
        summary: "Sets a subscription's `cancellation_dates` (or cancels it at `cancelled_at`): `cancel` under another name.",
    },
    Endpoint {
        class: "JsonImport",
        method: "create",
        verb: Post,
        path: "/v1/data_sources/{data_source_uuid}/json_imports",
        input: body!(NewJsonImport),
        output: record!(JsonImportRecord),
        retry: Retry::IfNotSent,
        summary: "Imports customers, plans, invoices, line items, transactions and subscription events in one request.",
    },
    Endpoint {
        class: "JsonImport",
        method: "retrieve",
        verb: Get,
        path: "/v1/data_sources/{data_source_uuid}/json_imports/{id}",
        input: Input::Nothing,
        output: record!(JsonImportRecord),
        retry: Retry::Always,
        summary: "An import's status, by its id or your external_id.",
    },
    // The CRM calls of one customer: chartmogul-node sends the customer's
    // uuid as `customer_uuid`, in the query or in the body.
    Endpoint {
        class: "Customer",
        method: "notes",
        verb: Get,
        path: "/v1/customer_notes?customer_uuid={customer_uuid}",
        input: query!(CustomerNoteListQuery, "customer_uuid"),
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
        input: query!(OpportunityListQuery, "customer_uuid"),
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
        input: query!(TaskListQuery, "customer_uuid"),
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
    // chartmogul-node's own names for the two rows of `all`; one call under two names each.
    Endpoint {
        class: "Invoice",
        method: "allCustomer",
        verb: Get,
        path: "/v1/import/customers/{customer_uuid}/invoices",
        input: query!(PageQuery),
        output: page!(InvoiceList, "invoices"),
        retry: Retry::Always,
        summary: "The invoices of one customer, a page at a time (`all` with a customer's uuid).",
    },
    Endpoint {
        class: "Invoice",
        method: "allAny",
        verb: Get,
        path: "/v1/invoices",
        input: query!(InvoiceListQuery),
        output: page!(InvoiceList, "invoices"),
        retry: Retry::Always,
        summary: "The invoices, a page at a time, filtered (`all` without a customer's uuid).",
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
        input: query_and_body!(ByExternalId, InvoiceChanges),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Changes the date, due date or currency of the invoice named in `qs` by data source and external id.",
    },
    Endpoint {
        class: "Invoice",
        method: "destroyByExternalId",
        verb: Delete,
        path: "/v1/invoices",
        input: query_and_body!(ByExternalId),
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes the invoice named in `qs` by data source and external id.",
    },
    Endpoint {
        class: "Invoice",
        method: "disableByExternalId",
        verb: Patch,
        path: "/v1/invoices/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":true}"),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Disables the invoice named by data source and external id.",
    },
    Endpoint {
        class: "Invoice",
        method: "enableByExternalId",
        verb: Patch,
        path: "/v1/invoices/disabled_state",
        input: query_with_fixed!(ByExternalId, "{\"disabled\":false}"),
        output: record!(InvoiceRecord),
        retry: Retry::Always,
        summary: "Enables again the invoice named by data source and external id.",
    },
    Endpoint {
        class: "Metrics",
        method: "all",
        verb: Get,
        path: "/v1/metrics/all",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "All the key metrics, an entry per interval of the date range.",
    },
    Endpoint {
        class: "Metrics",
        method: "mrr",
        verb: Get,
        path: "/v1/metrics/mrr",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "Monthly recurring revenue and its movements, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "arr",
        verb: Get,
        path: "/v1/metrics/arr",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "Annualized run rate, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "arpa",
        verb: Get,
        path: "/v1/metrics/arpa",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "Average revenue per account, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "asp",
        verb: Get,
        path: "/v1/metrics/asp",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "Average sale price, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "customerCount",
        verb: Get,
        path: "/v1/metrics/customer-count",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "The number of active customers, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "customerChurnRate",
        verb: Get,
        path: "/v1/metrics/customer-churn-rate",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "The customer churn rate, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "mrrChurnRate",
        verb: Get,
        path: "/v1/metrics/mrr-churn-rate",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "The net MRR churn rate, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics",
        method: "ltv",
        verb: Get,
        path: "/v1/metrics/ltv",
        input: query!(MetricsQuery),
        output: record!(MetricsAnswer),
        retry: Retry::Always,
        summary: "Customer lifetime value, per interval, with a summary.",
    },
    Endpoint {
        class: "Metrics.Customer",
        method: "activities",
        verb: Get,
        path: "/v1/customers/{uuid}/activities",
        input: query!(PageQuery),
        output: page!(ActivityList, "entries"),
        retry: Retry::Always,
        summary: "A customer's activities (new business, expansion, churn, ...), a page at a time.",
    },
    Endpoint {
        class: "Metrics.Customer",
        method: "subscriptions",
        verb: Get,
        path: "/v1/customers/{uuid}/subscriptions",
        input: query!(PageQuery),
        output: page!(CustomerSubscriptionList, "entries"),
        retry: Retry::Always,
        summary: "A customer's subscriptions with their MRR and status, a page at a time.",
    },
    // chartmogul-node's form of Customer.connectSubscriptions: the data
    // source first, then the customer, then the subscriptions.
    Endpoint {
        class: "Metrics.Customer",
        method: "connectSubscriptions",
        verb: Post,
        path: "/v1/customers/{uuid}/connect_subscriptions",
        input: each_with_param!(SubscriptionRefs, "subscriptions", SubscriptionRef, "data_source_uuid"),
        output: Output::Nothing,
        retry: Retry::IfNotSent,
        summary: "Connects a customer's subscriptions of one data source into one.",
    },
    Endpoint {
        class: "Metrics.Customer",
        method: "disconnectSubscriptions",
        verb: Post,
        path: "/v1/customers/{uuid}/disconnect_subscriptions",
        input: each_with_param!(SubscriptionRefs, "subscriptions", SubscriptionRef, "data_source_uuid"),
        output: Output::Nothing,
        retry: Retry::IfNotSent,
        summary: "Disconnects subscriptions of one data source connected before.",
    },
    Endpoint {
        class: "Metrics.Activity",
        method: "all",
        verb: Get,
        path: "/v1/activities",
        input: query!(ActivityListQuery),
        output: page!(ActivityList, "entries"),
        retry: Retry::Always,
        summary: "The activities, a page at a time, filtered by date range and type.",
    },
    Endpoint {
        class: "Metrics.ActivitiesExport",
        method: "create",
        verb: Post,
        path: "/v1/activities_export",
        input: body!(NewActivitiesExport),
        output: record!(ActivitiesExportRecord),
        retry: Retry::IfNotSent,
        summary: "Asks for an export of the activities; it is pending until its file_url is there.",
    },
    Endpoint {
        class: "Metrics.ActivitiesExport",
        method: "retrieve",
        verb: Get,
        path: "/v1/activities_export/{uuid}",
        input: Input::Nothing,
        output: record!(ActivitiesExportRecord),
        retry: Retry::Always,
        summary: "An activities export: its status, and once done its file_url.",
    },
    // The CRM classes of their own: any customer's contacts, notes,
    // opportunities and tasks, each named by its uuid.
    Endpoint {
        class: "Contact",
        method: "create",
        verb: Post,
        path: "/v1/contacts",
        input: body!(NewContactWithCustomer),
        output: record!(ContactRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a contact to the customer named in the body.",
    },
    Endpoint {
        class: "Contact",
        method: "retrieve",
        verb: Get,
        path: "/v1/contacts/{uuid}",
        input: Input::Nothing,
        output: record!(ContactRecord),
        retry: Retry::Always,
        summary: "One contact.",
    },
    Endpoint {
        class: "Contact",
        method: "all",
        verb: Get,
        path: "/v1/contacts",
        input: query!(ContactListQuery),
        output: page!(ContactList, "entries"),
        retry: Retry::Always,
        summary: "The contacts, a page at a time, filtered by customer, data source, customer external id or email.",
    },
    Endpoint {
        class: "Contact",
        method: "modify",
        verb: Patch,
        path: "/v1/contacts/{uuid}",
        input: body!(ContactChanges),
        output: record!(ContactRecord),
        retry: Retry::Always,
        summary: "Changes a contact's details or custom fields.",
    },
    Endpoint {
        class: "Contact",
        method: "destroy",
        verb: Delete,
        path: "/v1/contacts/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a contact.",
    },
    Endpoint {
        class: "Contact",
        method: "merge",
        verb: Post,
        path: "/v1/contacts/{into_uuid}/merge/{from_uuid}",
        input: Input::Nothing,
        output: record!(ContactRecord),
        retry: Retry::IfNotSent,
        summary: "Merges the contact `from` into the contact `into`, which keeps its own fields and takes the ones it lacks; answers `into`.",
    },
    Endpoint {
        class: "CustomerNote",
        method: "create",
        verb: Post,
        path: "/v1/customer_notes",
        input: body!(NewCustomerNote),
        output: record!(CustomerNoteRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a note or call log to the customer named in the body.",
    },
    Endpoint {
        class: "CustomerNote",
        method: "retrieve",
        verb: Get,
        path: "/v1/customer_notes/{uuid}",
        input: Input::Nothing,
        output: record!(CustomerNoteRecord),
        retry: Retry::Always,
        summary: "One note or call log.",
    },
    Endpoint {
        class: "CustomerNote",
        method: "all",
        verb: Get,
        path: "/v1/customer_notes",
        input: query!(CustomerNoteListQuery),
        output: page!(CustomerNoteList, "entries"),
        retry: Retry::Always,
        summary: "The notes and call logs, a page at a time, filtered by customer, type or author.",
    },
    Endpoint {
        class: "CustomerNote",
        method: "patch",
        verb: Patch,
        path: "/v1/customer_notes/{uuid}",
        input: body!(CustomerNoteChanges),
        output: record!(CustomerNoteRecord),
        retry: Retry::Always,
        summary: "Changes a note or call log.",
    },
    Endpoint {
        class: "CustomerNote",
        method: "destroy",
        verb: Delete,
        path: "/v1/customer_notes/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a note or call log.",
    },
    Endpoint {
        class: "Opportunity",
        method: "create",
        verb: Post,
        path: "/v1/opportunities",
        input: body!(NewOpportunity),
        output: record!(OpportunityRecord),
        retry: Retry::IfNotSent,
        summary: "Adds an opportunity to the customer named in the body.",
    },
    Endpoint {
        class: "Opportunity",
        method: "retrieve",
        verb: Get,
        path: "/v1/opportunities/{uuid}",
        input: Input::Nothing,
        output: record!(OpportunityRecord),
        retry: Retry::Always,
        summary: "One opportunity.",
    },
    Endpoint {
        class: "Opportunity",
        method: "all",
        verb: Get,
        path: "/v1/opportunities",
        input: query!(OpportunityListQuery),
        output: page!(OpportunityList, "entries"),
        retry: Retry::Always,
        summary: "The opportunities, a page at a time, filtered by customer, owner, pipeline, stage or close date.",
    },
    Endpoint {
        class: "Opportunity",
        method: "patch",
        verb: Patch,
        path: "/v1/opportunities/{uuid}",
        input: body!(OpportunityChanges),
        output: record!(OpportunityRecord),
        retry: Retry::Always,
        summary: "Changes an opportunity.",
    },
    Endpoint {
        class: "Opportunity",
        method: "destroy",
        verb: Delete,
        path: "/v1/opportunities/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes an opportunity.",
    },
    Endpoint {
        class: "Task",
        method: "create",
        verb: Post,
        path: "/v1/tasks",
        input: body!(NewTask),
        output: record!(TaskRecord),
        retry: Retry::IfNotSent,
        summary: "Adds a task to the customer named in the body.",
    },
    Endpoint {
        class: "Task",
        method: "retrieve",
        verb: Get,
        path: "/v1/tasks/{uuid}",
        input: Input::Nothing,
        output: record!(TaskRecord),
        retry: Retry::Always,
        summary: "One task.",
    },
    Endpoint {
        class: "Task",
        method: "all",
        verb: Get,
        path: "/v1/tasks",
        input: query!(TaskListQuery),
        output: page!(TaskList, "entries"),
        retry: Retry::Always,
        summary: "The tasks, a page at a time, filtered by customer, assignee, due date or whether done.",
    },
    Endpoint {
        class: "Task",
        method: "patch",
        verb: Patch,
        path: "/v1/tasks/{uuid}",
        input: body!(TaskChanges),
        output: record!(TaskRecord),
        retry: Retry::Always,
        summary: "Changes a task.",
    },
    Endpoint {
        class: "Task",
        method: "destroy",
        verb: Delete,
        path: "/v1/tasks/{uuid}",
        input: Input::Nothing,
        output: Output::Nothing,
        retry: Retry::Always,
        summary: "Deletes a task.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    /// The table as text: a change to any endpoint shows in review as a diff.
    fn listing() -> String {
        ENDPOINTS
            .iter()
            .map(|e| {
                let input = match &e.input {
                    Input::Nothing => "-".to_string(),
                    Input::Query(s) => format!("query {}", s.ts_type),
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
                    Input::EachWithParam {
                        param,
                        list,
                        schema,
                    } => format!(
                        "body {} with leading argument {param} in each of {list}",
                        schema.name
                    ),
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
    /// customerUuid, data)` send the same request; so do
    /// `Customer.connectSubscriptions(config, uuid, data)` and
    /// `Metrics.Customer.connectSubscriptions(config, dataSourceUuid, uuid,
    /// list)`, which sets the field in each subscription), or rows that are one
    /// call under two names: the same input and answer types
    /// (`Subscription.cancel` and `modify`; `LineItem.disable(config,
    /// query)` and `disableByExternalId`), whose server handler is the
    /// first row's. (A row costs a few bytes; an alias mechanism in
    /// setup.js, the .d.ts and the CLI would cost more.)
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
        let one_call = |a: &Endpoint, b: &Endpoint| {
            a.class == b.class
                && a.input.schema().map(|s| s.name) == b.input.schema().map(|s| s.name)
                && a.output.type_name() == b.output.type_name()
        };
        let mut routes = HashMap::new();
        for e in ENDPOINTS {
            if let Some(first) = routes.insert((e.verb, e.path, fixed_body(e), e.input.param()), e)
            {
                assert!(
                    one_call(first, e),
                    "{}.{} and {}.{}",
                    first.class,
                    first.method,
                    e.class,
                    e.method
                );
            }
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

    /// The face sets the argument as that field (of each element of the
    /// list, for `EachWithParam`), and the type must have it.
    #[test]
    fn an_argument_sent_in_the_body_is_a_field_of_its_type_and_not_in_the_path() {
        for e in ENDPOINTS {
            let fields = match &e.input {
                Input::BodyWithParam { schema, .. } => Some((schema.fields)()),
                Input::EachWithParam { list, schema, .. } => {
                    assert!((schema.fields)().contains(list), "{}.{}", e.class, e.method);
                    None
                }
                _ => None,
            };
            if let Some(param) = e.input.param() {
                let has = fields.is_none_or(|fields| fields.contains(&param));
                assert!(has, "{}.{}", e.class, e.method);
                assert!(!e.path.contains(&format!("{{{param}}}")), "{}", e.path);
            }
        }
    }

    /// The face refuses a key the path's own query takes from an argument;
    /// the TypeScript type must leave it out too.
    #[test]
    fn a_key_of_the_templates_query_is_left_out_of_the_argument_type() {
        for e in ENDPOINTS {
            let Input::Query(schema) = &e.input else {
                continue;
            };
            for key in crate::core::request::template_keys(e.path) {
                if (schema.fields)().contains(&key) {
                    assert!(
                        schema.ts_type.contains(&format!("\"{key}\"")),
                        "{}.{}",
                        e.class,
                        e.method
                    );
                }
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
