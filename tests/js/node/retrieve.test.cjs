// The packed package through `require`, against the local server.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const {
  ChartMogulError, Config, ConfigurationError, DataSource, NotFoundError, ServerError,
} = require('chartmogul-wasm');

const BASE = process.env.CHARTMOGUL_TEST_BASE;
const KEY = 'local_test_key';
const UUID = 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430';

test('require() gives Config, DataSource and the error classes', () => {
  const api = require('chartmogul-wasm');
  for (const name of ['Config', 'DataSource', 'ChartMogulError', 'ConfigurationError', 'SchemaInvalidError',
    'ForbiddenError', 'NotFoundError', 'ResourceInvalidError', 'RateLimitError', 'ServerError',
    'ConnectionError', 'TimeoutError', 'InvalidResponseError']) {
    assert.equal(typeof api[name], 'function', name);
  }
});

test('retrieve resolves with the record', async () => {
  const ds = await DataSource.retrieve(new Config(KEY, BASE), UUID, { with_processing_status: true });
  assert.equal(ds.uuid, UUID);
  assert.equal(ds.name, 'In-house billing');
  assert.equal(ds.processing_status.processed, 61);
});

test('errors are instances of the CommonJS classes', async () => {
  const config = new Config(KEY, BASE);
  const missing = await DataSource.retrieve(config, 'ds_missing').catch((e) => e);
  assert.ok(missing instanceof NotFoundError && missing instanceof ChartMogulError);
  assert.equal(missing.httpStatus, 404);
  const down = await DataSource.retrieve(config, 'ds_scenario_server_error').catch((e) => e);
  assert.ok(down instanceof ServerError);
  assert.equal(down.response, 'Internal Server Error');
  assert.throws(() => new Config(''), ConfigurationError);
  await assert.rejects(DataSource.retrieve({ apiKey: KEY }, UUID), ConfigurationError);
});

test('require() gives request(), the Enrichment and Import namespaces, and callbacks', async () => {
  const api = require('chartmogul-wasm');
  assert.equal(typeof api.request, 'function');
  assert.equal(api.Enrichment.Customer, api.Customer);
  assert.equal(api.Import.Invoice, api.Invoice);
  assert.equal(typeof api.SubscriptionCustomAttribute.retrieve, 'function');
  const config = new Config(KEY, BASE);
  const raw = await api.request(config, { method: 'GET', path: `/v1/data_sources/${UUID}` });
  assert.equal(raw.uuid, UUID);
  const [error, ds] = await new Promise((resolve) => {
    assert.equal(DataSource.retrieve(config, UUID, (e, r) => resolve([e, r])), undefined);
  });
  assert.equal(error, null);
  assert.equal(ds.uuid, UUID);
  const [missing] = await new Promise((resolve) => DataSource.retrieve(config, 'ds_missing', (e, r) => resolve([e, r])));
  assert.ok(missing instanceof NotFoundError);
});
