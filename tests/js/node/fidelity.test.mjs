// Real traffic, both ways: ChartMogul's recorded answers (chartmogul-ruby's
// and chartmogul-go's recordings, the API reference's examples;
// real-shapes.mjs) replayed over loopback HTTP resolve exactly as sent, and
// what a caller gives reaches the wire as given. Also the calls that came
// with this policy: every call's query, chartmogul-node's callbacks,
// `request`, the namespaces, and a short key's redaction.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import * as ChartMogul from 'chartmogul-wasm';
import * as shapes from './real-shapes.mjs';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const {
  Config, ConfigurationError, Contact, Customer, CustomAttribute, DataSource, Enrichment, Import, Invoice,
  InvalidResponseError, NotFoundError, Opportunity, Plan, PlanGroup, ResourceInvalidError, SubscriptionCustomAttribute,
  SubscriptionEvent, Transaction, LineItem, request,
} = ChartMogul;

/**
 * A server that answers each `METHOD /path` with a recorded `{ status, body }`
 * (a body of text is sent as it is, anything else as JSON) and keeps what it
 * was sent.
 */
async function replay(answers) {
  const seen = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      seen.push({ method: req.method, path: url.pathname, query: url.search, body });
      const answer = answers[`${req.method} ${url.pathname}`];
      if (!answer) return res.writeHead(404).end('{"message":"not recorded"}');
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status, text ? { 'content-type': 'application/json' } : {}).end(text);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  const config = new Config('replay_key_12345', `http://127.0.0.1:${server.address().port}`, { retries: 0 });
  return { config, seen };
}

const local = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
const sentBody = (request) => JSON.parse(request.body);

test('recorded subscription event answers with "" for quantity and amounts resolve as sent (list, create, update)', async () => {
  const { config } = await replay({
    'GET /v1/subscription_events': { status: 200, body: shapes.SE_LIST_ANSWER_RUBY },
    'POST /v1/subscription_events': { status: 201, body: shapes.SE_CREATE_ANSWER_RUBY },
    'PATCH /v1/subscription_events': { status: 200, body: shapes.SE_UPDATE_ANSWER_RUBY },
  });
  assert.equal(shapes.SE_CREATE_ANSWER_RUBY.quantity, '', 'the recording has the empty string');
  assert.deepEqual(await SubscriptionEvent.all(config), shapes.SE_LIST_ANSWER_RUBY);
  assert.deepEqual(await SubscriptionEvent.create(config, shapes.SE_CREATE_BODY_RUBY), shapes.SE_CREATE_ANSWER_RUBY);
  assert.deepEqual(await SubscriptionEvent.updateWithParams(config, shapes.SE_UPDATE_BODY_RUBY), shapes.SE_UPDATE_ANSWER_RUBY);
  const records = [];
  for await (const event of SubscriptionEvent.all(config)) records.push(event);
  assert.deepEqual(records, shapes.SE_LIST_ANSWER_RUBY.subscription_events);
});

test('a 204 with no body resolves {} (DELETE a customer\'s custom attributes, as recorded)', async () => {
  const { config } = await replay({
    'DELETE /v1/customers/cus_1/attributes/custom': { status: 204, body: '' },
    'POST /v1/contacts/con_1/merge/con_2': { status: 200, body: '' },
  });
  assert.deepEqual(await CustomAttribute.remove(config, 'cus_1', shapes.CUSTOMER_ATTR_REMOVE_BODY_RUBY), {});
  assert.deepEqual(await Contact.merge(config, 'con_1', 'con_2'), {}, 'an empty 200 too');
});

