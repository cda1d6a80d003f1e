// DataSource.all, create and destroy through the packed package, against the
// local server's store (each call's own data, so tests do not depend on order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, ConnectionError, DataSource, NotFoundError, ResourceInvalidError,
  ServerError, TimeoutError,
} from 'chartmogul-wasm';
import { BASE, CLOSED_BASE, DOCUMENTED, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0 });
const STRIPE = 'ds_ade45e52-47a0-11f0-9a1a-7b8c3b3e1a10';
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;

async function served(uuid) {
  return (await (await fetch(`${BASE}/__testing/served`)).json())[uuid] ?? [];
}

test('all lists every data source, as { data_sources: [...] }', async () => {
  const { data_sources: all } = await DataSource.all(config);
  assert.ok(all.some((ds) => ds.uuid === DOCUMENTED.uuid));
  assert.ok(all.some((ds) => ds.uuid === STRIPE));
});

test('all sends the name and system filters and the flags', async () => {
  await takeRequests();
  const { data_sources: stripe } = await DataSource.all(config, { system: 'Stripe', with_processing_status: true });
  assert.deepEqual(stripe.map((ds) => ds.uuid), [STRIPE]);
  assert.deepEqual(stripe[0].processing_status, { processed: 61, pending: 8, failed: 3 });
  const { data_sources: byName } = await DataSource.all(config, { name: 'In-house billing' });
  assert.deepEqual(byName.map((ds) => ds.uuid), [DOCUMENTED.uuid]);
  const [first, second] = await takeRequests();
  assert.equal(first.path, '/v1/data_sources');
  assert.equal(first.query, '?system=Stripe&with_processing_status=true');
  // qs's RFC 3986 escaping, as chartmogul-node sends it: a space is %20, not +.
  assert.equal(second.query, '?name=In-house%20billing');
});

test('create posts the name and resolves with the new data source; destroy deletes it with {}', async () => {
  await takeRequests();
  const name = fresh('Billing "EU" ✓');
  const created = await DataSource.create(config, { name });
  assert.equal(created.name, name);
  assert.equal(created.system, 'Custom');
  assert.match(created.uuid, /^ds_/);
  assert.equal((await DataSource.retrieve(config, created.uuid)).name, name);
  assert.deepEqual(await DataSource.destroy(config, created.uuid), {});
  await assert.rejects(DataSource.retrieve(config, created.uuid), NotFoundError);
  const [post] = await takeRequests();
  assert.equal(post.method, 'POST');
  assert.equal(post.path, '/v1/data_sources');
});

test('ChartMogul\'s 422 on create becomes ResourceInvalidError with its words', async () => {
  const name = fresh('Twice');
  await DataSource.create(config, { name });
  const duplicate = await DataSource.create(config, { name }).catch((e) => e);
  assert.ok(duplicate instanceof ResourceInvalidError);
  assert.equal(duplicate.message, 'HTTP 422: name: Has already been taken.');
  assert.deepEqual(duplicate.response, { errors: { name: 'Has already been taken.' } });
});

test('destroying a missing data source rejects with NotFoundError', async () => {
  const error = await DataSource.destroy(config, 'ds_never_was').catch((e) => e);
  assert.ok(error instanceof NotFoundError);
  assert.equal(error.httpStatus, 404);
});

test('bad config and path parameters reject with ConfigurationError and send nothing', async () => {
  await takeRequests();
  const cases = [
    [() => DataSource.all({}, {}), /config must be a Config/],
    [() => DataSource.all(config, 'system=Stripe'), /query must be an object/],
    [() => DataSource.all(config, ['Stripe']), /query must be an object/],
    [() => DataSource.create(config), /data must be an object/],
    [() => DataSource.create(config, 'name'), /data must be an object/],
    [() => DataSource.create(config, [{ name: 'x' }]), /data must be an object/],
    [() => DataSource.create(config, { name: 'x', count: 1n }), /data cannot be sent as JSON/],
    [() => DataSource.create('key', { name: 'x' }), /config must be a Config/],
    [() => DataSource.destroy(config), /uuid must be a non-empty string/],
    [() => DataSource.destroy(config, ''), /uuid must be a non-empty string/],
    [() => DataSource.destroy(config, 7), /uuid must be a non-empty string/],
    [() => DataSource.destroy(config, '..'), /uuid must not be/],
  ];
  for (const [call, message] of cases) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message));
  }
  assert.deepEqual(await takeRequests(), []);
});

test('a query and a body are sent as given; ChartMogul\'s 422 is the error for a bad create', async () => {
  await takeRequests();
  // Unknown filters and non-string values go as given (String(value)); the server ignores what it does not know.
  const { data_sources: unfiltered } = await DataSource.all(config, { nmae: 'x' });
  assert.ok(unfiltered.some((ds) => ds.uuid === DOCUMENTED.uuid));
  assert.deepEqual(await DataSource.all(config, { system: 7 }), { data_sources: [] });
  const [unknown, number] = await takeRequests();
  assert.equal(unknown.query, '?nmae=x');
  assert.equal(number.query, '?system=7');

  for (const data of [{}, { name: null }, { name: '  ' }]) {
    const error = await DataSource.create(config, data).catch((e) => e);
    assert.ok(error instanceof ResourceInvalidError, `${JSON.stringify(data)}: ${error}`);
    assert.equal(error.httpStatus, 422);
    assert.deepEqual(error.response, { errors: { name: 'A name is required for each data source.' } });
    const [sent] = await takeRequests();
    assert.equal(sent.method, 'POST');
    assert.equal(sent.body, JSON.stringify(data));
  }

  // A field ChartMogul ignores goes too, as given.
  const name = fresh('Extra');
  const created = await DataSource.create(config, { name, system: 'Stripe', extra: { deep: [1, null] } });
  assert.equal(created.name, name);
  const [post] = await takeRequests();
  assert.deepEqual(JSON.parse(post.body), { name, system: 'Stripe', extra: { deep: [1, null] } });
  await DataSource.destroy(config, created.uuid);
});

test('a retried create could duplicate: it retries 429, 503 and refused connections only', async () => {
  const retrying = new Config(KEY, BASE, { retries: 2 });
  for (const fault of ['rate_limited_retry_after', 'unavailable']) {
    const name = fresh(`ds_flaky_${fault}_1`);
    assert.equal((await DataSource.create(retrying, { name })).uuid, name);
    assert.deepEqual(await served(name), [fault, 'ok']);
  }
  for (const [fault, ErrorClass] of [['server_error', ServerError], ['reset_mid_body', ConnectionError],
    ['gateway_timeout', ServerError]]) {
    const name = fresh(`ds_flaky_${fault}_1`);
    const error = await DataSource.create(retrying, { name }).catch((e) => e);
    assert.ok(error instanceof ErrorClass, `${fault}: ${error}`);
    assert.equal(error.attempts, 1);
    assert.deepEqual(await served(name), [fault], `${fault} was not retried`);
  }
  const hang = fresh('ds_flaky_hang_1');
  const timedOut = await DataSource.create(retrying, { name: hang }, { timeout: 100 }).catch((e) => e);
  assert.ok(timedOut instanceof TimeoutError);
  assert.deepEqual(await served(hang), ['hang'], 'a timed-out create is not retried');

  const refused = await DataSource.create(new Config(KEY, CLOSED_BASE, { retries: 2 }), { name: 'x' }).catch((e) => e);
  assert.ok(refused instanceof ConnectionError);
  assert.match(refused.message, /^connection refused/);
  assert.equal(refused.attempts, 3, 'a refused connection reached no server: retried');
});
