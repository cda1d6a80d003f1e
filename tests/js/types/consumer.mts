// A strict TypeScript consumer of the packed package (ESM). Compiled with
// `tsc --noEmit`: every `@ts-expect-error` line must fail to compile, so
// misuse that type-checks makes this test fail.
import ChartMogul, {
  Enrichment, request, SubscriptionCustomAttribute, type SubscriptionAttributes, type RawRequest,
  Account, ChartMogulError, Config, Contact, CustomAttribute, Customer, CustomerNote, DataSource, Opportunity, Task, endpoints,
  Invoice, JsonImport, LineItem, NotFoundError, Ping, Plan, PlanGroup, Subscription, SubscriptionEvent, Tag, Transaction, Metrics,
  type MetricsAnswer, type MetricsQuery, type ActivityRecord, type CustomerSubscriptionRecord, type ActivitiesExportRecord,
  type CustomerEntries, type JsonImportRecord, type SubscriptionEventRecord,
  type SubscriptionList, type SubscriptionRecord, type CustomerNoteRecord, type OpportunityList, type TaskRecord,
  type InvoiceList, type InvoiceRecord, type InvoiceStatusAnswer,
  type ByExternalId, type LineItemList, type LineItemRecord, type TransactionList, type TransactionRecord,
  type ContactList, type ContactChanges, type CustomerNoteListQuery, type TaskChanges,
  type AccountRecord, type ContactRecord, type CustomerAttributes, type CustomerList, type CustomerRecord, type PlanGroupList, type DataSourceList, type PlanList, type PlanRecord, type DataSourceQuery, type DataSourceRecord, type DataSourceStatus,
} from 'chartmogul-wasm';

type IsAny<T> = 0 extends 1 & T ? true : false;

