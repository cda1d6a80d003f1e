// Tag and CustomAttribute against the local server's customers (made with
// Customer.create): added to one customer or to every customer with an
// email, changed and taken off, seen by Customer.attributes and
// Customer.retrieve; ChartMogul's 4xx as error classes; bad input refused
// before sending. Also chartmogul-node's second names of `all`
// (Invoice.allCustomer, Invoice.allAny, PlanGroup.allAny), paged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  Config, ConfigurationError, CustomAttribute, Customer, DataSource, InvalidResponseError, Invoice, NotFoundError, Plan,
  PlanGroup, ResourceInvalidError, Tag,
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

test('bad input is refused before anything is sent, by the field', async () => {
  const uuid = MISSING;
  const attribute = { type: 'String', key: 'channel', value: 'Facebook' };
  await refusedBeforeSending([
    [() => Tag.add(config, '', { tags: ['vip'] }), /customer_uuid must be a non-empty string/],
    [() => Tag.add(config, uuid, { tags: [] }), /tags must list at least one/],
    [() => Tag.add(config, uuid, { tags: ['vip', ' '] }), /tags\[\] must be a non-empty string/],
    [() => Tag.add(config, uuid, { tags: 'vip' }), /field `tags`/],
    [() => Tag.add(config, uuid, { tag: ['vip'] }), /unknown field `tag`/],
    [() => Tag.add(config, uuid, {}), /missing field `tags`/],
    [() => Tag.add(config, { email: ' ', tags: ['vip'] }), /email must be a non-empty string/],
    [() => Tag.add(config, { tags: ['vip'] }), /missing field `email`/],
    // By email only where ChartMogul has it: remove takes a customer's uuid.
    [() => Tag.remove(config, { email: 'a@example.com', tags: ['vip'] }), /customer_uuid must be a non-empty string/],
    [() => Tag.remove(config, uuid, { tags: [] }), /tags must list at least one/],
    [() => CustomAttribute.add(config, ' ', { custom: [attribute] }), /customer_uuid must be a non-empty string/],
    [() => CustomAttribute.add(config, uuid, { custom: [{ ...attribute, type: 'Text' }] }),
      /custom\[\]\.type must be one of String, Integer, Decimal, Timestamp, Boolean, not `Text`/],
    [() => CustomAttribute.add(config, uuid, { custom: [{ ...attribute, key: '' }] }), /custom\[\]\.key must be a non-empty string/],
    [() => CustomAttribute.add(config, uuid, { custom: [{ ...attribute, kind: 'x' }] }), /^data: field `custom\[0\]`: unknown field `kind`, expected one of `type`, `key`, `value`, `source`/],
    [() => CustomAttribute.add(config, uuid, { custom: [{ type: 'String', key: 'k' }] }), /missing field `value`/],
    [() => CustomAttribute.add(config, uuid, { custom: [] }), /custom must list at least one attribute/],
    [() => CustomAttribute.add(config, { email: 'a@example.com', custom: [{ ...attribute, type: 7 }] }), /field `custom\[0\]\.type`/],
    [() => CustomAttribute.add(config, { custom: [attribute] }), /missing field `email`/],
    [() => CustomAttribute.update(config, uuid, { custom: {} }), /custom must hold at least one key/],
    [() => CustomAttribute.update(config, uuid, { custom: ['age'] }), /custom must be an object of keys and values/],
    [() => CustomAttribute.update(config, uuid, { custom: 'age' }), /custom must be an object of keys and values/],
    [() => CustomAttribute.update(config, { email: 'a@example.com', custom: { age: 1 } }), /customer_uuid must be a non-empty string/],
    [() => CustomAttribute.remove(config, uuid, { custom: [] }), /custom must list at least one/],
    [() => CustomAttribute.remove(config, uuid, { keys: ['age'] }), /unknown field `keys`/],
  ]);
});

test('an answer whose custom attributes are a list, not an object by key, is an InvalidResponseError', async () => {
  // serde-wasm-bindgen reads a JS array as a map: the check of a loose object must ask for an object.
  const answering = (body) => new Config(KEY, BASE, {
    retries: 0, fetch: async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  });
  await assert.rejects(CustomAttribute.remove(answering({ custom: ['age'] }), MISSING, { custom: ['age'] }), (e) =>
    e instanceof InvalidResponseError && /field `custom`: invalid type: sequence, expected an object/.test(e.message));
  assert.deepEqual(await CustomAttribute.remove(answering({ custom: { CAC: 1 } }), MISSING, { custom: ['age'] }), { custom: { CAC: 1 } });
});

test('the local server answers ChartMogul\'s 400 for a body the client would refuse', async () => {
  // Sent raw, past the client's checks, to see the local server answer as ChartMogul does.
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
    assert.match(line, new RegExp(`^GET /v1/import/customers/${cus.uuid}/invoices\\?cursor=[^&]+&per_page=2$`));
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
    [() => Invoice.allCustomer(config, cus.uuid, { per_page: 0 }), /per_page must be from 1 to 200/],
    [() => Invoice.allAny(config, { per_page: 201 }), /per_page must be from 1 to 200/],
    [() => Invoice.allAny(config, { page: 2 }), /unknown field `page`/],
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
  await refusedBeforeSending([
    [() => PlanGroup.allAny(config, { per_page: 0 }), /per_page must be from 1 to 200/],
    [() => PlanGroup.allAny(config, { name: 'x' }), /unknown field `name`/],
  ]);
});
