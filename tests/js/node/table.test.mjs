// The endpoint table as the packed package exports it, the Enrichment and
// Import namespaces, callbacks, request(), the two endpoints added beside
// DataSource's (Account.retrieve, Ping.ping), and the Config's
// own `fetch` option: a mock, and undici-style fetch(url, init) wrappers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Account, Config, ConfigurationError, ConnectionError, Contact, CustomAttribute, Customer, CustomerNote, DataSource,
  endpoints, Enrichment, Import, InvalidResponseError, Invoice, JsonImport, LineItem, Metrics, NotFoundError, Opportunity,
  Ping, Plan, PlanGroup, request, Subscription, SubscriptionCustomAttribute, SubscriptionEvent, Tag, Task, Transaction,
} from 'chartmogul-wasm';
import * as ChartMogul from 'chartmogul-wasm';
import { BASE, DOCUMENTED, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0 });
const CUSTOMER_METHODS = [
  'all', 'attributes', 'connectSubscriptions', 'contacts', 'create', 'createContact', 'destroy',
  'disconnectSubscriptions', 'merge', 'modify', 'retrieve', 'search', 'unmerge',
];

test('every row of the table is a static method of its class, by chartmogul-node\'s names', () => {
  const classes = {
    Account, Contact, CustomAttribute, Customer, CustomerNote, DataSource, Invoice, JsonImport, LineItem, Opportunity, Ping,
    Plan, PlanGroup, Subscription, SubscriptionCustomAttribute, SubscriptionEvent, Tag, Task, Transaction, Metrics,
    // A dotted class is a static property of the class before its dot, as in chartmogul-node.
    'Metrics.Customer': Metrics.Customer, 'Metrics.Activity': Metrics.Activity, 'Metrics.ActivitiesExport': Metrics.ActivitiesExport,
  };
  // disable and enable take a uuid, or a query as their ...ByExternalId twins do.
  const parts = (name) => [
    'all', 'create', 'destroy', 'destroyByExternalId', 'disable', 'disable', 'disableByExternalId', 'enable', 'enable',
    'enableByExternalId', 'modify', 'retrieve', 'update',
  ].map((method) => `${name}.${method}`);
  const crm = (name) => ['all', 'create', 'destroy', 'patch', 'retrieve'].map((method) => `${name}.${method}`);
  const names = endpoints.map((e) => `${e.class}.${e.method}`);
  assert.deepEqual(names.sort(), [
    'Account.retrieve',
    'Customer.createNote', 'Customer.createOpportunity', 'Customer.createTask', 'Customer.notes', 'Customer.opportunities',
    'Customer.tasks', 'Customer.patch',
    'DataSource.all', 'DataSource.create', 'DataSource.destroy', 'DataSource.retrieve', 'Ping.ping',
    'Plan.all', 'Plan.create', 'Plan.destroy', 'Plan.modify', 'Plan.retrieve',
    'PlanGroup.all', 'PlanGroup.all', 'PlanGroup.allAny', 'PlanGroup.create', 'PlanGroup.destroy', 'PlanGroup.modify', 'PlanGroup.retrieve',
    ...CUSTOMER_METHODS.map((m) => `Customer.${m}`),
    'JsonImport.create', 'JsonImport.retrieve', 'Subscription.all', 'Subscription.cancel', 'Subscription.modify',
    'SubscriptionEvent.all', 'SubscriptionEvent.create', 'SubscriptionEvent.deleteWithParams', 'SubscriptionEvent.disable',
    'SubscriptionEvent.enable', 'SubscriptionEvent.updateWithParams',
    'SubscriptionEvent.disableByExternalId', 'SubscriptionEvent.enableByExternalId',
    'SubscriptionCustomAttribute.retrieve', 'SubscriptionCustomAttribute.add', 'SubscriptionCustomAttribute.update',
    'SubscriptionCustomAttribute.remove',
    ...parts('LineItem'), ...parts('Transaction'),
    'Invoice.all', 'Invoice.all', 'Invoice.create', 'Invoice.destroy', 'Invoice.destroyAll', 'Invoice.destroyByExternalId',
    'Invoice.disable', 'Invoice.disableByExternalId', 'Invoice.enable', 'Invoice.enableByExternalId', 'Invoice.modify',
    'Invoice.retrieve', 'Invoice.update', 'Invoice.updateStatus', 'Invoice.allCustomer', 'Invoice.allAny',
    ...['all', 'mrr', 'arr', 'arpa', 'asp', 'customerCount', 'customerChurnRate', 'mrrChurnRate', 'ltv'].map((m) => `Metrics.${m}`),
    'Metrics.Customer.activities', 'Metrics.Customer.subscriptions', 'Metrics.Customer.connectSubscriptions',
    'Metrics.Customer.disconnectSubscriptions', 'Metrics.Activity.all', 'Metrics.ActivitiesExport.create',
    'Metrics.ActivitiesExport.retrieve',
    'Contact.all', 'Contact.create', 'Contact.destroy', 'Contact.merge', 'Contact.modify', 'Contact.retrieve',
    ...crm('CustomerNote'), ...crm('Opportunity'), ...crm('Task'), 'Opportunity.all',
    'Tag.add', 'Tag.add', 'Tag.remove',
    'CustomAttribute.add', 'CustomAttribute.add', 'CustomAttribute.update', 'CustomAttribute.remove',
  ].sort());
  for (const e of endpoints) {
    assert.equal(typeof classes[e.class][e.method], 'function', `${e.class}.${e.method}`);
    assert.ok(Object.hasOwn(classes[e.class], e.method), `${e.class}.${e.method} is the class's own static method`);
    assert.match(e.path, /^\/v1\//);
    assert.ok(['always', 'ifNotSent'].includes(e.retry));
  }
  const retrieve = endpoints.find((e) => e.class === 'DataSource' && e.method === 'retrieve');
  assert.deepEqual(retrieve.params, ['uuid']);
  assert.equal(retrieve.input.kind, 'query');
  assert.ok(retrieve.input.fields.some((f) => f.name === 'with_processing_status' && f.type === 'boolean'));
  assert.ok(endpoints.filter((e) => e.method.startsWith('create')).every((e) => e.retry === 'ifNotSent'));
  // A string argument sent in the body: a leading parameter, not one of the input's fields.
  const createNote = endpoints.find((e) => e.class === 'Customer' && e.method === 'createNote');
  assert.deepEqual(createNote.params, ['customer_uuid']);
  assert.equal(createNote.path, '/v1/customer_notes');
  assert.equal(createNote.input.tsType, 'Omit<NewCustomerNote, "customer_uuid">');
  assert.ok(!createNote.input.fields.some((f) => f.name === 'customer_uuid'));
  assert.ok(createNote.input.fields.some((f) => f.name === 'type'));
  // A customer's list takes the customer as an argument, the class's own list in its query.
  const notes = endpoints.find((e) => e.class === 'Customer' && e.method === 'notes');
  const allNotes = endpoints.find((e) => e.class === 'CustomerNote' && e.method === 'all');
  assert.deepEqual([notes.params, allNotes.params], [['customer_uuid'], []]);
  assert.equal(notes.input.tsType, 'Omit<CustomerNoteListQuery, "customer_uuid">');
  assert.ok(!notes.input.fields.some((f) => f.name === 'customer_uuid'));
  assert.ok(allNotes.input.fields.some((f) => f.name === 'customer_uuid'));
  assert.ok(endpoints.filter((e) => e.method === 'create').every((e) => e.retry === 'ifNotSent'));
  // A string argument set in each element of a list: before the path's, as chartmogul-node takes it.
  const connect = endpoints.find((e) => e.class === 'Metrics.Customer' && e.method === 'connectSubscriptions');
  assert.deepEqual(connect.params, ['data_source_uuid', 'uuid']);
  assert.equal(Metrics.Customer.name, 'Metrics.Customer');
  assert.ok(!Object.keys(ChartMogul).some((name) => name.includes('.')), 'a dotted class is not exported by its dotted name');
  // A query is optional unless an empty one does not do.
  const required = (cls, method) => endpoints.find((e) => e.class === cls && e.method === method).input.required;
  assert.deepEqual([required('Plan', 'all'), required('LineItem', 'all'), required('Transaction', 'all')], [false, true, true]);
  // Only cursor-paginated lists name the field holding their records.
  assert.deepEqual(endpoints.filter((e) => e.items).map((e) => `${e.class}.${e.method}: ${e.items}`), [
    'Plan.all: plans', 'PlanGroup.all: plan_groups', 'PlanGroup.allAny: plan_groups', 'PlanGroup.all: plans',
    'Customer.all: entries', 'Customer.search: entries', 'Customer.contacts: entries',
    'SubscriptionEvent.all: subscription_events', 'Subscription.all: subscriptions',
    'Customer.notes: entries', 'Customer.opportunities: entries', 'Customer.tasks: entries',
    'Invoice.all: invoices', 'Invoice.all: invoices', 'Invoice.allCustomer: invoices', 'Invoice.allAny: invoices',
    'Metrics.Customer.activities: entries', 'Metrics.Customer.subscriptions: entries', 'Metrics.Activity.all: entries',
    'Contact.all: entries', 'CustomerNote.all: entries', 'Opportunity.all: entries', 'Opportunity.all: entries',
    'Task.all: entries',
  ]);
  // Opportunity.all, as chartmogul-node's: every opportunity, or given a customer's uuid, that customer's.
  const opportunities = endpoints.filter((e) => e.class === 'Opportunity' && e.method === 'all');
  assert.deepEqual(opportunities.map((e) => [e.params, e.path]), [
    [[], '/v1/opportunities'], [['customer_uuid'], '/v1/opportunities?customer_uuid={customer_uuid}'],
  ]);
  assert.equal(typeof SubscriptionCustomAttribute, 'function');
  assert.equal(SubscriptionCustomAttribute.name, 'SubscriptionCustomAttribute');
  assert.equal(typeof request, 'function');
});

test('Enrichment and Import are chartmogul-node\'s namespaces of the same classes', () => {
  assert.deepEqual(Object.keys(Enrichment).sort(), ['CustomAttribute', 'Customer', 'Tag']);
  assert.deepEqual(Object.keys(Import).sort(), ['Invoice', 'Subscription', 'Transaction']);
  assert.equal(Enrichment.Customer, Customer);
  assert.equal(Enrichment.CustomAttribute, CustomAttribute);
  assert.equal(Enrichment.Tag, Tag);
  assert.equal(Import.Invoice, Invoice);
  assert.equal(Import.Subscription, Subscription);
  assert.equal(Import.Transaction, Transaction);
  assert.equal(ChartMogul.default.Enrichment, Enrichment);
  assert.equal(ChartMogul.default.Import, Import);
});

test('every method takes a callback as its last argument: called back (error, result), nothing returned', async () => {
  const called = (call) => new Promise((resolve) => {
    assert.equal(call((error, result) => resolve([error, result])), undefined);
  });
  assert.deepEqual(await called((cb) => Ping.ping(config, cb)), [null, { data: 'pong!' }]);
  const [, ds] = await called((cb) => DataSource.retrieve(config, DOCUMENTED.uuid, {}, undefined, cb));
  assert.deepEqual(ds, DOCUMENTED);
  const [missing, none] = await called((cb) => DataSource.retrieve(config, 'ds_missing', cb));
  assert.ok(missing instanceof NotFoundError);
  assert.equal(none, undefined);
  const [refused] = await called((cb) => DataSource.retrieve(config, '', cb));
  assert.ok(refused instanceof ConfigurationError);
});

test('request() sends a method, path, query and body under the API base, with the same errors', async () => {
  await takeRequests();
  assert.deepEqual(await request(config, { method: 'GET', path: `/v1/data_sources/${DOCUMENTED.uuid}`, query: { with_x: 'a b' } }), DOCUMENTED);
  const created = await request(config, { method: 'POST', path: '/v1/data_sources', body: { name: `raw ${process.pid}`, extra: null } });
  assert.equal(created.name, `raw ${process.pid}`);
  await assert.rejects(request(config, { method: 'GET', path: '/v1/data_sources/ds_missing' }), NotFoundError);
  const [get, post] = await takeRequests();
  assert.equal(`${get.method} ${get.path}${get.query}`, `GET /v1/data_sources/${DOCUMENTED.uuid}?with_x=a%20b`);
  assert.equal(`${post.method} ${post.path}`, 'POST /v1/data_sources');
  assert.deepEqual(JSON.parse(post.body), { name: `raw ${process.pid}`, extra: null });
  await assert.rejects(request({}, { method: 'GET', path: '/v1/ping' }), ConfigurationError);
  await assert.rejects(request(config, { method: 'GET', path: '/v1/../admin' }), ConfigurationError);
  assert.deepEqual(await takeRequests(), []);
  await DataSource.destroy(config, created.uuid);
});

test('Ping.ping answers pong through GET /v1/ping', async () => {
  await takeRequests();
  assert.deepEqual(await Ping.ping(config), { data: 'pong!' });
  const [sent] = await takeRequests();
  assert.equal(sent.method, 'GET');
  assert.equal(sent.path, '/v1/ping');
  assert.equal(sent.query, '');
});

test('Account.retrieve sends include and keeps the settings it brings', async () => {
  await takeRequests();
  const plain = await Account.retrieve(config);
  assert.equal(plain.name, 'ChartMogul');
  assert.equal(plain.churn_recognition, undefined);
  const withSettings = await Account.retrieve(config, { include: 'churn_recognition,churn_when_zero_mrr' });
  assert.equal(withSettings.churn_recognition, 'immediate');
  assert.equal(withSettings.churn_when_zero_mrr, 'ignore');
  const [first, second] = await takeRequests();
  assert.equal(first.path, '/v1/account');
  assert.equal(second.query, '?include=churn_recognition%2Cchurn_when_zero_mrr');
});

test('Account.retrieve sends its query as given: refused only when it is not an object', async () => {
  await takeRequests();
  await assert.rejects(Account.retrieve(config, 'include=x'), (e) =>
    e instanceof ConfigurationError && /query must be an object/.test(e.message));
  assert.deepEqual(await takeRequests(), []);
  assert.equal((await Account.retrieve(config, { include: 5 })).name, 'ChartMogul');
  assert.equal((await Account.retrieve(config, { incude: 'x' })).churn_recognition, undefined);
  assert.deepEqual((await takeRequests()).map((r) => r.query), ['?include=5', '?incude=x']);
});

/** A fetch that answers from `answers` (in turn) and records what it was given. */
function mockFetch(answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init });
    const next = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (next instanceof Error) throw next;
    return new Response(JSON.stringify(next.body), {
      status: next.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, calls };
}

