// Plan's five methods against the local server's store, and the list's
// pages: awaited, the first page as sent; iterated, every plan of every
// page, fetched lazily and never after the loop breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, DataSource, NotFoundError, Plan, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

// Pacing off: seeding a thousand plans at 40 a second would take half a minute.
const config = new Config(KEY, BASE, { retries: 0, maxConcurrency: 64, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix} ${process.pid}x${++unique}`;

/** A data source of its own, so that its plans are this test's only. */
async function dataSource() {
  return (await DataSource.create(config, { name: fresh('Plans test') })).uuid;
}

const planOf = (dsUuid, i) => ({
  data_source_uuid: dsUuid, name: `Plan ${i}`, interval_count: 1, interval_unit: 'month', external_id: `plan_${i}`,
});

test('create, retrieve, all, modify and destroy a plan', async () => {
  const ds = await dataSource();
  await takeRequests();
  const created = await Plan.create(config, planOf(ds, 1));
  assert.match(created.uuid, /^pl_/);
  assert.deepEqual({ ...created, uuid: undefined }, { ...planOf(ds, 1), uuid: undefined });
  assert.deepEqual(await Plan.retrieve(config, created.uuid), created);
  const listed = await Plan.all(config, { data_source_uuid: ds });
  assert.deepEqual(listed, { plans: [created], cursor: null, has_more: false });
  const renamed = await Plan.modify(config, created.uuid, { name: 'Gold', interval_count: 12 });
  assert.equal(renamed.name, 'Gold');
  assert.equal(renamed.interval_count, 12);
  assert.deepEqual(await Plan.destroy(config, created.uuid), {});
  await assert.rejects(Plan.retrieve(config, created.uuid), NotFoundError);
  const sent = (await takeRequests()).map((r) => `${r.method} ${r.path}${r.query}`);
  assert.deepEqual(sent, [
    'POST /v1/plans', `GET /v1/plans/${created.uuid}`, `GET /v1/plans?data_source_uuid=${ds}`,
    `PATCH /v1/plans/${created.uuid}`, `DELETE /v1/plans/${created.uuid}`, `GET /v1/plans/${created.uuid}`,
  ]);
});

test('ChartMogul\'s 422 for a duplicate external_id; input sent as given, only what a request cannot take refused', async () => {
  const ds = await dataSource();
  const first = await Plan.create(config, planOf(ds, 1));
  await assert.rejects(Plan.create(config, planOf(ds, 1)), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && /external ID/.test(e.message));
  await takeRequests();
  const refused = [
    [() => Plan.create(config), /data must be an object/],
    [() => Plan.create(config, [planOf(ds, 2)]), /data must be an object/],
    [() => Plan.create(config, { ...planOf(ds, 2), interval_count: 1n }), /data cannot be sent as JSON/],
    [() => Plan.all(config, 'per_page=5'), /query must be an object/],
    [() => Plan.retrieve(config, '..'), /uuid must not be/],
    [() => Plan.modify(config, '', { name: 'x' }), /uuid/],
    [() => Plan.modify(config, first.uuid, 'Gold'), /data must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');

  const invalid = (errors) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 &&
    JSON.stringify(e.response) === JSON.stringify({ errors });
  await assert.rejects(Plan.create(config, { ...planOf(ds, 2), name: ' ' }), invalid({ name: "name can't be blank" }));
  await assert.rejects(Plan.create(config, { name: 'x' }), invalid({
    data_source_uuid: "data_source_uuid can't be blank", interval_count: "interval_count can't be blank",
    interval_unit: "interval_unit can't be blank",
  }));
  const stringCount = await Plan.create(config, { ...planOf(ds, 3), interval_count: '12' });
  assert.match(stringCount.uuid, /^pl_/);
  await assert.rejects(Plan.all(config, { per_page: 500 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  assert.deepEqual((await Plan.all(config, { data_source_uuid: ds, page: 2 })).plans.map((p) => p.uuid), [first.uuid, stringCount.uuid]);
  // chartmogul-ruby's recorded modify: data_source_uuid and external_id beside the changes.
  const recorded = { name: 'Another Test Plan 123', interval_count: 2, interval_unit: 'month', external_id: 'plan_1', data_source_uuid: ds };
  assert.deepEqual(await Plan.modify(config, first.uuid, recorded), { ...first, ...recorded });
  assert.deepEqual((await takeRequests()).map((r) => `${r.method} ${r.path}${r.query} ${r.body}`), [
    `POST /v1/plans ${JSON.stringify({ ...planOf(ds, 2), name: ' ' })}`,
    'POST /v1/plans {"name":"x"}',
    `POST /v1/plans ${JSON.stringify({ ...planOf(ds, 3), interval_count: '12' })}`,
    'GET /v1/plans?per_page=500 undefined',
    `GET /v1/plans?data_source_uuid=${ds}&page=2 undefined`,
    `PATCH /v1/plans/${first.uuid} ${JSON.stringify(recorded)}`,
  ]);
});

test('for await goes through every plan of 1,050 across six pages, fetching each page only when needed', async () => {
  const ds = await dataSource();
  const count = 1050;
  await Promise.all(Array.from({ length: count }, (_, i) => Plan.create(config, planOf(ds, i))));
  await takeRequests();

  const list = Plan.all(config, { data_source_uuid: ds, per_page: 200 });
  const first = await list;
  assert.equal(first.plans.length, 200);
  assert.equal(first.has_more, true);
  assert.equal(typeof first.cursor, 'string');
  const names = [];
  for await (const plan of list) names.push(plan.name);
  assert.equal(names.length, count);
  assert.equal(new Set(names).size, count);
  const pages = (await takeRequests()).map((r) => new URLSearchParams(r.query).get('cursor'));
  assert.equal(pages.length, 6, 'one request per page; the first page is not fetched twice');
  assert.equal(pages[0], null);

  let seen = 0;
  for await (const plan of Plan.all(config, { data_source_uuid: ds, per_page: 100 })) {
    assert.ok(plan.uuid);
    if (++seen === 150) break;
  }
  assert.equal((await takeRequests()).length, 2, 'no page fetched after the loop broke');
});

test('a list call\'s signal ends the iteration with its reason', async () => {
  const ds = await dataSource();
  await Promise.all(Array.from({ length: 3 }, (_, i) => Plan.create(config, planOf(ds, i))));
  const controller = new AbortController();
  const reason = new Error('stop listing');
  const seen = [];
  const iterate = async () => {
    for await (const plan of Plan.all(config, { data_source_uuid: ds, per_page: 1 }, { signal: controller.signal })) {
      seen.push(plan.uuid);
      if (seen.length === 2) controller.abort(reason);
    }
  };
  await assert.rejects(iterate(), (e) => e === reason);
  assert.equal(seen.length, 2);
});
