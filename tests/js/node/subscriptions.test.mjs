// Subscription's methods against the local server: a customer's
// subscriptions (made, as ChartMogul makes them, from an imported
// invoice's subscription line items) a page at a time, and cancel and
// modify, one call under two names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  Config, ConfigurationError, Customer, DataSource, Invoice, NotFoundError, Plan, ResourceInvalidError, SchemaInvalidError, Subscription,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });

/** `count` subscriptions of a new customer, from one invoice; resolves with the customer's uuid and the subscriptions. */
async function seeded(count) {
  const { uuid: ds } = await DataSource.create(config, { name: `Subscriptions test ${randomUUID()}` });
  const { uuid: plan } = await Plan.create(config, { data_source_uuid: ds, name: 'Gold', interval_count: 1, interval_unit: 'month' });
  const { uuid: customer } = await Customer.create(config, { data_source_uuid: ds, external_id: `cus_${randomUUID()}` });
  const line_items = Array.from({ length: count }, (_, i) => ({
    type: 'subscription', subscription_external_id: `sub_${i}`, plan_uuid: plan, amount_in_cents: 1000,
    service_period_start: '2025-01-01', service_period_end: '2025-02-01',
  }));
  const { invoices: [invoice] } = await Invoice.create(config, customer, {
    invoices: [{ external_id: `INV_${randomUUID()}`, date: '2025-01-01', currency: 'USD', line_items }],
  });
  const records = invoice.line_items.map((item) => ({ uuid: item.subscription_uuid, external_id: item.subscription_external_id }));
  return { customer, records };
}

test('all gives a customer\'s subscriptions, a page at a time', async () => {
  const { customer, records } = await seeded(5);
  await takeRequests();
  const first = await Subscription.all(config, customer, { per_page: 2 });
  assert.equal(first.customer_uuid, customer);
  assert.deepEqual(first.subscriptions.map((s) => s.uuid), records.slice(0, 2).map((s) => s.uuid));
  assert.deepEqual(first.subscriptions[0].cancellation_dates, []);
  assert.equal(first.has_more, true);
  const all = [];
  for await (const subscription of Subscription.all(config, customer, { per_page: 2 })) all.push(subscription.external_id);
  assert.deepEqual(all, ['sub_0', 'sub_1', 'sub_2', 'sub_3', 'sub_4']);
  const requests = await takeRequests();
  assert.deepEqual(requests.map((r) => `${r.method} ${r.path}`), Array(4).fill(`GET /v1/import/customers/${customer}/subscriptions`));
  assert.deepEqual(requests.map((r) => new URLSearchParams(r.query).get('per_page')), ['2', '2', '2', '2']);
  await assert.rejects(Subscription.all(config, `cus_${randomUUID()}`), (e) => e instanceof NotFoundError && e.httpStatus === 404);
});

test('cancel adds a cancellation; modify, the same call, sets the whole history', async () => {
  const { customer, records: [subscription] } = await seeded(1);
  await takeRequests();
  const cancelled = await Subscription.cancel(config, subscription.uuid, { cancelled_at: '2016-01-15 00:00:00' });
  assert.deepEqual(cancelled.cancellation_dates, ['2016-01-15T00:00:00.000Z']);
  assert.equal(cancelled.customer_uuid, customer);
  const again = await Subscription.cancel(config, subscription.uuid, { cancelled_at: '2017-01-01T10:00:00Z' });
  assert.equal(again.cancellation_dates.length, 2);
  const modified = await Subscription.modify(config, subscription.uuid, { cancellation_dates: ['2016-02-15 00:00:00'] });
  assert.deepEqual(modified.cancellation_dates, ['2016-02-15T00:00:00.000Z']);
  const reactivated = await Subscription.modify(config, subscription.uuid, { cancellation_dates: [] });
  assert.deepEqual(reactivated.cancellation_dates, []);
  assert.deepEqual((await takeRequests()).map((r) => `${r.method} ${r.path} ${r.body}`), [
    `PATCH /v1/import/subscriptions/${subscription.uuid} {"cancelled_at":"2016-01-15 00:00:00"}`,
    `PATCH /v1/import/subscriptions/${subscription.uuid} {"cancelled_at":"2017-01-01T10:00:00Z"}`,
    `PATCH /v1/import/subscriptions/${subscription.uuid} {"cancellation_dates":["2016-02-15 00:00:00"]}`,
    `PATCH /v1/import/subscriptions/${subscription.uuid} {"cancellation_dates":[]}`,
  ]);
  await assert.rejects(Subscription.cancel(config, 'sub_missing', { cancelled_at: '2016-01-15' }), NotFoundError);
  await assert.rejects(Subscription.cancel(config, subscription.uuid, { cancelled_at: 'yesterday' }), (e) =>
    e instanceof ResourceInvalidError && /cancelled_at/.test(e.message));
});