test('a Config\'s own fetch is called for every attempt, with url and init, and nothing goes to the network', async () => {
  const { fetch, calls } = mockFetch([
    { status: 503, body: { message: 'busy' } },
    { body: { ...DOCUMENTED, extra: 1 } },
  ]);
  const mocked = new Config('sk_mock', 'https://api.chartmogul.com', { fetch, retries: 1 });
  await takeRequests();
  const record = await DataSource.retrieve(mocked, DOCUMENTED.uuid);
  assert.deepEqual(record, { ...DOCUMENTED, extra: 1 });
  assert.equal(calls.length, 2);
  const [{ url, init }] = calls;
  assert.equal(url, `https://api.chartmogul.com/v1/data_sources/${DOCUMENTED.uuid}`);
  assert.equal(init.method, 'GET');
  assert.equal(init.redirect, 'manual');
  assert.ok(init.signal instanceof AbortSignal);
  const headers = new Headers(init.headers);
  assert.equal(headers.get('authorization'), `Basic ${btoa('sk_mock:')}`);
  assert.equal(headers.get('accept'), 'application/json');
  assert.deepEqual(await takeRequests(), [], 'the local server saw nothing');
});

test('a Config\'s own fetch gets the JSON body of a create, and its answers are checked', async () => {
  const { fetch, calls } = mockFetch([{ body: { uuid: 'ds_new', name: 'Mocked' } }, { status: 404, body: { error: 'nope' } }]);
  const mocked = new Config('sk_mock', 'https://api.chartmogul.com', { fetch, retries: 0 });
  assert.deepEqual(await DataSource.create(mocked, { name: 'Mocked' }), { uuid: 'ds_new', name: 'Mocked' });
  assert.equal(calls[0].init.method, 'POST');
  assert.deepEqual(JSON.parse(calls[0].init.body), { name: 'Mocked' });
  await assert.rejects(DataSource.retrieve(mocked, 'ds_x'), NotFoundError);
  // Any JSON comes back as sent; only an answer that is not JSON is refused.
  const { fetch: odd } = mockFetch([{ body: { uuid: 7 } }]);
  assert.deepEqual(await DataSource.retrieve(new Config('sk_mock', undefined, { fetch: odd }), 'ds_x'), { uuid: 7 });
  const notJson = async () => new Response('<html>down</html>', { status: 200, headers: { 'content-type': 'text/html' } });
  await assert.rejects(DataSource.retrieve(new Config('sk_mock', undefined, { fetch: notJson }), 'ds_x'), (e) =>
    e instanceof InvalidResponseError && e.httpStatus === 200 && e.response === '<html>down</html>');
  const empty = async () => new Response(null, { status: 204 });
  assert.deepEqual(await DataSource.retrieve(new Config('sk_mock', undefined, { fetch: empty }), 'ds_x'), {});
});

test('a Config\'s own fetch that rejects gives a ConnectionError; one that wraps the global fetch reaches the server', async () => {
  const { fetch } = mockFetch([new TypeError('proxy unreachable')]);
  await assert.rejects(DataSource.retrieve(new Config('sk_mock', undefined, { fetch, retries: 0 }), 'ds_x'), (e) =>
    e instanceof ConnectionError && /proxy unreachable/.test(e.message) && !e.message.includes('sk_mock'));
  // As a user passes undici's fetch with a dispatcher of their own.
  let wrapped = 0;
  const viaWrapper = new Config(KEY, BASE, { fetch: (url, init) => (wrapped++, globalThis.fetch(url, init)) });
  assert.equal((await DataSource.retrieve(viaWrapper, DOCUMENTED.uuid)).uuid, DOCUMENTED.uuid);
  assert.equal(wrapped, 1);
});

test('fetch must be a function', () => {
  assert.throws(() => new Config(KEY, BASE, { fetch: 'globalThis.fetch' }), (e) =>
    e instanceof ConfigurationError && /fetch/.test(e.message));
});