test('answers unlike their types resolve as sent: a string setting, {} from a merge, custom as a list, a 202', async () => {
  const { config } = await replay({
    'GET /v1/data_sources': { status: 200, body: shapes.DS_LIST_AUTO_CHURN_STRING_NODE },
    'POST /v1/contacts/con_1/merge/con_2': { status: 200, body: shapes.CONTACT_MERGE_ANSWER_NODE },
    'PATCH /v1/contacts/con_1': { status: 200, body: shapes.CONTACT_UPDATE_ANSWER_REF },
    'PATCH /v1/plans/pl_1': { status: 202, body: shapes.PLAN_MODIFY_ANSWER_RUBY },
    'GET /v1/data_sources/ds_1': { status: 200, body: shapes.DS_RETRIEVE_ANSWER_RUBY },
  });
  const list = await DataSource.all(config);
  assert.deepEqual(list, shapes.DS_LIST_AUTO_CHURN_STRING_NODE);
  assert.equal(typeof list.data_sources[0].auto_churn_subscription_setting, 'string');
  assert.deepEqual(await Contact.merge(config, 'con_1', 'con_2'), {});
  const contact = await Contact.modify(config, 'con_1', shapes.CONTACT_UPDATE_BODY_REF);
  assert.deepEqual(contact, shapes.CONTACT_UPDATE_ANSWER_REF);
  assert.ok(Array.isArray(contact.custom), 'the reference answers custom as a list');
  assert.deepEqual(await Plan.modify(config, 'pl_1', shapes.PLAN_MODIFY_BODY_RUBY), shapes.PLAN_MODIFY_ANSWER_RUBY);
  assert.deepEqual(await DataSource.retrieve(config, 'ds_1'), shapes.DS_RETRIEVE_ANSWER_RUBY);
});

test('the local server hands back the same real shapes, seeded as ChartMogul sent them', async () => {
  const ds = `ds_real_${process.pid}`;
  const events = shapes.SE_LIST_ANSWER_RUBY.subscription_events.map((event) => ({ ...event, data_source_uuid: ds }));
  const [source] = Object.values(shapes.DS_LIST_AUTO_CHURN_STRING_NODE.data_sources);
  const contact = { ...shapes.CONTACT_UPDATE_ANSWER_REF, uuid: `con_real_${process.pid}` };
  const seeding = await fetch(`${BASE}/__testing/seed`, {
    method: 'POST',
    body: JSON.stringify({ dataSources: [{ ...source, uuid: ds }], contacts: [contact], subscriptionEvents: events }),
  });
  assert.equal(seeding.status, 200);
  // As the server stores them (a data source without `system` gets `Custom`).
  const stored = await seeding.json();
  const retrieved = await DataSource.retrieve(local, ds);
  assert.deepEqual(retrieved, stored.dataSources[0]);
  assert.equal(retrieved.auto_churn_subscription_setting, 'enabled', 'a string setting');
  const retrievedContact = await Contact.retrieve(local, contact.uuid);
  assert.deepEqual(retrievedContact, stored.contacts[0]);
  assert.ok(Array.isArray(retrievedContact.custom), 'custom as a list');
  const page = await SubscriptionEvent.all(local, { data_source_uuid: ds });
  assert.deepEqual(page.subscription_events, stored.subscriptionEvents);
  assert.ok(page.subscription_events.some((event) => event.quantity === ''), '"" for a quantity, as recorded');
});

test('a 2xx that is not JSON is still an InvalidResponseError; a page without its list cannot be iterated', async () => {
  const { config } = await replay({
    'GET /v1/data_sources/ds_1': { status: 200, body: '<html>maintenance</html>' },
    'GET /v1/plans': { status: 200, body: { has_more: false } },
    'GET /v1/customers': { status: 200, body: { entries: [{ uuid: 'cus_1' }], has_more: true } },
  });
  await assert.rejects(DataSource.retrieve(config, 'ds_1'), InvalidResponseError);
  assert.deepEqual(await Plan.all(config), { has_more: false }, 'awaited, the page as sent');
  await assert.rejects(async () => { for await (const plan of Plan.all(config)) void plan; }, /no list `plans`/);
  const seen = [];
  await assert.rejects(async () => { for await (const customer of Customer.all(config)) seen.push(customer.uuid); },
    /has_more but gives no cursor/);
  assert.deepEqual(seen, ['cus_1'], 'the records before the missing cursor were handed out');
});

