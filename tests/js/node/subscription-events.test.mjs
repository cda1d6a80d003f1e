// SubscriptionEvent's six methods against the local server: bodies sent
// wrapped in `subscription_event` (given bare or wrapped), the DELETE's
// JSON body, disable and enable's fixed bodies on one path, the list's
// filters and pages, ChartMogul's errors; input sent as given, and only what
// the request itself cannot take refused unsent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, DataSource, NotFoundError, ResourceInvalidError, SchemaInvalidError, SubscriptionEvent,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxConcurrency: 16, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix} ${process.pid}x${++unique}`;

async function dataSource() {
  return (await DataSource.create(config, { name: fresh('Subscription events test') })).uuid;
}

const eventOf = (ds, i, more = {}) => ({
  data_source_uuid: ds, customer_external_id: 'cus_0001', subscription_external_id: `sub_${i}`,
  event_type: 'subscription_start_scheduled', event_date: '2022-03-30', effective_date: '2022-04-01',
  external_id: `evnt_${i}`, plan_external_id: 'gold_monthly', currency: 'USD', amount_in_cents: 1000, ...more,
});

const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query} ${r.body}`);

test('create (bare or wrapped), update, disable, enable and delete an event, each body as ChartMogul takes it', async () => {
  const ds = await dataSource();
  await takeRequests();
  const created = await SubscriptionEvent.create(config, eventOf(ds, 1, { amount_in_cents: '1000' }));
  assert.equal(typeof created.id, 'number');
  assert.equal(created.event_date, '2022-03-30T00:00:00Z');
  assert.equal(created.amount_in_cents, '1000', 'the reference\'s string amount is sent, and kept, as given');
  const wrapped = await SubscriptionEvent.create(config, { subscription_event: eventOf(ds, 2) });
  assert.equal(wrapped.external_id, 'evnt_2');
  const [first, second] = await takeRequests();
  assert.equal(first.method, 'POST');
  assert.deepEqual(JSON.parse(first.body), { subscription_event: eventOf(ds, 1, { amount_in_cents: '1000' }) });
  assert.deepEqual(JSON.parse(second.body), { subscription_event: eventOf(ds, 2) }, 'not wrapped twice');

  const byId = await SubscriptionEvent.updateWithParams(config, { id: created.id, plan_external_id: 'gold_yearly' });
  assert.equal(byId.plan_external_id, 'gold_yearly');
  const byExternalId = await SubscriptionEvent.updateWithParams(config, {
    subscription_event: { data_source_uuid: ds, external_id: 'evnt_1', effective_date: '2022-04-30' },
  });
  assert.deepEqual({ ...byExternalId, updated_at: undefined }, { ...byId, effective_date: '2022-04-30T00:00:00Z', updated_at: undefined });

  assert.equal((await SubscriptionEvent.disable(config, created.id)).disabled, true, 'a number id, as chartmogul-node takes it');
  assert.equal((await SubscriptionEvent.enable(config, String(created.id))).disabled, false);
  assert.deepEqual(await SubscriptionEvent.deleteWithParams(config, { id: created.id }), {});
  assert.deepEqual(await SubscriptionEvent.deleteWithParams(config, { data_source_uuid: ds, external_id: 'evnt_2' }), {});
  assert.deepEqual(sent(await takeRequests()), [
    `PATCH /v1/subscription_events ${JSON.stringify({ subscription_event: { id: created.id, plan_external_id: 'gold_yearly' } })}`,
    `PATCH /v1/subscription_events ${JSON.stringify({ subscription_event: { data_source_uuid: ds, external_id: 'evnt_1', effective_date: '2022-04-30' } })}`,
    `PATCH /v1/subscription_events/${created.id}/disabled_state {"disabled":true}`,
    `PATCH /v1/subscription_events/${created.id}/disabled_state {"disabled":false}`,
    `DELETE /v1/subscription_events {"subscription_event":{"id":${created.id}}}`,
    `DELETE /v1/subscription_events {"subscription_event":{"data_source_uuid":"${ds}","external_id":"evnt_2"}}`,
  ]);
});

test('ChartMogul\'s 404 for a missing event and 422 for a duplicate or an unknown source', async () => {
  const ds = await dataSource();
  const created = await SubscriptionEvent.create(config, eventOf(ds, 1));
  await SubscriptionEvent.deleteWithParams(config, { id: created.id });
  const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && /not found/.test(e.message);
  await assert.rejects(SubscriptionEvent.deleteWithParams(config, { id: created.id }), notFound);
  await assert.rejects(SubscriptionEvent.updateWithParams(config, { id: created.id, currency: 'EUR' }), notFound);
  await assert.rejects(SubscriptionEvent.disable(config, created.id), notFound);
  await SubscriptionEvent.create(config, eventOf(ds, 2));
  await assert.rejects(SubscriptionEvent.create(config, eventOf(ds, 2)), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && /already been taken/.test(e.message));
  await assert.rejects(SubscriptionEvent.create(config, eventOf('ds_missing', 3)), ResourceInvalidError);
});

test('the server, as ChartMogul, refuses a body not wrapped in subscription_event, the DELETE\'s too', async () => {
  const auth = { Authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`, 'Content-Type': 'application/json' };
  for (const method of ['POST', 'PATCH', 'DELETE']) {
    const bare = await fetch(`${BASE}/v1/subscription_events`, { method, headers: auth, body: JSON.stringify({ id: 1 }) });
    assert.equal(bare.status, 400, method);
    assert.match((await bare.json()).message, /subscription_event/);
  }
  const empty = await fetch(`${BASE}/v1/subscription_events`, { method: 'DELETE', headers: auth });
  assert.equal(empty.status, 400);
});

