// JsonImport against the local server: an import accepted `queued`, then
// retrieved (by its id or its external_id) `completed`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, DataSource, JsonImport, NotFoundError, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });

const IMPORT = {
  external_id: 'ds_import_1',
  customers: [{ external_id: 'scus_0001', name: 'Andrew Jones', email: 'andrew@example.com' }],
  plans: [{ name: 'Gold Biannual', external_id: 'gold_biannual', interval_count: 6, interval_unit: 'month' }],
};

test('create queues an import; retrieve, by id or external_id, finds it completed', async () => {
  const { uuid: ds } = await DataSource.create(config, { name: `JSON import test ${process.pid}` });
  await takeRequests();
  const created = await JsonImport.create(config, ds, IMPORT);
  assert.deepEqual({ ...created, id: undefined, created_at: undefined, updated_at: undefined }, {
    id: undefined, data_source_uuid: ds, status: 'queued', external_id: 'ds_import_1', status_details: {},
    created_at: undefined, updated_at: undefined,
  });
  const tracked = await JsonImport.retrieve(config, ds, created.id);
  assert.equal(tracked.status, 'completed');
  assert.deepEqual(tracked.status_details, { customers: { status: 'imported' }, plans: { status: 'imported' } });
  assert.deepEqual(await JsonImport.retrieve(config, ds, 'ds_import_1'), tracked);
  const [post, ...gets] = await takeRequests();
  assert.equal(`${post.method} ${post.path}`, `POST /v1/data_sources/${ds}/json_imports`);
  assert.deepEqual(JSON.parse(post.body), IMPORT);
  assert.deepEqual(gets.map((r) => r.path), [
    `/v1/data_sources/${ds}/json_imports/${created.id}`, `/v1/data_sources/${ds}/json_imports/ds_import_1`,
  ]);
  await assert.rejects(JsonImport.create(config, ds, IMPORT), (e) =>
    e instanceof ResourceInvalidError && /already been taken/.test(e.message));
  await assert.rejects(JsonImport.retrieve(config, ds, 'ds_import_2'), NotFoundError);
  await assert.rejects(JsonImport.create(config, 'ds_missing', IMPORT), NotFoundError);
});

test('what a request cannot take is refused before anything is sent', async () => {
  await takeRequests();
  const refused = [
    [() => JsonImport.create(config, '', IMPORT), /data_source_uuid must be a non-empty string/],
    [() => JsonImport.create(config, 'ds_1'), /data must be an object/],
    [() => JsonImport.create(config, 'ds_1', [IMPORT]), /data must be an object/],
    [() => JsonImport.create(config, 'ds_1', { ...IMPORT, size: 1n }), /data cannot be sent as JSON/],
    [() => JsonImport.retrieve(config, 'ds_1', ''), /id must be a non-empty string/],
    [() => JsonImport.retrieve(config, '..', 'x'), /data_source_uuid must not be `.` or `..`/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), []);
});

test('other input is sent exactly as given; ChartMogul\'s 422 or 400 is the error', async () => {
  const { uuid: ds } = await DataSource.create(config, { name: `JSON import input test ${process.pid}` });
  await takeRequests();
  await assert.rejects(JsonImport.create(config, ds, { customers: [] }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.external_id === "can't be blank");
  await assert.rejects(JsonImport.create(config, ds, { external_id: ' ', contacts: [] }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422);
  await assert.rejects(JsonImport.create(config, ds, { external_id: 'x', plans: {} }), (e) =>
    e instanceof SchemaInvalidError && e.httpStatus === 400 && e.response.message === 'plans must be an array');
  // A kind ChartMogul does not import is no error of its own.
  const queued = await JsonImport.create(config, ds, { external_id: 'with_contacts', contacts: [], plans: ['gold'] });
  assert.equal(queued.status, 'queued');
  assert.deepEqual((await takeRequests()).map((r) => r.body), [
    '{"customers":[]}', '{"external_id":" ","contacts":[]}', '{"external_id":"x","plans":{}}',
    '{"external_id":"with_contacts","contacts":[],"plans":["gold"]}',
  ]);
});
