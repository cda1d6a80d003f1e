// Tag and CustomAttribute against the local server's customers (made with
// Customer.create): added to one customer or to every customer with an
// email, changed and taken off, seen by Customer.attributes and
// Customer.retrieve; ChartMogul's 4xx as error classes; what cannot be sent
// refused before sending, any other input sent as given. Also
// chartmogul-node's second names of `all` (Invoice.allCustomer,
// Invoice.allAny, PlanGroup.allAny), paged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  Config, ConfigurationError, CustomAttribute, Customer, DataSource, InvalidResponseError, Invoice, NotFoundError, Plan,
  PlanGroup, ResourceInvalidError, SchemaInvalidError, Tag,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
const MISSING = 'cus_00000000-0000-0000-0000-000000000000';

/** A customer of its own (in a data source of its own), with these fields. */
async function customer(more = {}) {
  const { uuid: ds } = await DataSource.create(config, { name: `Attributes test ${randomUUID()}` });
  return Customer.create(config, { data_source_uuid: ds, external_id: `cus_${randomUUID()}`, ...more });
}

/** What was sent since the last call: `VERB /path?query`, and each body parsed. */
async function sent() {
  const requests = await takeRequests();
  return {
    lines: requests.map((r) => `${r.method} ${r.path}${r.query}`),
    bodies: requests.map((r) => (r.body === undefined ? undefined : JSON.parse(r.body))),
  };
}