test('all filters and goes through 250 events a page at a time', async () => {
  const ds = await dataSource();
  await Promise.all(Array.from({ length: 250 }, (_, i) => SubscriptionEvent.create(config, eventOf(ds, i, {
    event_type: i % 2 ? 'subscription_cancelled' : 'subscription_start_scheduled',
  }))));
  await takeRequests();
  const first = await SubscriptionEvent.all(config, { data_source_uuid: ds, per_page: 100 });
  assert.equal(first.subscription_events.length, 100);
  assert.equal(first.has_more, true);
  const ids = [];
  for await (const event of SubscriptionEvent.all(config, { data_source_uuid: ds, per_page: 100 })) ids.push(event.id);
  assert.equal(new Set(ids).size, 250);
  const cancelled = [];
  for await (const event of SubscriptionEvent.all(config, { data_source_uuid: ds, event_type: 'subscription_cancelled', per_page: 50 })) {
    cancelled.push(event.event_type);
  }
  assert.deepEqual(new Set(cancelled), new Set(['subscription_cancelled']));
  assert.equal(cancelled.length, 125);
  const one = await SubscriptionEvent.all(config, { data_source_uuid: ds, external_id: 'evnt_7', effective_date: '2022-04-01' });
  assert.deepEqual(one.subscription_events.map((e) => e.external_id), ['evnt_7']);
  const queries = (await takeRequests()).map((r) => r.query);
  assert.equal(queries.length, 1 + 3 + 3 + 1, 'one request per page');
  assert.equal(queries[0], `?data_source_uuid=${ds}&per_page=100`);
});