test('bodies reach the wire as given: unknown fields at any depth, string numbers, nulls', async () => {
  const { config, seen } = await replay({
    'POST /v1/import/customers/cus_1/invoices': { status: 201, body: shapes.INVOICE_CREATE_ANSWER_RUBY },
    'POST /v1/import/invoices/inv_1/transactions': { status: 201, body: shapes.TRANSACTION_CREATE_ANSWER_RUBY },
    'PATCH /v1/customers/cus_1': { status: 200, body: shapes.CUSTOMER_MODIFY_ANSWER_RUBY },
    'PATCH /v1/plans/pl_1': { status: 202, body: shapes.PLAN_MODIFY_ANSWER_RUBY },
    'POST /v1/contacts': { status: 200, body: shapes.CONTACT_CREATE_ANSWER_RUBY },
    'POST /v1/subscription_events': { status: 201, body: shapes.SE_CREATE_ANSWER_RUBY },
  });
  const withFees = {
    ...shapes.INVOICE_CREATE_BODY_RUBY,
    invoices: shapes.INVOICE_CREATE_BODY_RUBY.invoices.map((invoice) => ({
      ...invoice, transactions: [{ ...shapes.TRANSACTION_CREATE_BODY_RUBY, amount_in_cents: '500' }],
    })),
  };
  await Invoice.create(config, 'cus_1', withFees);
  await Transaction.create(config, 'inv_1', shapes.TRANSACTION_CREATE_BODY_RUBY);
  await Customer.modify(config, 'cus_1', shapes.CUSTOMER_MODIFY_BODY_RUBY);
  await Plan.modify(config, 'pl_1', shapes.PLAN_MODIFY_BODY_RUBY);
  const contact = { customer_external_id: 'cus_ext_1', data_source_uuid: 'ds_1', email: 'a@example.com' };
  await Contact.create(config, contact);
  const envelope = { subscription_event: { ...shapes.SE_CREATE_BODY_RUBY.subscription_event, event_date: undefined } };
  await SubscriptionEvent.create(config, envelope);
  const [invoice, transaction, customer, plan, created, event] = seen;
  assert.deepEqual(sentBody(invoice), withFees, 'customer_uuid beside invoices, transaction fees, a string amount');
  assert.deepEqual(sentBody(transaction), shapes.TRANSACTION_CREATE_BODY_RUBY);
  assert.deepEqual(sentBody(customer), shapes.CUSTOMER_MODIFY_BODY_RUBY);
  assert.deepEqual(sentBody(plan), shapes.PLAN_MODIFY_BODY_RUBY);
  assert.deepEqual(sentBody(created), contact);
  const { event_date: _, ...withoutDate } = shapes.SE_CREATE_BODY_RUBY.subscription_event;
  assert.deepEqual(sentBody(event), { subscription_event: withoutDate }, 'the envelope as given, its nulls kept, undefined left out');
});

test('an argument set into the body goes into a copy: the caller\'s objects stay as they were', async () => {
  const { config, seen } = await replay({
    'POST /v1/customers/cus_1/connect_subscriptions': { status: 202, body: '' },
    'POST /v1/customer_notes': { status: 201, body: { uuid: 'note_1' } },
  });
  const subscriptions = [{ uuid: 'sub_1' }];
  const note = { type: 'note', text: 'hi' };
  await ChartMogul.Metrics.Customer.connectSubscriptions(config, 'ds_1', 'cus_1', subscriptions);
  await Customer.createNote(config, 'cus_1', note);
  assert.deepEqual(subscriptions, [{ uuid: 'sub_1' }]);
  assert.deepEqual(note, { type: 'note', text: 'hi' });
  assert.deepEqual(seen.map(sentBody), [
    { subscriptions: [{ uuid: 'sub_1', data_source_uuid: 'ds_1' }] },
    { type: 'note', text: 'hi', customer_uuid: 'cus_1' },
  ]);
});

test('every call takes a query: a GET\'s argument, qs in any other; sent as chartmogul-node\'s qs encodes it', async () => {
  const { config, seen } = await replay({
    'GET /v1/line_items/li_1': { status: 200, body: shapes.LINE_ITEM_UPDATE_ANSWER_REF },
    'GET /v1/transactions/tr_1': { status: 200, body: shapes.TRANSACTION_RETRIEVE_ANSWER_REF },
    'PATCH /v1/line_items/li_1': { status: 200, body: shapes.LINE_ITEM_UPDATE_ANSWER_REF },
    'PATCH /v1/invoices/inv_1/disabled_state': { status: 200, body: shapes.INVOICE_DISABLE_ANSWER_REF },
    'DELETE /v1/plans/pl_1': { status: 204, body: '' },
  });
  await LineItem.retrieve(config, 'li_1', { validation_type: 'all', include_edit_histories: true });
  const since = new Date('2024-01-02T03:04:05Z');
  await Transaction.retrieve(config, 'tr_1', { with_disabled: true, tags: ['a b', 'c'], none: null, skip: undefined, since, filter: { geo: 'US' } });
  await LineItem.modify(config, 'li_1', { qs: { handle_as_user_edit: true }, amount_in_cents: 1000 });
  await Invoice.disable(config, 'inv_1', { reason: 'duplicate' });
  await Plan.destroy(config, 'pl_1', { qs: { force: 1 } });
  assert.deepEqual(seen.map((r) => `${r.method} ${r.path}${r.query} ${r.body}`), [
    'GET /v1/line_items/li_1?validation_type=all&include_edit_histories=true ',
    'GET /v1/transactions/tr_1?with_disabled=true&tags=a%20b&tags=c&none&since=2024-01-02T03%3A04%3A05.000Z&filter%5Bgeo%5D=US ',
    'PATCH /v1/line_items/li_1?handle_as_user_edit=true {"amount_in_cents":1000}',
    'PATCH /v1/invoices/inv_1/disabled_state {"reason":"duplicate","disabled":true}',
    'DELETE /v1/plans/pl_1?force=1 ',
  ]);
});