export async function use(): Promise<void> {
  const config = new Config('key', 'https://api.chartmogul.com', { retries: 1, timeout: 5_000 });
  config.retries = 3;
  const query: DataSourceQuery = { with_processing_status: true };
  const ds = await DataSource.retrieve(config, 'ds_1', query, { signal: new AbortController().signal });
  const notAny: IsAny<typeof ds> = false;
  const record: DataSourceRecord = ds;
  const name: string = ds.name;
  const status: DataSourceStatus = ds.status;
  const known: DataSourceStatus = 'import_complete';
  const future: DataSourceStatus = 'some_future_status';
  const processed: number | undefined = ds.processing_status?.processed;
  const interval: number | null | undefined = ds.auto_churn_subscription_setting?.interval;
  const viaDefault: DataSourceRecord = await ChartMogul.DataSource.retrieve(config, 'ds_1');
  void [notAny, record, name, status, known, future, processed, interval, viaDefault];

  try {
    await DataSource.retrieve(config, 'ds_1');
  } catch (error) {
    if (error instanceof NotFoundError) {
      const status: number | undefined = error.httpStatus;
      const body: unknown = error.response;
      const base: ChartMogulError = error;
      void [status, body, base];
    }
  }

  const list: DataSourceList = await DataSource.all(config, { system: 'Stripe', with_processing_status: true });
  const firstName: string | undefined = list.data_sources[0]?.name;
  const created: DataSourceRecord = await DataSource.create(config, { name: 'In-house billing' });
  const gone: Record<string, never> = await DataSource.destroy(config, created.uuid);
  void [firstName, gone];
  // @ts-expect-error create needs a name
  await DataSource.create(config, {});
  // @ts-expect-error an unknown filter
  await DataSource.all(config, { nmae: 'x' });
  // @ts-expect-error destroy needs a uuid
  await DataSource.destroy(config);

  const pong: string | undefined = (await Ping.ping(config)).data;
  const account: AccountRecord = await Account.retrieve(config, { include: 'churn_recognition' });
  const currency: string = account.currency;
  const ownFetch = new Config('key', undefined, { fetch: (url, init) => fetch(url, init) });
  const firstPath: string | undefined = endpoints[0]?.path;
  void [pong, currency, ownFetch, firstPath];
  const firstPage: PlanList = await Plan.all(config, { per_page: 50 });
  for await (const plan of Plan.all(config, { data_source_uuid: 'ds_1' })) {
    const record: PlanRecord = plan;
    const unit: string = plan.interval_unit;
    void [record, unit];
  }
  const plan: PlanRecord = await Plan.create(config, {
    data_source_uuid: 'ds_1', name: 'Gold', interval_count: 1, interval_unit: 'month',
  });
  const groups: PlanGroupList = await PlanGroup.all(config, { per_page: 10 });
  const groupPlans: PlanList = await PlanGroup.all(config, 'plg_1', { per_page: 10 });
  for await (const group of PlanGroup.all(config)) void group.plans_count;
  void [groups, groupPlans];
  const paced = new Config('key', undefined, { maxRequestsPerSecond: 0 });
  paced.maxRequestsPerSecond = 40;
  void [firstPage, plan];
  const note: CustomerNoteRecord = await Customer.createNote(config, 'cus_1', { type: 'call', call_duration: 60 });
  const noteType: string | undefined = note.type;
  for await (const each of Customer.notes(config, 'cus_1', { type: 'note', per_page: 20 })) void each.text;
  const deals: OpportunityList = await Customer.opportunities(config, 'cus_1', { pipeline: 'New Business' });
  const dealCustom: Record<string, unknown> | undefined = deals.entries[0]?.custom;
  const deal = await Customer.createOpportunity(config, 'cus_1', {
    owner: 'o@example.com', pipeline: 'New Business', pipeline_stage: 'Discovery', estimated_close_date: '2024-12-22',
    currency: 'USD', amount_in_cents: 100, type: 'recurring', custom: [{ key: 'from_campaign', value: true }],
  });
  const task: TaskRecord = await Customer.createTask(config, 'cus_1', {
    task_details: 'Demo', assignee: 'a@example.com', due_date: '2025-04-21',
  });
  const completedAt: string | null | undefined = task.completed_at;
  for await (const open of Customer.tasks(config, 'cus_1', { completed: false })) void open.due_date;
  void [noteType, dealCustom, deal.amount_in_cents, completedAt];
  // @ts-expect-error the customer is the argument, not a field of data
  await Customer.createNote(config, 'cus_1', { customer_uuid: 'cus_1', type: 'note' });
  // @ts-expect-error createNote needs the customer's uuid
  await Customer.createNote(config, { type: 'note' });
  // @ts-expect-error a task needs its due date
  await Customer.createTask(config, 'cus_1', { task_details: 'Demo', assignee: 'a@example.com' });
  // @ts-expect-error completed is a boolean
  await Customer.tasks(config, 'cus_1', { completed: 'no' });

  // The CRM classes of their own: the customer in the body or the query.
  const contactMade: ContactRecord = await Contact.create(config, {
    customer_uuid: 'cus_1', data_source_uuid: 'ds_1', first_name: 'Adam', external_id: null,
    custom: [{ key: 'Facebook', value: 'https://www.facebook.com/adam' }],
  });
  const contactChanges: ContactChanges = { email: 'adam@example.com', external_id: null };
  const contactModified: ContactRecord = await Contact.modify(config, contactMade.uuid, contactChanges);
  const contactMerged: ContactRecord = await Contact.merge(config, 'con_1', 'con_2');
  const contactPage: ContactList = await Contact.all(config, { customer_uuid: 'cus_1', per_page: 10 });
  for await (const contactEach of Contact.all(config, { email: 'adam@example.com' })) void contactEach.first_name;
  const contactGone: Record<string, never> = await Contact.destroy(config, 'con_1');
  const customerNoteQuery: CustomerNoteListQuery = { customer_uuid: 'cus_1', type: 'call' };
  for await (const customerNoteEach of CustomerNote.all(config, customerNoteQuery)) void customerNoteEach.call_duration;
  const customerNotePatched: CustomerNoteRecord = await CustomerNote.patch(config, 'note_1', { text: 'Trial extended' });
  const opportunityMade = await Opportunity.create(config, {
    customer_uuid: 'cus_1', owner: 'o@example.com', pipeline: 'New Business', pipeline_stage: 'Discovery',
    estimated_close_date: '2024-12-22', currency: 'USD', amount_in_cents: 100,
  });
  const opportunityPatched = await Opportunity.patch(config, opportunityMade.uuid, { win_likelihood: 40 });
  const taskChanges: TaskChanges = { completed_at: null };
  const taskPatched: TaskRecord = await Task.patch(config, 'task_1', taskChanges);
  for await (const taskEach of Task.all(config, { customer_uuid: 'cus_1', completed: false })) void taskEach.due_date;
  void [contactModified, contactMerged, contactPage, contactGone, customerNotePatched, opportunityPatched.win_likelihood, taskPatched];
  await Contact.create(config, { data_source_uuid: 'ds_1', customer_external_id: 'cus_ext_1' });
  // @ts-expect-error Contact.create takes its data as an object
  await Contact.create(config, 'cus_1');
  // @ts-expect-error merge takes both uuids
  await Contact.merge(config, 'con_1');
  // @ts-expect-error a note's type is not changed
  await CustomerNote.patch(config, 'note_1', { type: 'call' });
  // @ts-expect-error Customer.notes takes the customer as its argument, not in the query
  await Customer.notes(config, 'cus_1', { customer_uuid: 'cus_2' });
  // @ts-expect-error win_likelihood is a number
  await Opportunity.patch(config, 'opp_1', { win_likelihood: 'high' });
  // @ts-expect-error completed is a boolean
  await Task.all(config, { completed: 'no' });

  const named: ByExternalId = { data_source_uuid: 'ds_1', external_id: 'li_1' };
  const item: LineItemRecord = await LineItem.create(config, 'inv_1', { type: 'one_time', amount_in_cents: 2500 });
  const items: LineItemList = await LineItem.all(config, named);
  const updated: LineItemRecord = await LineItem.update(config, { qs: named, quantity: 2 });
  const disabled: boolean | undefined = (await LineItem.disable(config, 'li_1')).disabled;
  const enabled: LineItemRecord = await LineItem.enable(config, named);
  const noLineItem: Record<string, never> = await LineItem.destroyByExternalId(config, { qs: named });
  const refund: TransactionRecord = await Transaction.create(config, 'inv_1', {
    type: 'refund', date: '2025-01-02 10:00:00', result: 'successful',
  });
  const transactions: TransactionList = await Transaction.all(config, { ...named, external_id: 'tr_1' });
  const failed: TransactionRecord = await Transaction.modify(config, 'tr_1', { result: 'failed' });
  const again: TransactionRecord = await Transaction.enableByExternalId(config, named);
  void [item, items, updated, disabled, enabled, noLineItem, refund, transactions, failed, again];
  // @ts-expect-error all needs the external id too
  await LineItem.all(config, { data_source_uuid: 'ds_1' });
  // @ts-expect-error all needs its query
  await LineItem.all(config);
  // @ts-expect-error so does Transaction's
  await Transaction.all(config);
  // @ts-expect-error destroyByExternalId takes the query in qs
  await LineItem.destroyByExternalId(config, named);
  // @ts-expect-error a line item needs its amount
  await LineItem.create(config, 'inv_1', { type: 'one_time' });
  // @ts-expect-error a transaction needs its result
  await Transaction.create(config, 'inv_1', { type: 'refund', date: '2025-01-02' });
  // @ts-expect-error a line item's amount is a number
  await LineItem.modify(config, 'li_1', { amount_in_cents: '2500' });

  // @ts-expect-error a plan needs its interval
  await Plan.create(config, { data_source_uuid: 'ds_1', name: 'Gold' });
  // @ts-expect-error per_page is a number
  await Plan.all(config, { per_page: '50' });
  // @ts-expect-error include is a string
  await Account.retrieve(config, { include: ['churn_recognition'] });
  // @ts-expect-error ping takes no uuid
  await Ping.ping(config, 'ds_1');

  const customer: CustomerRecord = await Customer.create(config, {
    data_source_uuid: 'ds_1', external_id: 'cus_1', attributes: { tags: ['vip'] }, primary_contact: { first_name: 'Anna' },
  });
  const since: string | null = customer['customer-since'];
  const customers: CustomerList = await Customer.search(config, { email: 'adam@smith.com' });
  for await (const entry of Customer.all(config, { status: 'Active', per_page: 100 })) void entry.external_ids;
  const tags: string[] | undefined = (await Customer.attributes(config, customer.uuid)).tags;
  const attributes: CustomerAttributes = customer.attributes;
  const contact: ContactRecord = await Customer.createContact(config, customer.uuid, {
    data_source_uuid: 'ds_1', custom: [{ key: 'Facebook', value: 'https://www.facebook.com/example' }],
  });
  for await (const each of Customer.contacts(config, customer.uuid)) void each.email;
  const merged: Record<string, never> = await Customer.merge(config, {
    from: { customer_uuid: 'cus_1' }, into: { data_source_uuid: 'ds_1', external_id: 'cus_2' },
  });
  await Customer.connectSubscriptions(config, customer.uuid, { subscriptions: [{ data_source_uuid: 'ds_1', uuid: 'sub_1' }] });
  void [since, customers, tags, attributes, contact, merged];
  // @ts-expect-error a customer needs its external_id
  await Customer.create(config, { data_source_uuid: 'ds_1' });
  // @ts-expect-error search's email is a string
  await Customer.search(config, { email: ['a@b.c'] });
  // @ts-expect-error unmerge takes a list of what moves
  await Customer.unmerge(config, { customer_uuid: 'cus_1', data_source_uuid: 'ds_1', external_id: 'x', move_to_new_customer: true });
  const event: SubscriptionEventRecord = await SubscriptionEvent.create(config, {
    data_source_uuid: 'ds_1', customer_external_id: 'cus_1', subscription_external_id: 'sub_1',
    event_type: 'subscription_start_scheduled', event_date: '2022-03-30', effective_date: '2022-04-01', amount_in_cents: '1000',
  });
  await SubscriptionEvent.updateWithParams(config, { subscription_event: { id: event.id, currency: 'EUR' } });
  const off: boolean | undefined = (await SubscriptionEvent.disable(config, 101)).disabled;
  await SubscriptionEvent.enable(config, String(event.id));
  const deleted: Record<string, never> = await SubscriptionEvent.deleteWithParams(config, { data_source_uuid: 'ds_1', external_id: 'ev_1' });
  for await (const each of SubscriptionEvent.all(config, { event_type: 'subscription_cancelled' })) void each.effective_date;
  const subscriptions: SubscriptionList = await Subscription.all(config, 'cus_1', { per_page: 10 });
  const cancelled: SubscriptionRecord = await Subscription.cancel(config, 'sub_1', { cancelled_at: '2022-01-15 00:00:00' });
  const dates: string[] | undefined = (await Subscription.modify(config, 'sub_1', { cancellation_dates: [] })).cancellation_dates;
  const imported: JsonImportRecord = await JsonImport.create(config, 'ds_1', { external_id: 'imp_1', plans: [{ name: 'Gold' }] });
  const importStatus: string | undefined = (await JsonImport.retrieve(config, 'ds_1', imported.id)).status;
  void [off, deleted, subscriptions, cancelled, dates, importStatus];
  // @ts-expect-error an event needs its dates
  await SubscriptionEvent.create(config, { data_source_uuid: 'ds_1', customer_external_id: 'c', subscription_external_id: 's', event_type: 'subscription_cancelled' });
  // @ts-expect-error cancellation_dates is a list
  await Subscription.modify(config, 'sub_1', { cancellation_dates: '2022-01-15' });
  // @ts-expect-error a uuid is a string, never a number
  await Subscription.all(config, 42);
  // @ts-expect-error an import needs its data source
  await JsonImport.create(config, { external_id: 'imp_1' });
  const importedInvoices: InvoiceList = await Invoice.create(config, 'cus_1', {
    invoices: [{
      external_id: 'INV0001', date: '2015-11-01 00:00:00', currency: 'USD',
      line_items: [{ type: 'one_time', amount_in_cents: 2500, description: 'Setup Fees' }],
      transactions: [{ type: 'payment', date: '2015-11-05 00:14:23', result: 'successful' }],
    }],
  });
  const ofCustomer: InvoiceList = await Invoice.all(config, 'cus_1', { per_page: 10 });
  for await (const invoice of Invoice.all(config, { data_source_uuid: 'ds_1', validation_type: 'valid', with_disabled: true })) {
    const record: InvoiceRecord = invoice;
    const item: LineItemRecord | undefined = invoice.line_items?.[0];
    void [record, item];
  }
  const by = { data_source_uuid: 'ds_1', external_id: 'INV0001' };
  const invoiceDisabled: boolean | undefined = (await Invoice.disableByExternalId(config, by)).disabled;
  const invoiceUpdated: InvoiceRecord = await Invoice.update(config, { qs: by, currency: 'EUR' });
  const destroyed: Record<string, never> = await Invoice.destroyByExternalId(config, { qs: by });
  const voided: InvoiceStatusAnswer = await Invoice.updateStatus(config, 'ds_1', 'INV0001', { status: 'voided' });
  const invoiceEnabled: InvoiceRecord = await Invoice.enable(config, 'inv_1');
  void [importedInvoices, ofCustomer, invoiceDisabled, invoiceUpdated, destroyed, voided, invoiceEnabled];
  // @ts-expect-error an invoice needs a currency
  await Invoice.create(config, 'cus_1', { invoices: [{ external_id: 'I', date: '2015-11-01', line_items: [] }] });
  // @ts-expect-error a status ChartMogul sets itself
  await Invoice.updateStatus(config, 'ds_1', 'INV0001', { status: 'paid' });
  // @ts-expect-error update names its invoice in qs
  await Invoice.update(config, { ...by, currency: 'EUR' });
  await Invoice.disable(config, 'inv_1', { reason: 'duplicate' });
  // @ts-expect-error a query in qs is an object
  await Invoice.disable(config, 'inv_1', { qs: 'handle_as_user_edit' });

  // Metrics: kebab-case query keys, dotted classes, pages of activities and subscriptions.
  const metricsRange: MetricsQuery = { 'start-date': '2024-01-01', 'end-date': '2024-03-31', interval: 'month', plans: 'Gold' };
  const metricsMrr: MetricsAnswer = await Metrics.mrr(config, metricsRange);
  const metricsChange: number | undefined = metricsMrr.summary?.['percentage-change'];
  const metricsCustomers: number | undefined = (await Metrics.customerCount(config, metricsRange)).entries[0]?.customers;
  const metricsViaDefault: MetricsAnswer = await ChartMogul.Metrics.all(config, metricsRange);
  for await (const metricsActivity of Metrics.Customer.activities(config, 'cus_1', { per_page: 50 })) {
    const metricsActivityRecord: ActivityRecord = metricsActivity;
    const metricsMovement: number | undefined = metricsActivity['activity-mrr-movement'];
    void [metricsActivityRecord, metricsMovement];
  }
  const metricsSubscriptions = Metrics.Customer.subscriptions(config, 'cus_1');
  const metricsFirstSub: CustomerSubscriptionRecord | undefined = (await metricsSubscriptions).entries[0];
  for await (const metricsSub of metricsSubscriptions) void (metricsSub.status satisfies string | undefined);
  await Metrics.Customer.connectSubscriptions(config, 'ds_1', 'cus_1', [{ uuid: 'sub_1' }, { external_id: 'sub_x' }]);
  await Metrics.Customer.disconnectSubscriptions(config, 'ds_1', 'cus_1', { subscriptions: [{ uuid: 'sub_1' }] });
  for await (const metricsChurn of Metrics.Activity.all(config, { 'start-date': '2024-01-01', type: 'churn', order: '-date' })) {
    void (metricsChurn.type satisfies string | undefined);
  }
  const metricsExport: ActivitiesExportRecord = await Metrics.ActivitiesExport.create(config, { type: 'churn' });
  const metricsFile: string | null | undefined = (await Metrics.ActivitiesExport.retrieve(config, metricsExport.id)).file_url;
  void [metricsChange, metricsCustomers, metricsViaDefault, metricsFirstSub, metricsFile];
  // @ts-expect-error the metrics need their date range
  await Metrics.arr(config, { 'start-date': '2024-01-01' });
  // @ts-expect-error query keys are kebab-case, as chartmogul-node's
  await Metrics.ltv(config, { start_date: '2024-01-01', end_date: '2024-03-31' });
  // @ts-expect-error the data source is the first argument, not a field of each subscription
  await Metrics.Customer.connectSubscriptions(config, 'cus_1', [{ uuid: 'sub_1', data_source_uuid: 'ds_1' }]);
  // @ts-expect-error a dotted class is not exported by itself
  void ChartMogul['Metrics.Customer'];
  const attrsTags: CustomerAttributes = await Tag.add(config, 'cus_1', { tags: ['vip'] });
  const attrsTagged: CustomerEntries = await Tag.add(config, { email: 'a@example.com', tags: ['vip'] });
  const attrsLeft: string[] | undefined = (await Tag.remove(config, 'cus_1', { tags: ['vip'] })).tags;
  const attrsCustom: CustomerAttributes = await CustomAttribute.add(config, 'cus_1', {
    custom: [{ type: 'Integer', key: 'age', value: 8 }, { type: 'String', key: 'channel', value: 'x', source: 'crm' }],
  });
  const attrsByEmail: CustomerRecord[] = (await CustomAttribute.add(config, {
    email: 'a@example.com', custom: [{ type: 'Boolean', key: 'pro', value: true }],
  })).entries;
  const attrsUpdated: CustomerAttributes = await CustomAttribute.update(config, 'cus_1', { custom: { age: 9 } });
  const attrsRemoved: CustomerAttributes = await CustomAttribute.remove(config, 'cus_1', { custom: ['age'] });
  const attrsInvoices: InvoiceList = await Invoice.allCustomer(config, 'cus_1', { per_page: 5 });
  for await (const attrsInvoice of Invoice.allAny(config, { customer_uuid: 'cus_1' })) void (attrsInvoice satisfies InvoiceRecord);
  const attrsGroups: PlanGroupList = await PlanGroup.allAny(config, { per_page: 1 });
  void [attrsTags, attrsTagged, attrsLeft, attrsCustom, attrsByEmail, attrsUpdated, attrsRemoved, attrsInvoices, attrsGroups];
  // @ts-expect-error a custom attribute type ChartMogul does not have
  await CustomAttribute.add(config, 'cus_1', { custom: [{ type: 'Text', key: 'k', value: 'v' }] });
  // @ts-expect-error tags are a list
  await Tag.add(config, 'cus_1', { tags: 'vip' });
  // @ts-expect-error remove takes the customer's uuid, not an email
  await Tag.remove(config, { email: 'a@example.com', tags: ['vip'] });

  // @ts-expect-error a field used as the wrong type
  const wrong: number = ds.name;
  // @ts-expect-error a string passed as config
  await DataSource.retrieve('key', 'ds_1');
  // @ts-expect-error a missing uuid
  await DataSource.retrieve(config);
  // @ts-expect-error an unknown query flag
  await DataSource.retrieve(config, 'ds_1', { with_procesing_status: true });
  // @ts-expect-error a flag that is not a boolean
  await DataSource.retrieve(config, 'ds_1', { with_processing_status: 'yes' });
  // @ts-expect-error apiBase is read-only
  config.apiBase = 'https://elsewhere';
  // @ts-expect-error the key cannot be read back
  void config.apiKey;
  void wrong;
}