test('what a request cannot take is refused before anything is sent', async () => {
  await takeRequests();
  const refused = [
    [() => Subscription.all(config, '', {}), /customer_uuid must be a non-empty string/],
    [() => Subscription.all(config, 'cus_1', 'per_page=2'), /query must be an object/],
    // Only an id that is not a uuid may be given as a number.
    [() => Subscription.cancel(config, 42, { cancelled_at: '2016-01-15' }), /uuid must be a non-empty string/],
    [() => Subscription.cancel(config, ' ', { cancelled_at: '2016-01-15' }), /uuid must be a non-empty string/],
    [() => Subscription.modify(config, '..', { cancellation_dates: [] }), /uuid must not be/],
    [() => Subscription.cancel(config, 'sub_1'), /data must be an object/],
    [() => Subscription.modify(config, 'sub_1', ['2016-01-15']), /data must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), []);
});

test('other input is sent exactly as given; ChartMogul\'s 422 or 400 is the error', async () => {
  const { customer, records: [subscription] } = await seeded(1);
  const path = `/v1/import/subscriptions/${subscription.uuid}`;
  const invalid = (errors) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 &&
    JSON.stringify(e.response) === JSON.stringify({ errors });
  await takeRequests();
  await assert.rejects(Subscription.all(config, customer, { per_page: 201 }), (e) =>
    e instanceof SchemaInvalidError && e.httpStatus === 400 && /per_page/.test(e.message));
  assert.equal((await Subscription.all(config, customer, { page: 2 })).subscriptions.length, 1, 'ChartMogul ignores `page`');
  await assert.rejects(Subscription.cancel(config, subscription.uuid, {}), invalid({ cancelled_at: "can't be blank" }));
  await assert.rejects(Subscription.cancel(config, subscription.uuid, { cancelled_at: ' ' }), invalid({ cancelled_at: 'is not a valid date' }));
  await assert.rejects(Subscription.modify(config, subscription.uuid, { cancellation_dates: '2016-01-15' }),
    invalid({ cancelled_at: "can't be blank" }));
  await assert.rejects(Subscription.cancel(config, subscription.uuid, { cancel_at: '2016-01-15' }), invalid({ cancelled_at: "can't be blank" }));
  // Both given: sent so; ChartMogul takes cancelled_at.
  const both = await Subscription.modify(config, subscription.uuid, { cancelled_at: '2016-01-15', cancellation_dates: [] });
  assert.deepEqual(both.cancellation_dates, ['2016-01-15T00:00:00.000Z']);
  // A null beside the other, as some clients send them.
  const reset = await Subscription.modify(config, subscription.uuid, { cancelled_at: null, cancellation_dates: [] });
  assert.deepEqual(reset.cancellation_dates, []);
  assert.deepEqual((await takeRequests()).map((r) => `${r.method} ${r.path}${r.query} ${r.body}`), [
    `GET /v1/import/customers/${customer}/subscriptions?per_page=201 undefined`,
    `GET /v1/import/customers/${customer}/subscriptions?page=2 undefined`,
    `PATCH ${path} {}`,
    `PATCH ${path} {"cancelled_at":" "}`,
    `PATCH ${path} {"cancellation_dates":"2016-01-15"}`,
    `PATCH ${path} {"cancel_at":"2016-01-15"}`,
    `PATCH ${path} {"cancelled_at":"2016-01-15","cancellation_dates":[]}`,
    `PATCH ${path} {"cancelled_at":null,"cancellation_dates":[]}`,
  ]);
});