/** A 400 (ChartMogul's SchemaInvalidError) about `param`. */
const schemaInvalid = (param) => (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 && e.response.param === param;
/** A 422 (ChartMogul's ResourceInvalidError) saying `message` of `key`. */
const unprocessable = (key, message) => (e) =>
  e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors[key] === message;

/**
 * Each call is sent exactly as given (one request: `VERB /path?query` and its
 * body) and rejects as its check says.
 */
async function sentAsGiven(cases) {
  for (const [call, line, body, rejected] of cases) {
    await takeRequests();
    await assert.rejects(call(), rejected, line);
    assert.deepEqual(await sent(), { lines: [line], bodies: [body] });
  }
}

const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && e.response.message === 'Customer not found';

/** Each call is refused with a ConfigurationError matching its pattern, and nothing is sent. */
async function refusedBeforeSending(cases) {
  await takeRequests();
  for (const [call, message] of cases) {
    await assert.rejects(call(), (e) => {
      assert.ok(e instanceof ConfigurationError && message.test(e.message), `${message} against ${e}`);
      return true;
    });
  }
  assert.deepEqual(await takeRequests(), []);
}

test('Tag.add and Tag.remove on one customer: the body as given, all its tags answered, seen by the customer', async () => {
  const { uuid } = await customer({ attributes: { tags: ['engage'] } });
  await takeRequests();
  assert.deepEqual(await Tag.add(config, uuid, { tags: ['important', 'Prio1'] }), { tags: ['engage', 'important', 'Prio1'] });
  // Idempotent, as the reference says: a tag it has is not added twice.
  assert.deepEqual(await Tag.add(config, uuid, { tags: ['important'] }), { tags: ['engage', 'important', 'Prio1'] });
  assert.deepEqual(await Tag.remove(config, uuid, { tags: ['engage', 'Prio1'] }), { tags: ['important'] });
  assert.deepEqual(await sent(), {
    lines: [
      `POST /v1/customers/${uuid}/attributes/tags`, `POST /v1/customers/${uuid}/attributes/tags`,
      `DELETE /v1/customers/${uuid}/attributes/tags`,
    ],
    bodies: [{ tags: ['important', 'Prio1'] }, { tags: ['important'] }, { tags: ['engage', 'Prio1'] }],
  });
  assert.deepEqual((await Customer.attributes(config, uuid)).tags, ['important']);
  assert.deepEqual((await Customer.retrieve(config, uuid)).attributes.tags, ['important']);
});

test('Tag.add by email tags every customer with that email and answers them; another email, none', async () => {
  const email = `tags-${randomUUID()}@example.com`;
  const first = await customer({ email });
  const second = await customer({ email: email.toUpperCase() });
  const other = await customer({ email: `other-${randomUUID()}@example.com` });
  await takeRequests();
  const answer = await Tag.add(config, { email, tags: ['vip'] });
  assert.deepEqual(answer.entries.map((c) => [c.uuid, c.attributes.tags]), [[first.uuid, ['vip']], [second.uuid, ['vip']]]);
  assert.deepEqual(await sent(), { lines: ['POST /v1/customers/attributes/tags'], bodies: [{ email, tags: ['vip'] }] });
  assert.deepEqual((await Customer.attributes(config, other.uuid)).tags, []);
  assert.deepEqual(await Tag.add(config, { email: `nobody-${randomUUID()}@example.com`, tags: ['vip'] }), { entries: [] });
});

test('CustomAttribute.add, update and remove on one customer, as chartmogul-node sends them', async () => {
  const { uuid } = await customer();
  await takeRequests();
  const added = await CustomAttribute.add(config, uuid, {
    custom: [
      { type: 'String', key: 'channel', value: 'Facebook', source: 'integration' },
      { type: 'Integer', key: 'age', value: 8 },
      { type: 'Boolean', key: 'pro', value: 'f' },
    ],
  });
  assert.deepEqual(added, { custom: { channel: 'Facebook', age: 8, pro: false } });
  const updated = await CustomAttribute.update(config, uuid, { custom: { age: 20, channel: { value: 'Twitter', source: 'crm' } } });
  assert.deepEqual(updated, { custom: { channel: 'Twitter', age: 20, pro: false } });
  assert.deepEqual(await CustomAttribute.remove(config, uuid, { custom: ['age', 'pro'] }), { custom: { channel: 'Twitter' } });
  assert.deepEqual(await sent(), {
    lines: [
      `POST /v1/customers/${uuid}/attributes/custom`, `PUT /v1/customers/${uuid}/attributes/custom`,
      `DELETE /v1/customers/${uuid}/attributes/custom`,
    ],
    bodies: [
      { custom: [
        { type: 'String', key: 'channel', value: 'Facebook', source: 'integration' },
        { type: 'Integer', key: 'age', value: 8 },
        { type: 'Boolean', key: 'pro', value: 'f' },
      ] },
      // Sent as given (the keys in serde_json's order).
      { custom: { age: 20, channel: { value: 'Twitter', source: 'crm' } } },
      { custom: ['age', 'pro'] },
    ],
  });
  assert.deepEqual((await Customer.attributes(config, uuid)).custom, { channel: 'Twitter' });
  assert.deepEqual((await Customer.retrieve(config, uuid)).attributes.custom, { channel: 'Twitter' });
});

test('CustomAttribute.add by email sets them on every customer with that email and answers those customers', async () => {
  const email = `custom-${randomUUID()}@example.com`;
  const [a, b] = [await customer({ email }), await customer({ email })];
  await takeRequests();
  const answer = await CustomAttribute.add(config, { email, custom: [{ type: 'Decimal', key: 'CAC', value: 213.5 }] });
  assert.deepEqual(answer.entries.map((c) => [c.uuid, c.attributes.custom]), [[a.uuid, { CAC: 213.5 }], [b.uuid, { CAC: 213.5 }]]);
  assert.deepEqual(await sent(), {
    lines: ['POST /v1/customers/attributes/custom'],
    bodies: [{ email, custom: [{ type: 'Decimal', key: 'CAC', value: 213.5 }] }],
  });
  assert.deepEqual((await Customer.attributes(config, b.uuid)).custom, { CAC: 213.5 });
});

test('an unknown customer is a NotFoundError; a value unfit for its type or an update of a new key a ResourceInvalidError', async () => {
  const tags = { tags: ['vip'] };
  await assert.rejects(Tag.add(config, MISSING, tags), notFound);
  await assert.rejects(Tag.remove(config, MISSING, tags), notFound);
  await assert.rejects(CustomAttribute.add(config, MISSING, { custom: [{ type: 'String', key: 'k', value: 'v' }] }), notFound);
  await assert.rejects(CustomAttribute.update(config, MISSING, { custom: { k: 'v' } }), notFound);
  await assert.rejects(CustomAttribute.remove(config, MISSING, { custom: ['k'] }), notFound);
  const { uuid } = await customer();
  await assert.rejects(CustomAttribute.add(config, uuid, { custom: [{ type: 'Integer', key: 'age', value: 'eight' }] }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.age === 'The value is not a valid Integer');
  await assert.rejects(CustomAttribute.update(config, uuid, { custom: { age: 9 } }), (e) =>
    e instanceof ResourceInvalidError && /must first be created/.test(e.response.errors.age));
  assert.deepEqual((await Customer.attributes(config, uuid)).custom, {}, 'nothing was set');
});

test('what cannot be sent is refused before sending; any other body is sent as given and ChartMogul\'s 400 or 422 is the error', async () => {
  const attribute = { type: 'String', key: 'channel', value: 'Facebook' };
  // Refused: a path parameter that is blank or not given (by email only where
  // ChartMogul has it: remove and update take a customer's uuid), and an
  // argument that is not an object or cannot be written as JSON.
  await refusedBeforeSending([
    [() => Tag.add(config, '', { tags: ['vip'] }), /customer_uuid must be a non-empty string/],
    [() => Tag.add(config, '..', { tags: ['vip'] }), /customer_uuid must not be `\.` or `\.\.`/],
    [() => Tag.remove(config, { email: 'a@example.com', tags: ['vip'] }), /customer_uuid must be a non-empty string/],
    [() => CustomAttribute.add(config, ' ', { custom: [attribute] }), /customer_uuid must be a non-empty string/],
    [() => CustomAttribute.update(config, { email: 'a@example.com', custom: { age: 1 } }), /customer_uuid must be a non-empty string/],
    [() => Tag.add(config, MISSING, ['vip']), /data must be an object/],
    [() => Tag.add(config, MISSING, { tags: ['vip'], qs: 'x' }), /data\.qs must be an object/],
    [() => CustomAttribute.add(config, MISSING, { custom: [{ ...attribute, value: 1n }] }), /data cannot be sent as JSON/],
  ]);
  // Sent as given, whatever the fields: ChartMogul is the judge.
  const { uuid } = await customer();
  const email = `nobody-${randomUUID()}@example.com`;
  const tags = `POST /v1/customers/${uuid}/attributes/tags`;
  const custom = `/v1/customers/${uuid}/attributes/custom`;
  await sentAsGiven([
    [() => Tag.add(config, uuid, { tags: [] }), tags, { tags: [] }, schemaInvalid('tags')],
    [() => Tag.add(config, uuid, { tags: ['vip', ' '] }), tags, { tags: ['vip', ' '] }, schemaInvalid('tags')],
    [() => Tag.add(config, uuid, { tags: 'vip' }), tags, { tags: 'vip' }, schemaInvalid('tags')],
    [() => Tag.add(config, uuid, { tag: ['vip'] }), tags, { tag: ['vip'] }, schemaInvalid('tags')],
    [() => Tag.add(config, uuid, {}), tags, {}, schemaInvalid('tags')],
    [() => Tag.add(config, { email: ' ', tags: ['vip'] }), 'POST /v1/customers/attributes/tags', { email: ' ', tags: ['vip'] }, schemaInvalid('email')],
    [() => Tag.add(config, { tags: ['vip'] }), 'POST /v1/customers/attributes/tags', { tags: ['vip'] }, schemaInvalid('email')],
    [() => Tag.remove(config, uuid, { tags: [] }), `DELETE /v1/customers/${uuid}/attributes/tags`, { tags: [] }, schemaInvalid('tags')],
    [() => CustomAttribute.add(config, uuid, { custom: [{ ...attribute, type: 'Text' }] }), `POST ${custom}`,
      { custom: [{ ...attribute, type: 'Text' }] }, unprocessable('channel', 'Unknown type Text')],
    [() => CustomAttribute.add(config, uuid, { custom: [{ ...attribute, key: '' }] }), `POST ${custom}`,
      { custom: [{ ...attribute, key: '' }] }, schemaInvalid('custom')],
    [() => CustomAttribute.add(config, uuid, { custom: [{ type: 'String', key: 'k' }] }), `POST ${custom}`,
      { custom: [{ type: 'String', key: 'k' }] }, schemaInvalid('custom')],
    [() => CustomAttribute.add(config, uuid, { custom: [] }), `POST ${custom}`, { custom: [] }, schemaInvalid('custom')],
    [() => CustomAttribute.add(config, { email, custom: [{ ...attribute, type: 7 }] }), 'POST /v1/customers/attributes/custom',
      { email, custom: [{ ...attribute, type: 7 }] }, schemaInvalid('custom')],
    [() => CustomAttribute.add(config, { custom: [attribute] }), 'POST /v1/customers/attributes/custom', { custom: [attribute] }, schemaInvalid('email')],
    [() => CustomAttribute.update(config, uuid, { custom: {} }), `PUT ${custom}`, { custom: {} }, schemaInvalid('custom')],
    [() => CustomAttribute.update(config, uuid, { custom: ['age'] }), `PUT ${custom}`, { custom: ['age'] }, schemaInvalid('custom')],
    [() => CustomAttribute.update(config, uuid, { custom: 'age' }), `PUT ${custom}`, { custom: 'age' }, schemaInvalid('custom')],
    [() => CustomAttribute.remove(config, uuid, { custom: [] }), `DELETE ${custom}`, { custom: [] }, schemaInvalid('custom')],
    [() => CustomAttribute.remove(config, uuid, { keys: ['age'] }), `DELETE ${custom}`, { keys: ['age'] }, schemaInvalid('custom')],
  ]);
  assert.deepEqual(await Customer.attributes(config, uuid), { tags: [], custom: {}, stripe: {}, clearbit: {} }, 'ChartMogul refused every one');
  // An unknown field ChartMogul takes is sent too, and its answer handed back; a query rides along as qs.
  await takeRequests();
  const kind = { ...attribute, kind: 'x' };
  assert.deepEqual(await CustomAttribute.add(config, uuid, { custom: [kind], qs: { trace: 'a b' } }), { custom: { channel: 'Facebook' } });
  assert.deepEqual(await sent(), { lines: [`POST ${custom}?trace=a%20b`], bodies: [{ custom: [kind] }] });
});

test('an answer is handed back as ChartMogul sent it, custom attributes as a list too; only a non-JSON body is an InvalidResponseError', async () => {
  const answering = (body, init = { headers: { 'content-type': 'application/json' } }) => new Config(KEY, BASE, {
    retries: 0, fetch: async () => new Response(body, init),
  });
  assert.deepEqual(await CustomAttribute.remove(answering(JSON.stringify({ custom: ['age'] })), MISSING, { custom: ['age'] }), { custom: ['age'] });
  assert.deepEqual(await CustomAttribute.remove(answering(JSON.stringify({ custom: { CAC: 1 } })), MISSING, { custom: ['age'] }), { custom: { CAC: 1 } });
  assert.deepEqual(await Tag.add(answering(JSON.stringify({ tags: 'vip', more: [1] })), MISSING, { tags: ['vip'] }), { tags: 'vip', more: [1] });
  assert.deepEqual(await Tag.add(answering(null, { status: 204 }), MISSING, { tags: ['vip'] }), {});
  await assert.rejects(Tag.add(answering('<html>busy</html>', { headers: { 'content-type': 'text/html' } }), MISSING, { tags: ['vip'] }),
    (e) => e instanceof InvalidResponseError);
});

test('the local server answers ChartMogul\'s 400 for an empty list of tags, sent raw', async () => {
  // Sent raw, not through the client, to see the local server answer as ChartMogul does.
  const { uuid } = await customer();
  const res = await fetch(`${BASE}/v1/customers/${uuid}/attributes/tags`, {
    method: 'POST', headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }, body: '{"tags":[]}',
  });
  assert.equal(res.status, 400);
  assert.deepEqual(await res.json(), { code: 400, message: 'tags must be a non-empty list of strings', param: 'tags' });
});

test('Invoice.allCustomer and Invoice.allAny are Invoice.all\'s two rows, paged with for await', async () => {
  const cus = await customer();
  const invoice = (n) => ({
    external_id: `INV_${n}`, date: '2024-01-01 00:00:00', currency: 'USD',
    line_items: [{ type: 'one_time', description: 'Setup', amount_in_cents: 100 * n, quantity: 1 }],
  });
  await Invoice.create(config, cus.uuid, { invoices: [1, 2, 3, 4, 5].map(invoice) });
  await takeRequests();
  const ids = [];
  for await (const i of Invoice.allCustomer(config, cus.uuid, { per_page: 2 })) ids.push(i.external_id);
  assert.deepEqual(ids, ['INV_1', 'INV_2', 'INV_3', 'INV_4', 'INV_5']);
  const pages = await sent();
  assert.equal(pages.lines.length, 3);
  assert.deepEqual(pages.lines[0], `GET /v1/import/customers/${cus.uuid}/invoices?per_page=2`);
  for (const line of pages.lines.slice(1)) {
    assert.match(line, new RegExp(`^GET /v1/import/customers/${cus.uuid}/invoices\\?per_page=2&cursor=[^&]+$`));
  }
  assert.deepEqual(await Invoice.allCustomer(config, cus.uuid, { per_page: 5 }), await Invoice.all(config, cus.uuid, { per_page: 5 }));
  await takeRequests();
  const any = [];
  for await (const i of Invoice.allAny(config, { customer_uuid: cus.uuid, per_page: 3 })) any.push(i.external_id);
  assert.deepEqual(any, ['INV_1', 'INV_2', 'INV_3', 'INV_4', 'INV_5']);
  const anyPages = await sent();
  assert.equal(anyPages.lines.length, 2);
  assert.equal(anyPages.lines[0], `GET /v1/invoices?customer_uuid=${cus.uuid}&per_page=3`);
  await assert.rejects(Invoice.allCustomer(config, MISSING), notFound);
  await refusedBeforeSending([
    [() => Invoice.allCustomer(config, '', {}), /customer_uuid must be a non-empty string/],
    [() => Invoice.allCustomer(config, cus.uuid, 'per_page=2'), /query must be an object/],
  ]);
  // A per_page out of range is ChartMogul's to refuse; an unknown key is sent too.
  const perPage = (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 && /per_page/.test(e.response.message);
  await assert.rejects(Invoice.allCustomer(config, cus.uuid, { per_page: 0 }), perPage);
  await assert.rejects(Invoice.allAny(config, { per_page: 201 }), perPage);
  assert.deepEqual((await Invoice.allAny(config, { customer_uuid: cus.uuid, page: 2 })).invoices.length, 5);
  assert.deepEqual((await sent()).lines, [
    `GET /v1/import/customers/${cus.uuid}/invoices?per_page=0`, 'GET /v1/invoices?per_page=201',
    `GET /v1/invoices?customer_uuid=${cus.uuid}&page=2`,
  ]);
});

test('PlanGroup.allAny is PlanGroup.all without a uuid, paged with for await', async () => {
  const { uuid: ds } = await DataSource.create(config, { name: `Attributes plan groups ${randomUUID()}` });
  const plan = await Plan.create(config, { data_source_uuid: ds, name: 'Gold', interval_count: 1, interval_unit: 'month' });
  const made = await Promise.all([1, 2, 3].map((i) => PlanGroup.create(config, { name: `Group ${i}`, plans: [plan.uuid] })));
  await takeRequests();
  const seen = [];
  for await (const group of PlanGroup.allAny(config, { per_page: 1 })) seen.push(group.uuid);
  assert.ok(made.every((g) => seen.includes(g.uuid)), 'every group made is listed');
  const pages = await sent();
  assert.equal(pages.lines.length, seen.length);
  assert.equal(pages.lines[0], 'GET /v1/plan_groups?per_page=1');
  assert.deepEqual(await PlanGroup.allAny(config, { per_page: 2 }), await PlanGroup.all(config, { per_page: 2 }));
  await refusedBeforeSending([[() => PlanGroup.allAny(config, ['x']), /query must be an object/]]);
  // Sent as given: ChartMogul's 400 for a per_page out of range; an unknown key goes along.
  await assert.rejects(PlanGroup.allAny(config, { per_page: 0 }), (e) =>
    e instanceof SchemaInvalidError && e.httpStatus === 400 && /per_page/.test(e.response.message));
  assert.ok(Array.isArray((await PlanGroup.allAny(config, { name: 'x' })).plan_groups));
  assert.deepEqual((await sent()).lines, ['GET /v1/plan_groups?per_page=0', 'GET /v1/plan_groups?name=x']);
});
