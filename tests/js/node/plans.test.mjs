// Plan's five methods against the local server's store, and the list's
// pages: awaited, the first page as sent; iterated, every plan of every
// page, fetched lazily and never after the loop breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, DataSource, NotFoundError, Plan, ResourceInvalidError,
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

test('ChartMogul\'s 422 for a duplicate external_id; bad input refused before sending', async () => {
  const ds = await dataSource();
  await Plan.create(config, planOf(ds, 1));
  await assert.rejects(Plan.create(config, planOf(ds, 1)), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && /external ID/.test(e.message));
  await takeRequests();
  const refused = [
    [Plan.create(config, { ...planOf(ds, 2), name: ' ' }), /name must be a non-empty string/],
    [Plan.create(config, { ...planOf(ds, 2), interval_count: 'one' }), /field `interval_count`: invalid type/],
    [Plan.create(config, { name: 'x' }), /missing field `data_source_uuid`/],
    [Plan.all(config, { per_page: 500 }), /per_page must be from 1 to 200/],
    [Plan.all(config, { page: 2 }), /unknown field `page`/],
    [Plan.modify(config, '', { name: 'x' }), /uuid/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call, (e) => e instanceof ConfigurationError && message.test(e.message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
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
