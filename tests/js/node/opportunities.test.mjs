// Opportunity's methods against the local server, with chartmogul-node's
// argument shapes: the customer named in the body (create) or the query
// (all), each request as sent, each answer, each 4xx as its error class;
// what cannot be sent refused before sending, any other input sent as
// given. The server takes any uuid starting `cus_` as a customer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Customer, NotFoundError, Opportunity, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;
const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query}`);
const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && /Opportunity not found/.test(e.message);
/** chartmogul-node's recorded create body, for `customer_uuid`. */
const deal = (customer_uuid, more = {}) => ({
  customer_uuid, owner: 'test1@example.org', pipeline: 'New business 1', pipeline_stage: 'Discovery',
  estimated_close_date: '2023-12-22', currency: 'USD', amount_in_cents: 100, type: 'recurring',
  forecast_category: 'pipeline', win_likelihood: 3, custom: [{ key: 'from_campaign', value: true }], ...more,
});

test('create sends custom fields as a list, answered as an object; retrieve, patch and destroy by uuid', async () => {
  const cus = fresh('cus');
  await takeRequests();
  const created = await Opportunity.create(config, deal(cus));
  assert.deepEqual([created.customer_uuid, created.amount_in_cents, created.win_likelihood], [cus, 100, 3]);
  assert.deepEqual(created.custom, { from_campaign: true });
  assert.deepEqual(await Opportunity.retrieve(config, created.uuid), created);
  const patched = await Opportunity.patch(config, created.uuid, {
    estimated_close_date: '2024-12-22', custom: [{ key: 'seats', value: 3 }],
  });
  assert.equal(patched.estimated_close_date, '2024-12-22');
  assert.deepEqual(patched.custom, { from_campaign: true, seats: 3 });
  assert.deepEqual(await Opportunity.destroy(config, created.uuid), {});
  await assert.rejects(Opportunity.retrieve(config, created.uuid), notFound);
  const requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/opportunities', `GET /v1/opportunities/${created.uuid}`, `PATCH /v1/opportunities/${created.uuid}`,
    `DELETE /v1/opportunities/${created.uuid}`, `GET /v1/opportunities/${created.uuid}`,
  ]);
  assert.deepEqual(JSON.parse(requests[0].body), deal(cus));
  assert.deepEqual(JSON.parse(requests[2].body), { estimated_close_date: '2024-12-22', custom: [{ key: 'seats', value: 3 }] });
});

test('all filters by owner, pipeline, stage and close date; with customer_uuid, the customer\'s; for await', async () => {
  const [one, other] = [fresh('cus'), fresh('cus')];
  const owner = `${fresh('o')}@example.com`;
  const make = (cus, amount, more) => Opportunity.create(config, deal(cus, { owner, amount_in_cents: amount, ...more }));
  await make(one, 1, { pipeline: 'Renewals', estimated_close_date: '2024-03-01' });
  await make(one, 2, { estimated_close_date: '2024-06-01' });
  await make(other, 3, { pipeline_stage: 'Won', estimated_close_date: '2024-09-01' });
  await takeRequests();
  const amounts = async (query) => (await Opportunity.all(config, { owner, ...query })).entries.map((o) => o.amount_in_cents);
  assert.deepEqual(await amounts({ pipeline: 'Renewals' }), [1]);
  assert.deepEqual(await amounts({ pipeline_stage: 'Won' }), [3]);
  assert.deepEqual(await amounts({ estimated_close_date_on_or_after: '2024-05-01', estimated_close_date_on_or_before: '2024-08-01' }), [2]);
  assert.deepEqual(await amounts({ customer_uuid: one }), [1, 2]);
  assert.deepEqual((await Customer.opportunities(config, one, { owner })).entries.map((o) => o.amount_in_cents), [1, 2]);
  const o = encodeURIComponent(owner);
  assert.deepEqual(sent(await takeRequests()), [
    `GET /v1/opportunities?owner=${o}&pipeline=Renewals`,
    `GET /v1/opportunities?owner=${o}&pipeline_stage=Won`,
    `GET /v1/opportunities?owner=${o}&estimated_close_date_on_or_after=2024-05-01&estimated_close_date_on_or_before=2024-08-01`,
    // The query in the order given; Customer.opportunities' customer_uuid is its path's own, first.
    `GET /v1/opportunities?owner=${o}&customer_uuid=${one}`,
    `GET /v1/opportunities?customer_uuid=${one}&owner=${o}`,
  ]);
  const all = [];
  for await (const opportunity of Opportunity.all(config, { owner, per_page: 2 })) all.push(opportunity.amount_in_cents);
  assert.deepEqual(all, [1, 2, 3]);
  assert.equal((await takeRequests()).length, 2);
});

test('ChartMogul\'s 404 for an unknown opportunity or customer, 422 for a create or change it cannot make', async () => {
  const missing = '00000000-0000-0000-0000-000000000000';
  for (const call of [
    () => Opportunity.retrieve(config, missing), () => Opportunity.patch(config, missing, { pipeline: 'x' }),
    () => Opportunity.destroy(config, missing),
  ]) await assert.rejects(call(), notFound);
  await assert.rejects(Opportunity.all(config, { customer_uuid: 'nobody' }), NotFoundError);
  await assert.rejects(Opportunity.create(config, deal('nobody')), (e) =>
    e instanceof ResourceInvalidError && e.response.errors.customer_uuid === 'Customer not found');
  // A blank (the package sends it as given) is ChartMogul's 422.
  const { uuid } = await Opportunity.create(config, deal(fresh('cus')));
  const raw = await fetch(`${BASE}/v1/opportunities/${uuid}`, {
    method: 'PATCH', headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }, body: JSON.stringify({ owner: '' }),
  });
  assert.equal(raw.status, 422);
  assert.deepEqual(Object.keys((await raw.json()).errors), ['owner']);
});

test('what cannot be sent is refused before sending; any other input is sent as given, ChartMogul\'s 4xx the error', async () => {
  const cus = fresh('cus');
  const withoutOwner = deal(cus);
  delete withoutOwner.owner;
  await takeRequests();
  const refused = [
    ...['', ' ', undefined, 7, '.'].flatMap((uuid) => [
      () => Opportunity.retrieve(config, uuid), () => Opportunity.patch(config, uuid, { pipeline: 'x' }),
      () => Opportunity.destroy(config, uuid),
    ].map((call) => [call, /uuid must (be a non-empty string|not be `\.` or `\.\.`)/])),
    [() => Opportunity.create(config), /data must be an object/],
    [() => Opportunity.create(config, deal(cus, { amount_in_cents: 100n })), /data cannot be sent as JSON/],
    [() => Opportunity.patch(config, 'o_1'), /data must be an object/],
    [() => Opportunity.patch(config, 'o_1', [{ pipeline: 'x' }]), /data must be an object/],
    // (A leading string is the customer's uuid, chartmogul-node's Opportunity.all(config, customerUuid, query).)
    [() => Opportunity.all(config, ['stage']), /query must be an object/],
    [() => Opportunity.all(config, cus, 'stage=x'), /query must be an object/],
    // The path's own query takes customer_uuid: it is the call's argument.
    [() => Customer.opportunities(config, cus, { customer_uuid: cus }), /unknown field `customer_uuid`: it is this call's argument/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');

  // Sent as given: what ChartMogul refuses is its 422 (a field missing or blank, no such customer) or 400 (per_page).
  const creates = [
    [withoutOwner, 'owner', "owner can't be blank"],
    [deal(' '), 'customer_uuid', 'Customer not found'],
  ];
  for (const [body, field, message] of creates) {
    await assert.rejects(Opportunity.create(config, body), (e) =>
      e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors[field] === message, JSON.stringify(body));
  }
  await assert.rejects(Opportunity.all(config, { per_page: 201 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  let requests = await takeRequests();
  assert.deepEqual(sent(requests), ['POST /v1/opportunities', 'POST /v1/opportunities', 'GET /v1/opportunities?per_page=201']);
  assert.deepEqual(requests.slice(0, 2).map((r) => JSON.parse(r.body)), creates.map(([body]) => body));

  // What it takes, unknown fields and values of any type (a string "100" stays a string), is answered as it answers.
  const odd = deal(cus, { amount_in_cents: '100', custom: [{ kee: 'x', value: 1 }] });
  const made = await Opportunity.create(config, odd);
  assert.deepEqual([made.customer_uuid, made.amount_in_cents], [cus, '100']);
  const patched = await Opportunity.patch(config, made.uuid, { win_likelihood: 101, pipeline_stage: ' ' });
  assert.deepEqual([patched.win_likelihood, patched.pipeline_stage], [101, ' ']);
  assert.equal((await Opportunity.patch(config, made.uuid, { customer_uuid: 'cus_other' })).customer_uuid, cus);
  assert.equal((await Opportunity.patch(config, made.uuid, { custom: [{ key: 'x', valeu: 1 }] })).uuid, made.uuid);
  await assert.rejects(Opportunity.patch(config, made.uuid, { owner: '' }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.owner === "owner can't be blank");
  assert.deepEqual((await Opportunity.all(config, { stage: 'x', customer_uuid: cus })).entries.map((o) => o.uuid), [made.uuid]);
  requests = await takeRequests();
  const at = `/v1/opportunities/${made.uuid}`;
  assert.deepEqual(sent(requests), [
    'POST /v1/opportunities', `PATCH ${at}`, `PATCH ${at}`, `PATCH ${at}`, `PATCH ${at}`, `GET /v1/opportunities?stage=x&customer_uuid=${cus}`,
  ]);
  assert.deepEqual(requests.slice(0, 5).map((r) => JSON.parse(r.body)), [
    odd, { win_likelihood: 101, pipeline_stage: ' ' }, { customer_uuid: 'cus_other' }, { custom: [{ key: 'x', valeu: 1 }] }, { owner: '' },
  ]);
});
