// chartmogul-wasm/testing from the installed tarball: the server users test
// against, from `import` and `require`, its seeding, request log and faults,
// with the package's own calls against it; and the README's node:test
// example, run as it is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  Config, ConnectionError, Customer, DataSource, ForbiddenError, Invoice, Plan, PlanGroup, RateLimitError, ResourceInvalidError,
  ServerError, SubscriptionEvent, Transaction,
} from 'chartmogul-wasm';
import { startServer } from 'chartmogul-wasm/testing';

const require = createRequire(import.meta.url);
const once = { retries: 0, maxRequestsPerSecond: 0 };

/** A started server, closed when `use` is done. */
async function withServer(options, use) {
  const server = await startServer(options);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

test('require and import give the same startServer; two servers on port 0 keep their own stores', async () => {
  const required = require('chartmogul-wasm/testing');
  assert.deepEqual(Object.keys(required), ['startServer']);
  const [a, b] = [await required.startServer(), await startServer({ port: 0 })];
  try {
    assert.match(a.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(a.url, b.url);
    assert.equal(a.port, Number(new URL(a.url).port));
    const { dataSources: [source] } = a.seed({ dataSources: [{ name: 'Only in a' }] });
    assert.equal((await DataSource.retrieve(new Config('test_key', a.url, once), source.uuid)).name, 'Only in a');
    await assert.rejects(DataSource.retrieve(new Config('test_key', b.url, once), source.uuid), { httpStatus: 404 });
    assert.equal(b.requests().length, 1);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('any non-empty key is accepted unless apiKey is given; then it and <apiKey>_<client> alone', async () => {
  await withServer({}, async (server) => {
    const answer = await DataSource.all(new Config('whatever', server.url, once));
    assert.ok(answer.data_sources.length >= 2, 'the two sample data sources');
    const blank = await fetch(`${server.url}/v1/data_sources`, { headers: { authorization: `Basic ${btoa(':')}` } });
    assert.equal(blank.status, 401);
  });
  await withServer({ apiKey: 'sk_only' }, async (server) => {
    assert.equal(server.apiKey, 'sk_only');
    await DataSource.all(new Config('sk_only', server.url, once));
    await DataSource.all(new Config('sk_only_worker', server.url, once));
    await assert.rejects(DataSource.all(new Config('sk_other', server.url, once)), (e) => e instanceof ForbiddenError && e.httpStatus === 401);
    assert.deepEqual(server.requests().map((r) => r.authorized), [true, true, false]);
  });
});

test('seed puts records in the stores; the package reads them back, a page at a time', async () => {
  await withServer({}, async (server) => {
    const config = new Config('test_key', server.url, once);
    const { dataSources: [source] } = server.seed({ dataSources: [{ name: 'Seeded billing' }] });
    const { customers: [customer] } = server.seed({
      customers: [{ data_source_uuid: source.uuid, external_id: 'cus_1', name: 'Adam', email: 'adam@example.com' }],
    });
    assert.match(customer.uuid, /^cus_/);
    const read = await Customer.retrieve(config, customer.uuid);
    assert.deepEqual([read.name, read.email, read.external_id, read.data_source_uuid], ['Adam', 'adam@example.com', 'cus_1', source.uuid]);
    const invoices = Array.from({ length: 5 }, (_, i) => ({
      customer_uuid: customer.uuid, data_source_uuid: source.uuid, external_id: `INV_${i}`, date: '2025-01-01T00:00:00.000Z', currency: 'EUR',
    }));
    const { invoices: stored } = server.seed({ invoices });
    assert.deepEqual(stored.map((i) => [i.line_items, i.transactions]), Array(5).fill([[], []]));
    const seen = [];
    for await (const invoice of Invoice.all(config, customer.uuid, { per_page: 2 })) seen.push(invoice.external_id);
    assert.deepEqual(seen, ['INV_0', 'INV_1', 'INV_2', 'INV_3', 'INV_4']);
    assert.throws(() => server.seed({ widgets: [{}] }), /no store named widgets/);
    assert.throws(() => server.seed({ customers: {} }), /customers must be a list of objects/);
  });
});

test('requests() gives what was sent, headers and body, never the key; clearRequests() forgets it', async () => {
  await withServer({}, async (server) => {
    await DataSource.create(new Config('sk_secret_key', server.url, once), { name: 'Logged' });
    await DataSource.all(new Config('sk_secret_key', server.url, once), { name: 'Logged' });
    const [created, listed] = server.requests();
    assert.deepEqual([created.method, created.path, created.query, JSON.parse(created.body)], ['POST', '/v1/data_sources', '', { name: 'Logged' }]);
    assert.equal(created.headers['content-type'], 'application/json');
    assert.deepEqual([listed.method, listed.query, listed.body], ['GET', '?name=Logged', undefined]);
    assert.ok(!JSON.stringify(server.requests()).includes('sk_secret_key'), 'the key is not recorded');
    assert.ok(!JSON.stringify(server.requests()).includes(btoa('sk_secret_key:')), 'nor its Basic header');
    assert.equal(server.clearRequests().length, 2);
    assert.deepEqual(server.requests(), []);
  });
});

test('fail: a 429 with Retry-After is retried after it; a 503 and a reset end a call without retries', async () => {
  await withServer({}, async (server) => {
    const { dataSources: [source] } = server.seed({ dataSources: [{ name: 'Flaky' }] });
    const path = `/v1/data_sources/${source.uuid}`;
    server.fail({ status: 429, retryAfter: 1, times: 1, path });
    const started = performance.now();
    const retried = await DataSource.retrieve(new Config('test_key', server.url, { retries: 2 }), source.uuid);
    assert.equal(retried.name, 'Flaky');
    assert.ok(performance.now() - started >= 900, 'waited for Retry-After');
    assert.deepEqual(server.clearRequests().map((r) => r.path), [path, path]);

    const config = new Config('test_key', server.url, once);
    server.fail({ status: 503, times: 2, method: 'GET', path });
    await DataSource.all(config); // another path: not failed
    await assert.rejects(DataSource.retrieve(config, source.uuid), (e) => e instanceof ServerError && e.httpStatus === 503);
    await assert.rejects(DataSource.retrieve(config, source.uuid), (e) => e instanceof ServerError && e.httpStatus === 503);
    assert.equal((await DataSource.retrieve(config, source.uuid)).uuid, source.uuid, 'times: 2 used up');
    server.fail({ status: 429, retryAfter: 7 });
    await assert.rejects(DataSource.all(config), (e) => e instanceof RateLimitError && e.retryAfter === 7);
    server.fail({ fault: 'reset_mid_body', path: /^\/v1\/data_sources/ });
    await assert.rejects(DataSource.all(config), ConnectionError);
    for (const [bad, message] of [
      [{}, /one of status or fault/], [{ status: 200 }, /400 to 599/], [{ fault: 'meltdown' }, /fault must be one of/],
      [{ status: 500, times: 0 }, /times must be a positive integer/], [{ status: 500, colour: 'red' }, /unknown option colour/],
    ]) assert.throws(() => server.fail(bad), message);
  });
});

test('limitRate answers 429 past its requests a second; the control routes reach the same server over HTTP', async () => {
  await withServer({}, async (server) => {
    const config = new Config('test_key', server.url, once);
    server.limitRate({ perSecond: 1 });
    await DataSource.all(config);
    await assert.rejects(DataSource.all(config), RateLimitError);
    assert.deepEqual(server.rateLimits(), { default: { perSecond: 1, served: 1, refused: 1 } });
    const seeded = await fetch(`${server.url}/__testing/seed`, { method: 'POST', body: JSON.stringify({ dataSources: [{ name: 'Over HTTP' }] }) });
    const { dataSources: [source] } = await seeded.json();
    const failed = await fetch(`${server.url}/__testing/fail`, { method: 'POST', body: JSON.stringify({ status: 500, path: `/v1/data_sources/${source.uuid}` }) });
    assert.equal(failed.status, 200);
    const bad = await fetch(`${server.url}/__testing/fail`, { method: 'POST', body: '{"status":99}' });
    assert.deepEqual([bad.status, (await bad.json()).error], [400, 'fail: status must be an HTTP error status (400 to 599)']);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the rate limit's second
    await assert.rejects(DataSource.retrieve(config, source.uuid), (e) => e instanceof ServerError && e.httpStatus === 500);
    const log = await (await fetch(`${server.url}/__testing/requests`, { method: 'DELETE' })).json();
    assert.equal(log.at(-1).path, `/v1/data_sources/${source.uuid}`);
    assert.deepEqual(server.requests(), []);
    assert.equal((await fetch(`${server.url}/__testing/nothing`)).status, 404);
  });
});

test('close() stops the server', async () => {
  const server = await startServer();
  await server.close();
  await assert.rejects(DataSource.all(new Config('test_key', server.url, once)), ConnectionError);
});

test("the README's node:test example passes as printed", async () => {
  const readme = readFileSync(require.resolve('chartmogul-wasm/package.json').replace('package.json', 'README.md'), 'utf8');
  const [, example] = readme.match(/<!-- the testing example[^>]*-->\n```js\n([\s\S]*?)```/);
  const file = join(process.cwd(), 'readme-testing-example.test.mjs');
  writeFileSync(file, example);
  const { code, stdout } = await new Promise((resolve) => {
    // Without the parent's NODE_TEST_CONTEXT the child reports as a user's `node --test` does.
    const { NODE_TEST_CONTEXT, ...env } = process.env;
    execFile(process.execPath, ['--test', file], { env }, (error, out) => resolve({ code: error ? error.code : 0, stdout: out }));
  });
  assert.equal(code, 0, stdout);
  assert.match(stdout, /# pass 1\n# fail 0/);
});

test('the server takes the shapes ChartMogul takes, and keeps the 422s ChartMogul gives', async () => {
  await withServer({}, async (server) => {
    const config = new Config('test_key', server.url, once);
    const { uuid: ds } = await DataSource.create(config, { name: 'Real shapes' });
    // chartmogul-ruby's recorded subscription event: "" for quantity and amounts, nulls beside.
    const event = await SubscriptionEvent.create(config, { subscription_event: {
      id: null, data_source_uuid: ds, customer_external_id: 'c1', subscription_set_external_id: '', subscription_external_id: 's1',
      plan_external_id: '', event_date: '2022-05-18T09:48:34Z', effective_date: '2021-12-30T00:01:00Z',
      event_type: 'subscription_cancelled', external_id: 'e1', errors: null, created_at: null, updated_at: null,
      quantity: '', currency: '', amount_in_cents: '', tax_amount_in_cents: null, retracted_event_id: null,
    } });
    assert.deepEqual([event.quantity, event.amount_in_cents], ['', '']);
    const { uuid: customer } = await Customer.create(config, { data_source_uuid: ds, external_id: 'c1' });
    // customer_uuid beside invoices, as chartmogul-ruby sends it.
    const { invoices: [invoice] } = await Invoice.create(config, customer, {
      customer_uuid: customer, invoices: [{ external_id: 'i1', date: '2016-01-01 12:00:00', currency: 'USD', line_items: [] }],
    });
    // chartmogul-ruby's recorded transaction: transaction_fees_in_cents and invoice_uuid in the body.
    const transaction = await Transaction.create(config, invoice.uuid, {
      type: 'payment', date: '2016-01-01 12:00:00 UTC', result: 'successful', external_id: 't1', amount_in_cents: 500,
      transaction_fees_in_cents: 2, invoice_uuid: invoice.uuid,
    });
    assert.equal(transaction.transaction_fees_in_cents, 2);
    // chartmogul-ruby's recorded plan modify: external_id and data_source_uuid beside the changes.
    const plan = await Plan.create(config, { data_source_uuid: ds, name: 'P', interval_count: 1, interval_unit: 'month', external_id: 'p1' });
    const modified = await Plan.modify(config, plan.uuid, {
      name: 'Another Test Plan 123', interval_count: 2, interval_unit: 'month', external_id: 'p1', data_source_uuid: ds,
    });
    assert.deepEqual([modified.name, modified.interval_count], ['Another Test Plan 123', 2]);
    // What ChartMogul refuses, the server refuses too.
    for (const data of [{}, { name: null }]) {
      await assert.rejects(DataSource.create(config, data), (e) =>
        e instanceof ResourceInvalidError && e.httpStatus === 422 && typeof e.response.errors.name === 'string');
    }
    await assert.rejects(PlanGroup.create(config, {}), (e) => e instanceof ResourceInvalidError && e.httpStatus === 422);
  });
});