// chartmogul-wasm/testing: the local server, typed.
import { startServer, type Fault, type LocalServer, type SeenRequest } from 'chartmogul-wasm/testing';

export async function useTestingServer(): Promise<string> {
  const testingServer: LocalServer = await startServer({ port: 0, apiKey: 'sk_test' });
  const testingConfig = new Config('sk_test', testingServer.url, { retries: 0 });
  const testingSeeded = testingServer.seed({ customers: [{ data_source_uuid: 'ds_1', external_id: 'cus_1' }] });
  const testingFault: Fault = { status: 429, retryAfter: 1, times: 1, method: 'GET', path: /^\/v1\/customers/ };
  testingServer.fail(testingFault);
  testingServer.fail({ fault: 'reset_mid_body' });
  // @ts-expect-error a status and a named fault at once
  testingServer.fail({ status: 503, fault: 'hang' });
  // @ts-expect-error an unknown fault
  testingServer.fail({ fault: 'meltdown' });
  // @ts-expect-error an unknown option
  await startServer({ host: '0.0.0.0' });
  await Customer.retrieve(testingConfig, 'cus_1');
  const testingSeen: SeenRequest[] = testingServer.requests();
  const testingPath: string = testingSeen[0].path;
  // @ts-expect-error the key is never recorded
  void testingSeen[0].apiKey;
  testingServer.limitRate({ perSecond: 40 });
  const testingInFlight: number | undefined = testingServer.inFlight().default?.max;
  await testingServer.close();
  void [testingSeeded, testingInFlight];
  return testingPath;
}