test('DataSource.create({ name: null }) and PlanGroup.create({}) are sent, and ChartMogul\'s 422 comes back typed', async () => {
  await takeRequests();
  const refused = await DataSource.create(local, { name: null }).catch((error) => error);
  assert.ok(refused instanceof ResourceInvalidError, String(refused));
  assert.equal(refused.httpStatus, 422);
  const group = await PlanGroup.create(local, {}).catch((error) => error);
  assert.ok(group instanceof ResourceInvalidError, String(group));
  assert.equal(group.httpStatus, 422);
  const sent = await takeRequests();
  assert.deepEqual(sent.map((r) => `${r.method} ${r.path} ${r.body}`), [
    'POST /v1/data_sources {"name":null}',
    'POST /v1/plan_groups {}',
  ]);
});

test('what still protects the request is refused unsent: path parameters, an object where one is due', async () => {
  await takeRequests();
  const refusals = [
    DataSource.retrieve(local, ''),
    DataSource.retrieve(local, '..'),
    Customer.modify(local, 'cus_1', 'name'),
    Customer.modify(local, 'cus_1', [1]),
    Invoice.update(local, { qs: 'x' }),
    Customer.tasks(local, 'cus_1', { customer_uuid: 'other' }),
    Plan.create(local, { big: 1n }),
    request(local, { method: 'GET', path: '//evil.example/v1/ping' }),
    request(local, { method: 'TRACE', path: '/v1/ping' }),
  ];
  for (const refusal of refusals) await assert.rejects(refusal, ConfigurationError);
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
});

test('a callback as the last argument gets (null, result) or (error), and the call returns nothing', async () => {
  const viaCallback = (call) => new Promise((resolve) => {
    const returned = call((error, result) => resolve({ error, result, returned }));
  });
  const pinged = await viaCallback((cb) => ChartMogul.Ping.ping(local, cb));
  assert.equal(pinged.returned, undefined);
  assert.deepEqual(pinged, { error: null, result: { data: 'pong!' }, returned: undefined });
  const listed = await viaCallback((cb) => DataSource.all(local, undefined, cb));
  assert.ok(Array.isArray(listed.result.data_sources));
  const missing = await viaCallback((cb) => DataSource.retrieve(local, 'ds_missing', cb));
  assert.ok(missing.error instanceof NotFoundError);
  const raw = await viaCallback((cb) => request(local, { method: 'get', path: '/v1/ping' }, cb));
  assert.deepEqual(raw.result, { data: 'pong!' });
});

test('every method of every class takes a callback (a missing uuid calls back its ConfigurationError)', async () => {
  const classes = Object.values(ChartMogul).filter((value) => typeof value === 'function' && value.name && !/Error$|^Config$|^request$/.test(value.name));
  const methods = [];
  const collect = (owner, name) => {
    for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(owner))) {
      if (typeof value.value !== 'function' || ['length', 'name', 'prototype'].includes(key)) continue;
      if (/^[A-Z]/.test(key)) collect(value.value, `${name}.${key}`);
      else methods.push([`${name}.${key}`, value.value]);
    }
  };
  for (const owner of classes) collect(owner, owner.name);
  assert.ok(methods.length >= 130, `${methods.length} methods`);
  await takeRequests();
  for (const [name, method] of methods) {
    const outcome = await new Promise((resolve) => {
      const returned = method(new Config(KEY, 'http://127.0.0.1:9'), '', (error, result) => resolve({ error, result, returned }));
    });
    assert.equal(outcome.returned, undefined, name);
    // A call with a uuid fails on its blank uuid; one without, on its blank argument or on the closed port.
    assert.ok(outcome.error instanceof Error, `${name}: ${outcome.error}`);
  }
});

