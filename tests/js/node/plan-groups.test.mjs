// PlanGroup's methods against the local server, the overloaded `all`
// (the groups, or given a group's uuid its plans, as chartmogul-node's)
// and their pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, DataSource, NotFoundError, Plan, PlanGroup, ResourceInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });

/** Three plans in a data source of their own. */
async function threePlans() {
  const { uuid: ds } = await DataSource.create(config, { name: `Plan groups test ${process.pid} ${Math.random()}` });
  return Promise.all([1, 2, 3].map((i) => Plan.create(config, {
    data_source_uuid: ds, name: `Plan ${i}`, interval_count: 1, interval_unit: 'month',
  })));
}

test('create, retrieve, modify and destroy a plan group', async () => {
  const plans = await threePlans();
  const group = await PlanGroup.create(config, { name: 'Bronze', plans: plans.slice(0, 2).map((p) => p.uuid) });
  assert.match(group.uuid, /^plg_/);
  assert.deepEqual(group, { uuid: group.uuid, name: 'Bronze', plans_count: 2 });
  assert.deepEqual(await PlanGroup.retrieve(config, group.uuid), group);
  const changed = await PlanGroup.modify(config, group.uuid, { name: 'Silver', plans: plans.map((p) => p.uuid) });
  assert.deepEqual(changed, { uuid: group.uuid, name: 'Silver', plans_count: 3 });
  assert.deepEqual(await PlanGroup.destroy(config, group.uuid), {});
  await assert.rejects(PlanGroup.retrieve(config, group.uuid), NotFoundError);
  await assert.rejects(PlanGroup.create(config, { name: 'Empty', plans: ['pl_missing'] }), ResourceInvalidError);
  await takeRequests();
  await assert.rejects(PlanGroup.create(config, { name: ' ', plans: [] }), (e) =>
    e instanceof ConfigurationError && /name must be a non-empty string/.test(e.message));
  // serde-wasm-bindgen words a string given for a list as JS's own TypeError; the field is named.
  await assert.rejects(PlanGroup.create(config, { name: 'x', plans: 'pl_1' }), (e) =>
    e instanceof ConfigurationError && /^data: field `plans`: /.test(e.message));
  await assert.rejects(PlanGroup.create(config, { name: 'x', plans: [7] }), (e) =>
    e instanceof ConfigurationError && /field `plans\[0\]`: invalid type: floating point `7\.0`, expected a string/.test(e.message));
  assert.deepEqual(await takeRequests(), []);
});

test('all lists the groups; given a group\'s uuid, its plans; both page and iterate', async () => {
  const plans = await threePlans();
  const group = await PlanGroup.create(config, { name: 'Gold', plans: plans.map((p) => p.uuid) });
  await takeRequests();
  const groups = [];
  for await (const g of PlanGroup.all(config, { per_page: 1 })) groups.push(g.uuid);
  assert.ok(groups.includes(group.uuid));
  const first = await PlanGroup.all(config, group.uuid, { per_page: 2 });
  assert.deepEqual(first.plans.map((p) => p.uuid), plans.slice(0, 2).map((p) => p.uuid));
  assert.equal(first.has_more, true);
  const all = [];
  for await (const plan of PlanGroup.all(config, group.uuid, { per_page: 2 })) all.push(plan.uuid);
  assert.deepEqual(all, plans.map((p) => p.uuid));
  const paths = (await takeRequests()).map((r) => r.path);
  assert.ok(paths.slice(0, groups.length).every((p) => p === '/v1/plan_groups'));
  assert.ok(paths.slice(groups.length).every((p) => p === `/v1/plan_groups/${group.uuid}/plans`));
  await assert.rejects(PlanGroup.all(config, '', {}), (e) => e instanceof ConfigurationError && /uuid/.test(e.message));
});