// What came with "answers as sent, inputs as given": every call's query,
// chartmogul-node's callbacks, the namespaces, request(), subscription attributes.
export async function useFidelity(config: Config): Promise<void> {
  const lineItem: LineItemRecord = await LineItem.retrieve(config, 'li_1', { validation_type: 'all' });
  await LineItem.modify(config, 'li_1', { qs: { handle_as_user_edit: true }, amount_in_cents: 1000 });
  await Plan.destroy(config, 'pl_1', { qs: { force: true } });
  const noReturn: void = DataSource.retrieve(config, 'ds_1', (error, dataSource) => {
    if (!error) void dataSource?.uuid;
  });
  Plan.all(config, { per_page: 5 }, (error, page) => void [error, page?.plans]);
  DataSource.create(config, { name: 'In-house billing' }, (error, made) => void [error, made?.uuid]);
  const patched: CustomerRecord = await Enrichment.Customer.patch(config, 'cus_1', { external_id: 'new', data_source_uuid: 'ds_1' });
  const spec: RawRequest = { method: 'DELETE', path: '/v1/data_sources/ds_1/all' };
  const raw: { custom: Record<string, unknown> } = await request(config, spec);
  request(config, { method: 'get', path: '/v1/ping' }, (error, pong) => void [error, pong]);
  const attributes: SubscriptionAttributes = await SubscriptionCustomAttribute.add(config, 'sub_1', {
    custom: [{ type: 'Boolean', key: 'pre_sold', value: true }],
  });
  await SubscriptionEvent.disableByExternalId(config, { data_source_uuid: 'ds_1', external_id: 'evt_1' });
  // @ts-expect-error request needs a method ChartMogul takes
  await request(config, { method: 'TRACE', path: '/v1/ping' });
  // @ts-expect-error a callback gets the error first
  DataSource.retrieve(config, 'ds_1', (dataSource: DataSourceRecord) => void dataSource);
  void [lineItem, noReturn, patched, raw, attributes.custom];
}