test('what a request cannot take is refused before anything is sent', async () => {
  await takeRequests();
  const refused = [
    [() => SubscriptionEvent.create(config), /data must be an object/],
    [() => SubscriptionEvent.create(config, 'evnt_1'), /data must be an object/],
    [() => SubscriptionEvent.create(config, [eventOf('ds_1', 1)]), /data must be an object/],
    [() => SubscriptionEvent.create(config, eventOf('ds_1', 1, { amount_in_cents: 10n })), /data cannot be sent as JSON/],
    [() => SubscriptionEvent.updateWithParams(config), /data must be an object/],
    [() => SubscriptionEvent.deleteWithParams(config, 7), /data must be an object/],
    [() => SubscriptionEvent.all(config, 'data_source_uuid=ds_1'), /query must be an object/],
    [() => SubscriptionEvent.disable(config, ''), /id must be a non-empty string/],
    [() => SubscriptionEvent.disable(config, '..'), /id must not be/],
    [() => SubscriptionEvent.enable(config, 1.5), /id must be a non-empty string/],
    [() => SubscriptionEvent.enable(config, null), /id must be a non-empty string/],
    [() => SubscriptionEvent.enable(config), /id must be a non-empty string/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
});

test('other input is sent exactly as given; ChartMogul\'s 422 or 400 is the error', async () => {
  const ds = await dataSource();
  const { data_source_uuid, ...noSource } = eventOf(ds, 1);
  void data_source_uuid;
  // ChartMogul's recorded create (chartmogul-ruby's cassette): nulls and empty strings for what it does not give.
  const recorded = {
    id: null, data_source_uuid: ds, customer_external_id: 'test_cus_ext_id', subscription_set_external_id: '',
    subscription_external_id: 'test_cus_sub_ext_id1', plan_external_id: '', event_date: '2022-05-18T09:48:34Z',
    effective_date: '2021-12-30T00:01:00Z', event_type: 'subscription_cancelled', external_id: 'test_ev_id_create_1',
    errors: null, created_at: null, updated_at: null, quantity: '', currency: '', amount_in_cents: '',
    tax_amount_in_cents: null, retracted_event_id: null,
  };
  const invalid = (errors) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 &&
    JSON.stringify(e.response) === JSON.stringify({ errors });
  await takeRequests();
  await assert.rejects(SubscriptionEvent.create(config, noSource), invalid({ data_source_uuid: "can't be blank" }));
  await assert.rejects(SubscriptionEvent.create(config, { subscription_event: noSource }), invalid({ data_source_uuid: "can't be blank" }));
  await assert.rejects(SubscriptionEvent.create(config, eventOf(ds, 2, { event_date: ' ' })), invalid({ event_date: 'is not a valid date' }));
  const loose = await SubscriptionEvent.create(config, eventOf(ds, 3, { colour: 'red' }));
  assert.equal(loose.external_id, 'evnt_3');
  assert.ok(!('colour' in loose), 'ChartMogul keeps only what it knows');
  const created = await SubscriptionEvent.create(config, { subscription_event: recorded });
  assert.deepEqual([created.quantity, created.currency, created.amount_in_cents, created.plan_external_id], ['', '', '', '']);
  assert.equal(created.event_type, 'subscription_cancelled');
  await assert.rejects(SubscriptionEvent.updateWithParams(config, { external_id: 'evnt_1', currency: 'EUR' }),
    invalid({ id: 'Either id or data_source_uuid and external_id are required' }));
  await assert.rejects(SubscriptionEvent.deleteWithParams(config, {}), invalid({ id: 'Either id or data_source_uuid and external_id are required' }));
  await assert.rejects(SubscriptionEvent.deleteWithParams(config, { id: -1 }), NotFoundError);
  await assert.rejects(SubscriptionEvent.deleteWithParams(config, { id: -2, plan_external_id: 'x' }), NotFoundError);
  await assert.rejects(SubscriptionEvent.all(config, { per_page: 0 }), (e) =>
    e instanceof SchemaInvalidError && e.httpStatus === 400 && /per_page/.test(e.message));
  const { subscription_events: unfiltered } = await SubscriptionEvent.all(config, { data_source_uuid: ds, customer_uuid: 'cus_1' });
  assert.deepEqual(unfiltered.map((e) => e.id), [loose.id, created.id], 'a filter ChartMogul does not know is ignored');
  assert.deepEqual(sent(await takeRequests()), [
    `POST /v1/subscription_events ${JSON.stringify({ subscription_event: noSource })}`,
    `POST /v1/subscription_events ${JSON.stringify({ subscription_event: noSource })}`,
    `POST /v1/subscription_events ${JSON.stringify({ subscription_event: eventOf(ds, 2, { event_date: ' ' }) })}`,
    `POST /v1/subscription_events ${JSON.stringify({ subscription_event: eventOf(ds, 3, { colour: 'red' }) })}`,
    `POST /v1/subscription_events ${JSON.stringify({ subscription_event: recorded })}`,
    `PATCH /v1/subscription_events {"subscription_event":{"external_id":"evnt_1","currency":"EUR"}}`,
    'DELETE /v1/subscription_events {"subscription_event":{}}',
    'DELETE /v1/subscription_events {"subscription_event":{"id":-1}}',
    'DELETE /v1/subscription_events {"subscription_event":{"id":-2,"plan_external_id":"x"}}',
    'GET /v1/subscription_events?per_page=0 undefined',
    `GET /v1/subscription_events?data_source_uuid=${ds}&customer_uuid=cus_1 undefined`,
  ]);
});
