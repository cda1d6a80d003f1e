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
  // Refused unsent: what the request itself cannot take.
  for (const [call, message] of [
    [() => PlanGroup.create(config), /data must be an object/],
    [() => PlanGroup.create(config, ['Bronze']), /data must be an object/],
    [() => PlanGroup.modify(config, '', { name: 'x' }), /uuid must be a non-empty string/],
    [() => PlanGroup.modify(config, group.uuid, 'Gold'), /data must be an object/],
    [() => PlanGroup.retrieve(config, '..'), /uuid must not be/],
  ]) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), []);
  // Sent as given: ChartMogul's 422 is the error.
  const invalid = (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 && 'plans' in e.response.errors;
  await assert.rejects(PlanGroup.create(config, {}), invalid);
  await assert.rejects(PlanGroup.create(config, { name: ' ', plans: [] }), invalid);
  await assert.rejects(PlanGroup.create(config, { name: 'x', plans: 'pl_1' }), invalid);
  await assert.rejects(PlanGroup.create(config, { name: 'x', plans: [7] }), (e) => invalid(e) && e.response.errors.plans === 'Plan 7 not found');
  assert.deepEqual((await takeRequests()).map((r) => `${r.method} ${r.path} ${r.body}`), [
    'POST /v1/plan_groups {}',
    'POST /v1/plan_groups {"name":" ","plans":[]}',
    'POST /v1/plan_groups {"name":"x","plans":"pl_1"}',
    'POST /v1/plan_groups {"name":"x","plans":[7]}',
  ]);
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