test('Customer.patch, Enrichment.Customer.patch and Opportunity.all(config, customerUuid) as chartmogul-node has them', async () => {
  assert.equal(Enrichment.Customer, Customer);
  assert.equal(Enrichment.CustomAttribute, CustomAttribute);
  assert.equal(Import.Invoice, Invoice);
  const [source] = (await DataSource.all(local)).data_sources;
  const customer = await Customer.create(local, { data_source_uuid: source.uuid, external_id: `cus_patch_${process.pid}`, name: 'Patch' });
  await takeRequests();
  const patched = await Customer.patch(local, customer.uuid, { company: 'Patched Ltd' });
  assert.equal(patched.company, 'Patched Ltd');
  const again = await Enrichment.Customer.patch(local, customer.uuid, { company: 'Again Ltd' });
  assert.equal(again.company, 'Again Ltd');
  const deals = await Opportunity.all(local, customer.uuid, { per_page: 5 });
  assert.ok(Array.isArray(deals.entries));
  const sent = await takeRequests();
  assert.deepEqual(sent.map((r) => `${r.method} ${r.path}${r.query}`), [
    `PATCH /v1/customers/${customer.uuid}`,
    `PATCH /v1/customers/${customer.uuid}`,
    `GET /v1/opportunities?customer_uuid=${customer.uuid}&per_page=5`,
  ]);
});

test('request() reaches what the table lacks, with the same errors; an empty answer is {}', async () => {
  const [source] = (await DataSource.all(local)).data_sources;
  const raw = await request(local, { method: 'GET', path: `/v1/data_sources/${source.uuid}`, query: { with_processing_status: true } });
  assert.equal(raw.uuid, source.uuid);
  await assert.rejects(request(local, { method: 'GET', path: '/v1/data_sources/ds_nope' }), NotFoundError);
  const { config, seen } = await replay({ 'DELETE /v1/data_sources/ds_1/all': { status: 202, body: '' } });
  assert.deepEqual(await request(config, { method: 'delete', path: '/v1/data_sources/ds_1/all', body: { confirm: true } }), {});
  assert.deepEqual(seen.map((r) => `${r.method} ${r.path} ${r.body}`), ['DELETE /v1/data_sources/ds_1/all {"confirm":true}']);
});

test('request() retries as the table does: a GET after a 500, a POST only where it surely was not carried out', async () => {
  const retrying = new Config(KEY, BASE, { retries: 2, maxRequestsPerSecond: 0 });
  const fail = (fault) => fetch(`${BASE}/__testing/fail`, { method: 'POST', body: JSON.stringify(fault) });
  await fail({ status: 500, times: 1, method: 'GET', path: '/v1/ping' });
  assert.deepEqual(await request(retrying, { method: 'GET', path: '/v1/ping' }), { data: 'pong!' });
  await fail({ status: 500, times: 1, method: 'POST', path: '/v1/data_sources' });
  const refused = await request(retrying, { method: 'POST', path: '/v1/data_sources', body: { name: 'once' } }).catch((e) => e);
  assert.ok(refused instanceof ChartMogul.ServerError, String(refused));
  assert.equal(refused.attempts, 1, 'a 500 may hide a success: not sent again');
});

