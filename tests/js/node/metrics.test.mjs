// The Metrics API against the local server, which computes it from the
// invoices imported with Invoice.create: the nine metrics over a date
// range (kebab-case query keys), a customer's activities and
// subscriptions, connecting and disconnecting subscriptions (chartmogul-node's
// array and its README's `{ subscriptions }`), all activities, and
// activities exports. Each test bills plans of its own, in a year of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Customer, DataSource, Invoice, Metrics, NotFoundError, Plan, ResourceInvalidError,
  SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;
const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query}`);

/** A month of subscription `sub` at `cents`, from the first of `month` (`2024-01`). */
const month = (sub, plan, from, to, cents) => ({
  type: 'subscription', subscription_external_id: sub, plan_uuid: plan, amount_in_cents: cents, quantity: 1,
  service_period_start: `${from}-01T00:00:00Z`, service_period_end: `${to}-01T00:00:00Z`,
});

/**
 * A data source, a plan of its own, and two customers billed in `year`:
 * `a` (GB) 50.00 in January, 70.00 in February; `b` (US) 30.00 in February.
 */
async function billed(year) {
  const { uuid: ds } = await DataSource.create(config, { name: fresh('Metrics test') });
  const plan = await Plan.create(config, { data_source_uuid: ds, name: fresh('Metrics'), interval_count: 1, interval_unit: 'month' });
  const customer = async (country) => Customer.create(config, { data_source_uuid: ds, external_id: fresh('cus'), name: fresh('Customer'), country });
  const [a, b] = [await customer('GB'), await customer('US')];
  const invoice = (lineItems) => ({ external_id: fresh('INV'), date: `${year}-01-01T00:00:00Z`, currency: 'USD', line_items: lineItems });
  await Invoice.create(config, a.uuid, {
    invoices: [invoice([month('sub_a', plan.uuid, `${year}-01`, `${year}-02`, 5000)]), invoice([month('sub_a', plan.uuid, `${year}-02`, `${year}-03`, 7000)])],
  });
  await Invoice.create(config, b.uuid, { invoices: [invoice([month('sub_b', plan.uuid, `${year}-02`, `${year}-03`, 3000)])] });
  return { ds, plan, a, b };
}

test('the nine metrics: kebab-case query, entries per interval computed from the invoices, summaries', async () => {
  const { plan } = await billed(2024);
  const range = { 'start-date': '2024-01-01', 'end-date': '2024-03-31', interval: 'month', plans: plan.name };
  await takeRequests();
  const all = await Metrics.all(config, range);
  assert.deepEqual(all, {
    entries: [
      { date: '2024-01-31', 'customer-churn-rate': 0, 'mrr-churn-rate': 0, ltv: 0, customers: 1, asp: 5000, arpa: 5000, arr: 60000, mrr: 5000 },
      { date: '2024-02-29', 'customer-churn-rate': 0, 'mrr-churn-rate': -40, ltv: 0, customers: 2, asp: 3000, arpa: 5000, arr: 120000, mrr: 10000 },
      { date: '2024-03-31', 'customer-churn-rate': 100, 'mrr-churn-rate': 100, ltv: 0, customers: 0, asp: 0, arpa: 0, arr: 0, mrr: 0 },
    ],
  });
  const mrr = await Metrics.mrr(config, range);
  assert.deepEqual(mrr.entries[1], {
    date: '2024-02-29', mrr: 10000, 'mrr-new-business': 3000, 'mrr-expansion': 2000, 'mrr-contraction': 0, 'mrr-churn': 0,
    'mrr-reactivation': 0, 'percentage-change': 100,
  });
  assert.deepEqual(mrr.summary, { current: 0, previous: 0, 'percentage-change': 0 });
  const single = {
    arr: [Metrics.arr, 'arr'], arpa: [Metrics.arpa, 'arpa'], asp: [Metrics.asp, 'asp'], customerCount: [Metrics.customerCount, 'customers'],
    customerChurnRate: [Metrics.customerChurnRate, 'customer-churn-rate'], mrrChurnRate: [Metrics.mrrChurnRate, 'mrr-churn-rate'],
    ltv: [Metrics.ltv, 'ltv'],
  };
  for (const [name, [call, key]] of Object.entries(single)) {
    const answer = await call(config, range);
    assert.deepEqual(answer.entries.map((e) => [e.date, e[key]]), all.entries.map((e) => [e.date, e[key]]), name);
    assert.deepEqual(Object.keys(answer.entries[0]), ['date', key, 'percentage-change'], name);
    assert.equal(answer.summary.current, all.entries[2][key], name);
  }
  const query = `?start-date=2024-01-01&end-date=2024-03-31&interval=month&plans=${plan.name}`;
  assert.deepEqual(sent(await takeRequests()), [
    'all', 'mrr', 'arr', 'arpa', 'asp', 'customer-count', 'customer-churn-rate', 'mrr-churn-rate', 'ltv',
  ].map((path) => `GET /v1/metrics/${path}${query}`));
  // Filtered by country; entries per week (ending Saturday) and per quarter, the last cut at end-date.
  const us = await Metrics.mrr(config, { ...range, geo: 'US' });
  assert.deepEqual(us.entries.map((e) => e.mrr), [0, 3000, 0]);
  const weeks = await Metrics.customerCount(config, { ...range, 'start-date': '2024-02-01', 'end-date': '2024-02-14', interval: 'week' });
  assert.deepEqual(weeks.entries.map((e) => [e.date, e.customers]), [['2024-02-03', 2], ['2024-02-10', 2], ['2024-02-14', 2]]);
  const quarter = await Metrics.arr(config, { ...range, interval: 'quarter', 'end-date': '2024-02-15' });
  assert.deepEqual(quarter.entries, [{ date: '2024-02-15', arr: 120000, 'percentage-change': 0 }]);
  const [{ query: spaced }] = (await takeRequests()).slice(-1);
  assert.equal(spaced, `?start-date=2024-01-01&end-date=2024-02-15&interval=quarter&plans=${plan.name}`);
});

test('the metrics\' 400s (ChartMogul\'s SchemaInvalidError): any query sent as given; only a query that is no object refused', async () => {
  const range = { 'start-date': '2024-01-01', 'end-date': '2024-03-31' };
  await assert.rejects(Metrics.mrr(config, { ...range, interval: 'fortnight' }), (e) =>
    e instanceof SchemaInvalidError && e.httpStatus === 400 && e.response.param === 'interval');
  await assert.rejects(Metrics.all(config, { ...range, 'end-date': '2023-12-31' }), SchemaInvalidError);
  // A range without its start (the package sends it as given) is ChartMogul's 400.
  const raw = await fetch(`${BASE}/v1/metrics/mrr?end-date=2024-01-01`, { headers: { authorization: `Basic ${btoa(`${KEY}:`)}` } });
  assert.equal(raw.status, 400);
  assert.deepEqual(await raw.json(), { code: 400, message: 'start-date is required', param: 'start-date' });
  await takeRequests();
  await assert.rejects(Metrics.mrrChurnRate(config, 'last month'), (e) => e instanceof ConfigurationError && /query must be an object/.test(e.message));
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
  // Sent as given; ChartMogul's 400 names the parameter it refuses.
  const refusedBy = (param, message) => (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 &&
    e.response.param === param && message.test(e.response.message);
  const cases = [
    [() => Metrics.mrr(config), '/v1/metrics/mrr', refusedBy('start-date', /^start-date is required$/)],
    [() => Metrics.all(config, { 'start-date': '2024-01-01' }), '/v1/metrics/all?start-date=2024-01-01', refusedBy('end-date', /^end-date is required$/)],
    [() => Metrics.arr(config, { ...range, 'end-date': ' ' }), '/v1/metrics/arr?start-date=2024-01-01&end-date=%20',
      refusedBy('end-date', /end-date must be a date as YYYY-MM-DD/)],
    [() => Metrics.ltv(config, { ...range, 'start-date': '2024-01-01T00:00:00Z' }),
      '/v1/metrics/ltv?start-date=2024-01-01T00%3A00%3A00Z&end-date=2024-03-31', refusedBy('start-date', /start-date must be a date/)],
    [() => Metrics.asp(config, { start_date: '2024-01-01', 'end-date': '2024-03-31' }), '/v1/metrics/asp?start_date=2024-01-01&end-date=2024-03-31',
      refusedBy('start-date', /start-date is required/)],
    [() => Metrics.customerCount(config, { ...range, interval: '' }), '/v1/metrics/customer-count?start-date=2024-01-01&end-date=2024-03-31&interval=',
      refusedBy('interval', /interval must be one of/)],
  ];
  for (const [call, path, rejected] of cases) {
    await assert.rejects(call(), rejected, path);
    assert.deepEqual(sent(await takeRequests()), [`GET ${path}`]);
  }
  // A list value is sent as a query list; ChartMogul takes it.
  const arpa = await Metrics.arpa(config, { ...range, geo: ['US'] });
  assert.deepEqual(arpa.entries.map((e) => e.date), ['2024-01-31', '2024-02-29', '2024-03-31']);
  assert.deepEqual(sent(await takeRequests()), ['GET /v1/metrics/arpa?start-date=2024-01-01&end-date=2024-03-31&geo=US']);
});

test('a customer\'s activities and subscriptions, page by page; all activities filtered; their 404s', async () => {
  const { plan, a, b } = await billed(2023);
  await takeRequests();
  const types = [];
  for await (const activity of Metrics.Customer.activities(config, a.uuid, { per_page: 1 })) {
    types.push([activity.type, activity['activity-mrr'], activity['activity-mrr-movement'], activity.date]);
  }
  assert.deepEqual(types, [
    ['new_biz', 5000, 5000, '2023-01-01T00:00:00+00:00'],
    ['expansion', 7000, 2000, '2023-02-01T00:00:00+00:00'],
    ['churn', 0, -7000, '2023-03-01T00:00:00+00:00'],
  ]);
  const pages = await takeRequests();
  assert.equal(pages.length, 3);
  assert.deepEqual(sent(pages.slice(0, 1)), [`GET /v1/customers/${a.uuid}/activities?per_page=1`]);
  assert.match(pages[1].query, /^\?per_page=1&cursor=[^&]+$/);
  const page = await Metrics.Customer.subscriptions(config, a.uuid);
  assert.deepEqual(page.entries.map(({ id, uuid, ...s }) => s), [{
    external_id: 'sub_a', plan: plan.name, quantity: 1, mrr: 0, arr: 0, status: 'inactive', 'billing-cycle': 'month',
    'billing-cycle-count': 1, 'start-date': '2023-01-01T00:00:00+00:00', 'end-date': '2023-03-01T00:00:00+00:00',
    currency: 'USD', 'currency-sign': '$', data_source_uuid: page.entries[0].data_source_uuid,
  }]);
  assert.match(page.entries[0].uuid, /^sub_/);
  assert.deepEqual([page.has_more, page.cursor, page.per_page], [false, null, 200]);
  const churned = await Metrics.Activity.all(config, { 'start-date': '2023-01-01', 'end-date': '2023-12-31', type: 'churn', order: '-date' });
  assert.deepEqual(churned.entries.map((e) => e['customer-uuid']).sort(), [a.uuid, b.uuid].sort());
  const everything = [];
  for await (const activity of Metrics.Activity.all(config, { 'start-date': '2023-01-01', 'end-date': '2023-12-31', per_page: 2 })) {
    everything.push(`${activity.date.slice(0, 10)} ${activity.type} ${activity['subscription-external-id']}`);
  }
  const dates = everything.map((line) => line.slice(0, 10));
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  assert.deepEqual([...everything].sort(), [
    '2023-01-01 new_biz sub_a', '2023-02-01 expansion sub_a', '2023-02-01 new_biz sub_b', '2023-03-01 churn sub_a',
    '2023-03-01 churn sub_b',
  ]);
  const listed = await takeRequests();
  assert.deepEqual(sent(listed.slice(0, 2)), [
    `GET /v1/customers/${a.uuid}/subscriptions`,
    'GET /v1/activities?start-date=2023-01-01&end-date=2023-12-31&type=churn&order=-date',
  ]);
  assert.equal(listed.length, 2 + 3, 'five activities, two a page');
  for (const call of [Metrics.Customer.activities, Metrics.Customer.subscriptions]) {
    await assert.rejects(call(config, 'cus_nobody'), (e) => e instanceof NotFoundError && e.response.message === 'Customer not found');
  }
  await assert.rejects(Metrics.Activity.all(config, { type: 'upsell' }), SchemaInvalidError);
});

test('connectSubscriptions and disconnectSubscriptions: the data source put in each subscription, in both forms', async () => {
  const { ds, plan } = await billed(2022);
  const { uuid: cus } = await Customer.create(config, { data_source_uuid: ds, external_id: fresh('cus') });
  const invoice = { external_id: fresh('INV'), date: '2022-01-01T00:00:00Z', currency: 'USD', line_items: [
    month('sub_1', plan.uuid, '2022-01', '2022-02', 1000), month('sub_2', plan.uuid, '2022-01', '2022-02', 2000),
  ] };
  await Invoice.create(config, cus, { invoices: [invoice] });
  const uuids = (await Metrics.Customer.subscriptions(config, cus)).entries.map((s) => s.uuid);
  assert.equal(uuids.length, 2);
  await takeRequests();
  // chartmogul-node's array form; a data_source_uuid given is replaced by the argument.
  const connected = await Metrics.Customer.connectSubscriptions(config, ds, cus, [{ uuid: uuids[0] }, { uuid: uuids[1], data_source_uuid: 'ds_other' }]);
  assert.deepEqual(connected, {});
  assert.deepEqual((await Metrics.Customer.subscriptions(config, cus)).entries.map((s) => s.uuid), [uuids[0]], 'listed as one');
  // The form chartmogul-node's README shows (on which chartmogul-node throws).
  assert.deepEqual(await Metrics.Customer.disconnectSubscriptions(config, ds, cus, { subscriptions: [{ uuid: uuids[1] }] }), {});
  assert.deepEqual((await Metrics.Customer.subscriptions(config, cus)).entries.map((s) => s.uuid), uuids);
  const requests = (await takeRequests()).filter((r) => r.method === 'POST');
  assert.deepEqual(requests.map((r) => [r.path, JSON.parse(r.body)]), [
    [`/v1/customers/${cus}/connect_subscriptions`, { subscriptions: [{ data_source_uuid: ds, uuid: uuids[0] }, { data_source_uuid: ds, uuid: uuids[1] }] }],
    [`/v1/customers/${cus}/disconnect_subscriptions`, { subscriptions: [{ data_source_uuid: ds, uuid: uuids[1] }] }],
  ]);
  // The Customer row of the same request still takes the body whole.
  assert.deepEqual(await Customer.connectSubscriptions(config, cus, { subscriptions: [{ data_source_uuid: ds, uuid: uuids[1] }] }), {});
  await assert.rejects(Metrics.Customer.connectSubscriptions(config, ds, 'cus_nobody', [{ uuid: uuids[0] }]), NotFoundError);
  await takeRequests();
  const refused = [
    ...['', ' ', undefined, 7].flatMap((blank) => [
      [() => Metrics.Customer.connectSubscriptions(config, blank, cus, [{ uuid: 'sub_1' }]), /data_source_uuid must be a non-empty string/],
      [() => Metrics.Customer.disconnectSubscriptions(config, ds, blank, [{ uuid: 'sub_1' }]), /uuid must be a non-empty string/],
      [() => Metrics.Customer.activities(config, blank), /uuid must be a non-empty string/],
      [() => Metrics.Customer.subscriptions(config, blank), /uuid must be a non-empty string/],
    ]),
    // The data source cannot be put in what is not an object, nor in a list that is not there.
    [() => Metrics.Customer.connectSubscriptions(config, ds, cus, ['sub_1']), /subscriptions\[0\] must be an object/],
    [() => Metrics.Customer.connectSubscriptions(config, ds, cus, { subs: [] }), /data must be a list, or \{ subscriptions: \[...\] \}/],
    [() => Metrics.Customer.connectSubscriptions(config, ds, cus), /data must be an object/],
    [() => Metrics.Customer.activities(config, cus, 'per_page=1'), /query must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
  // Sent as given (the data source put in each): ChartMogul's 400 for what it cannot link.
  const unlinked = (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 && e.response.param === 'subscriptions';
  const linked = [
    [() => Metrics.Customer.connectSubscriptions(config, ds, cus, []), 'connect', { subscriptions: [] }],
    [() => Metrics.Customer.connectSubscriptions(config, ds, cus, [{ uiid: 'sub_1' }]), 'connect', { subscriptions: [{ uiid: 'sub_1', data_source_uuid: ds }] }],
    [() => Metrics.Customer.connectSubscriptions(config, ds, cus, [{}]), 'connect', { subscriptions: [{ data_source_uuid: ds }] }],
    [() => Metrics.Customer.disconnectSubscriptions(config, ds, cus, { subscriptions: [{ uuid: 1 }] }), 'disconnect',
      { subscriptions: [{ uuid: 1, data_source_uuid: ds }] }],
  ];
  for (const [call, verb, body] of linked) {
    await assert.rejects(call(), unlinked, JSON.stringify(body));
    const [request, ...more] = await takeRequests();
    assert.deepEqual([request.method, request.path, JSON.parse(request.body), more], ['POST', `/v1/customers/${cus}/${verb}_subscriptions`, body, []]);
  }
  await assert.rejects(Metrics.Customer.activities(config, cus, { per_page: 201 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  assert.equal((await Metrics.Customer.subscriptions(config, cus, { page: 2 })).entries.length, 2);
  assert.deepEqual(sent(await takeRequests()), [
    `GET /v1/customers/${cus}/activities?per_page=201`, `GET /v1/customers/${cus}/subscriptions?page=2`,
  ]);
});

test('Activity.all and ActivitiesExport: what cannot be sent refused before sending; the rest sent as given', async () => {
  await takeRequests();
  const refused = [
    [() => Metrics.Activity.all(config, 'type=churn'), /query must be an object/],
    [() => Metrics.ActivitiesExport.create(config), /data must be an object/],
    [() => Metrics.ActivitiesExport.create(config, ['churn']), /data must be an object/],
    [() => Metrics.ActivitiesExport.retrieve(config, ''), /uuid must be a non-empty string/],
    [() => Metrics.ActivitiesExport.retrieve(config, 7), /uuid must be a non-empty string/],
    [() => Metrics.ActivitiesExport.retrieve(config, '..'), /uuid must not be `\.` or `\.\.`/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
  // ChartMogul's 400 and 422 for what it refuses, its answer for what it takes.
  await assert.rejects(Metrics.Activity.all(config, { 'end-date': '2023-12-31' }), (e) =>
    e instanceof SchemaInvalidError && e.httpStatus === 400 && e.response.param === 'start-date');
  await assert.rejects(Metrics.Activity.all(config, { per_page: 0 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  assert.ok(Array.isArray((await Metrics.Activity.all(config, { start_date: '2023-01-01' })).entries));
  assert.ok((await Metrics.Activity.all(config, { per_page: '2' })).entries.length <= 2, 'a string per_page sent as it is');
  await assert.rejects(Metrics.ActivitiesExport.create(config, { type: ' ' }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && /type must be one of/.test(e.response.errors.type));
  const created = await Metrics.ActivitiesExport.create(config, { kind: 'churn' });
  assert.deepEqual([created.status, created.params], ['pending', { kind: 'activities', params: { activity_type: null, start_date: null, end_date: null } }]);
  const requests = await takeRequests();
  assert.deepEqual(requests.map((r) => [`${r.method} ${r.path}${r.query}`, r.body && JSON.parse(r.body)]), [
    ['GET /v1/activities?end-date=2023-12-31', undefined], ['GET /v1/activities?per_page=0', undefined],
    ['GET /v1/activities?start_date=2023-01-01', undefined], ['GET /v1/activities?per_page=2', undefined],
    ['POST /v1/activities_export', { type: ' ' }], ['POST /v1/activities_export', { kind: 'churn' }],
  ]);
});

test('ActivitiesExport: created pending, retrieved succeeded with its file; 422 and 404', async () => {
  await takeRequests();
  const data = { 'start-date': '2020-01-01', 'end-date': '2020-12-31', type: 'contraction' };
  const created = await Metrics.ActivitiesExport.create(config, data);
  assert.equal(created.status, 'pending');
  assert.equal(created.file_url, null);
  assert.deepEqual(created.params, {
    kind: 'activities', params: { activity_type: 'contraction', start_date: '2020-01-01', end_date: '2020-12-31' },
  });
  const done = await Metrics.ActivitiesExport.retrieve(config, created.id);
  assert.equal(done.status, 'succeeded');
  assert.match(done.file_url, new RegExp(`activities-${created.id}\\.zip$`));
  assert.deepEqual({ ...done, status: 'pending', file_url: null, expires_at: null }, created);
  const requests = await takeRequests();
  assert.deepEqual(requests.map((r) => [`${r.method} ${r.path}`, r.body && JSON.parse(r.body)]), [
    ['POST /v1/activities_export', data], [`GET /v1/activities_export/${created.id}`, undefined],
  ]);
  await assert.rejects(Metrics.ActivitiesExport.create(config, { type: 'upsell' }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && /type must be one of/.test(e.response.errors.type));
  await assert.rejects(Metrics.ActivitiesExport.retrieve(config, '7f554dba-0000-0000-0000-000000000000'), (e) =>
    e instanceof NotFoundError && e.response.message === 'Activities export not found');
});