test('a subscription\'s custom attributes: retrieve, add, update and remove, as the reference shows them', async () => {
  const { config, seen } = await replay({
    'GET /v1/subscriptions/sub_1/attributes': { status: 200, body: shapes.SUB_ATTR_RETRIEVE_ANSWER_REF },
    'POST /v1/subscriptions/sub_1/attributes/custom': { status: 200, body: shapes.SUB_ATTR_ADD_ANSWER_REF },
    'PUT /v1/subscriptions/sub_1/attributes/custom': { status: 200, body: shapes.SUB_ATTR_UPDATE_ANSWER_REF },
    'DELETE /v1/subscriptions/sub_1/attributes/custom': { status: 200, body: shapes.SUB_ATTR_REMOVE_ANSWER_REF },
  });
  assert.deepEqual(await SubscriptionCustomAttribute.retrieve(config, 'sub_1'), shapes.SUB_ATTR_RETRIEVE_ANSWER_REF);
  assert.deepEqual(await SubscriptionCustomAttribute.add(config, 'sub_1', shapes.SUB_ATTR_ADD_BODY_REF), shapes.SUB_ATTR_ADD_ANSWER_REF);
  assert.deepEqual(await SubscriptionCustomAttribute.update(config, 'sub_1', shapes.SUB_ATTR_UPDATE_BODY_REF), shapes.SUB_ATTR_UPDATE_ANSWER_REF);
  assert.deepEqual(await SubscriptionCustomAttribute.remove(config, 'sub_1', shapes.SUB_ATTR_REMOVE_BODY_REF), shapes.SUB_ATTR_REMOVE_ANSWER_REF);
  assert.deepEqual(seen.slice(1).map(sentBody), [shapes.SUB_ATTR_ADD_BODY_REF, shapes.SUB_ATTR_UPDATE_BODY_REF, shapes.SUB_ATTR_REMOVE_BODY_REF]);
});

test('the local server keeps a subscription\'s custom attributes, and disables an event by external id', async () => {
  const [source] = (await DataSource.all(local)).data_sources;
  const seeding = await fetch(`${BASE}/__testing/seed`, {
    method: 'POST', body: JSON.stringify({ subscriptions: [{ data_source_uuid: source.uuid }] }),
  });
  const seeded = (await seeding.json()).subscriptions[0].uuid;
  const added = await SubscriptionCustomAttribute.add(local, seeded, shapes.SUB_ATTR_ADD_BODY_REF);
  for (const { key } of shapes.SUB_ATTR_ADD_BODY_REF.custom) assert.ok(key in added.custom, key);
  const [first] = shapes.SUB_ATTR_ADD_BODY_REF.custom;
  const updated = await SubscriptionCustomAttribute.update(local, seeded, { custom: { [first.key]: 'changed' } });
  assert.equal(updated.custom[first.key], 'changed');
  await assert.rejects(SubscriptionCustomAttribute.update(local, seeded, { custom: { never_added: 1 } }), ResourceInvalidError);
  const removed = await SubscriptionCustomAttribute.remove(local, seeded, { custom: [first.key] });
  assert.equal(removed.message, 'success');
  assert.ok(!(first.key in (await SubscriptionCustomAttribute.retrieve(local, seeded)).custom));
  await assert.rejects(SubscriptionCustomAttribute.retrieve(local, 'sub_nope'), NotFoundError);

  const event = await SubscriptionEvent.create(local, {
    data_source_uuid: source.uuid, customer_external_id: 'cus_fid', subscription_external_id: 'sub_fid',
    event_type: 'subscription_start', event_date: '2022-03-30', effective_date: '2022-04-01',
    external_id: `evt_fid_${process.pid}`, quantity: '', amount_in_cents: '',
  });
  assert.equal(event.quantity, '', 'the local server keeps "" as ChartMogul does');
  await takeRequests();
  const named = { data_source_uuid: source.uuid, external_id: event.external_id };
  assert.equal((await SubscriptionEvent.disableByExternalId(local, named)).disabled, true);
  assert.equal((await SubscriptionEvent.enableByExternalId(local, { subscription_event: named })).disabled, false);
  assert.deepEqual((await takeRequests()).map((r) => `${r.method} ${r.path} ${r.body}`), [
    `PATCH /v1/subscription_events/disabled_state ${JSON.stringify({ subscription_event: named, disabled: true })}`,
    `PATCH /v1/subscription_events/disabled_state ${JSON.stringify({ subscription_event: named, disabled: false })}`,
  ]);
});

test('a short API key is redacted where it stands alone, never inside a word', async () => {
  const { config: echoing } = await replay({
    'POST /v1/data_sources': { status: 422, body: { message: 'ta: Has already been taken', key: 'ta' } },
  });
  const error = await DataSource.create(new Config('ta', echoing.apiBase, { retries: 0 }), { name: 'x' }).catch((e) => e);
  assert.ok(error instanceof ResourceInvalidError);
  assert.equal(error.message, 'HTTP 422: [redacted]: Has already been taken');
  assert.equal(error.response.key, '[redacted]');
});
