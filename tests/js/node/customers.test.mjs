// Customer's methods against the local server's store, with chartmogul-node's
// argument shapes: each request as sent, each answer, each 4xx as its error
// class; what cannot be sent refused before sending, any other input sent as given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Customer, DataSource, NotFoundError, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

// Pacing off: seeding 250 customers at 40 a second would take seconds.
const config = new Config(KEY, BASE, { retries: 0, maxConcurrency: 64, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;

/** A data source of its own, so that its customers are this test's only. */
async function dataSource() {
  return (await DataSource.create(config, { name: fresh('Customers test') })).uuid;
}

const customerOf = (ds, i, more = {}) => ({ data_source_uuid: ds, external_id: `cus_${i}`, name: `Customer ${i}`, ...more });

/** What was sent since the last call: `VERB /path?query`, and each body parsed. */
async function sent() {
  const requests = await takeRequests();
  return {
    lines: requests.map((r) => `${r.method} ${r.path}${r.query}`),
    bodies: requests.map((r) => (r.body === undefined ? undefined : JSON.parse(r.body))),
  };
}

const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && e.message.includes('Customer not found');

test('create, retrieve, all, modify and destroy a customer', async () => {
  const ds = await dataSource();
  await takeRequests();
  // chartmogul-node's recorded create body, and attributes as the reference has them.
  const data = customerOf(ds, 1, {
    email: 'adam@smith.com', country: 'US', city: 'New York', website_url: 'https://chartmogul.com',
    attributes: { tags: ['important'], custom: [{ type: 'Integer', key: 'age', value: 18 }] },
  });
  const created = await Customer.create(config, data);
  assert.match(created.uuid, /^cus_/);
  assert.equal(created.external_id, 'cus_1');
  assert.deepEqual(created.external_ids, ['cus_1']);
  assert.deepEqual(created.data_source_uuids, [ds]);
  assert.equal(created.email, 'adam@smith.com');
  assert.deepEqual(created.attributes, { tags: ['important'], custom: { age: 18 }, stripe: {}, clearbit: {} });
  assert.equal(created['customer-since'], null, 'hyphenated fields come as ChartMogul spells them');
  assert.deepEqual(await Customer.retrieve(config, created.uuid), created);
  const listed = await Customer.all(config, { data_source_uuid: ds });
  assert.deepEqual(listed, { entries: [created], cursor: null, has_more: false });
  const changed = await Customer.modify(config, created.uuid, {
    lead_created_at: '2014-01-15 00:00:00', city: 'San Francisco', attributes: { custom: { CAC: 25 } },
  });
  assert.equal(changed.lead_created_at, '2014-01-15 00:00:00');
  assert.equal(changed.city, 'San Francisco');
  assert.deepEqual(changed.attributes.custom, { age: 18, CAC: 25 });
  assert.deepEqual(await Customer.destroy(config, created.uuid), {});
  await assert.rejects(Customer.retrieve(config, created.uuid), notFound);
  const { lines, bodies } = await sent();
  assert.deepEqual(lines, [
    'POST /v1/customers', `GET /v1/customers/${created.uuid}`, `GET /v1/customers?data_source_uuid=${ds}`,
    `PATCH /v1/customers/${created.uuid}`, `DELETE /v1/customers/${created.uuid}`, `GET /v1/customers/${created.uuid}`,
  ]);
  assert.deepEqual(bodies[0], data);
  assert.deepEqual(bodies[3], { lead_created_at: '2014-01-15 00:00:00', city: 'San Francisco', attributes: { custom: { CAC: 25 } } });
});

test('ChartMogul\'s 4xx answers are their error classes', async () => {
  const ds = await dataSource();
  const customer = await Customer.create(config, customerOf(ds, 1));
  const invalid = (pattern) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 && pattern.test(e.message);
  await assert.rejects(Customer.create(config, customerOf(ds, 1)), invalid(/external ID for this customer already exists/));
  await assert.rejects(Customer.create(config, customerOf('ds_missing', 2)), invalid(/Data source not found/));
  const missing = 'cus_00000000-0000-0000-0000-000000000000';
  await assert.rejects(Customer.modify(config, missing, { name: 'x' }), notFound);
  await assert.rejects(Customer.destroy(config, missing), notFound);
  await assert.rejects(Customer.attributes(config, missing), notFound);
  await assert.rejects(Customer.contacts(config, missing), notFound);
  await assert.rejects(Customer.createContact(config, missing, { data_source_uuid: ds }), notFound);
  await assert.rejects(Customer.createContact(config, customer.uuid, { data_source_uuid: 'ds_other' }), invalid(/no data source customer/));
  const links = { subscriptions: [{ data_source_uuid: ds, external_id: 'sub_1' }] };
  await assert.rejects(Customer.connectSubscriptions(config, missing, links), notFound);
  await assert.rejects(Customer.disconnectSubscriptions(config, missing, links), notFound);
  await assert.rejects(Customer.merge(config, { from: { customer_uuid: missing }, into: { customer_uuid: customer.uuid } }), notFound);
  await assert.rejects(Customer.merge(config, { from: { customer_uuid: customer.uuid }, into: { customer_uuid: customer.uuid } }), invalid(/itself/));
  const unmerge = { customer_uuid: customer.uuid, data_source_uuid: ds, external_id: 'cus_1' };
  await assert.rejects(Customer.unmerge(config, unmerge), invalid(/Only merged customers/));
  await assert.rejects(Customer.unmerge(config, { ...unmerge, customer_uuid: missing }), notFound);
  const badCursor = (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 && /cursor is not valid/.test(e.message);
  await assert.rejects(Customer.all(config, { cursor: 'bm90IGEgbnVtYmVy' }), badCursor);
  await assert.rejects(Customer.search(config, { email: 'a@b.c', cursor: 'bm90IGEgbnVtYmVy' }), badCursor);
});

test('what cannot be sent is refused with ConfigurationError before anything is sent', async () => {
  const links = { subscriptions: [{ data_source_uuid: 'ds_1', uuid: 'sub_1' }] };
  await takeRequests();
  const uuid = /uuid must (be a non-empty string|not be `\.` or `\.\.`)/;
  const refused = [
    [() => Customer.retrieve(config, ''), uuid],
    [() => Customer.retrieve(config, '..'), uuid],
    [() => Customer.modify(config, '', { name: 'x' }), uuid],
    [() => Customer.destroy(config, ' '), uuid],
    [() => Customer.attributes(config, ''), uuid],
    [() => Customer.contacts(config, ''), uuid],
    [() => Customer.contacts(config, 7), uuid],
    [() => Customer.createContact(config, '', { data_source_uuid: 'ds_1' }), uuid],
    [() => Customer.connectSubscriptions(config, '', links), uuid],
    [() => Customer.disconnectSubscriptions(config, undefined, links), uuid],
    [() => Customer.create(config), /data must be an object/],
    [() => Customer.create(config, [customerOf('ds_1', 1)]), /data must be an object/],
    [() => Customer.create(config, { ...customerOf('ds_1', 1), qs: 'x' }), /data\.qs must be an object/],
    [() => Customer.modify(config, 'cus_1', { city: 1n }), /data cannot be sent as JSON/],
    [() => Customer.merge(config, 'cus_1'), /data must be an object/],
    [() => Customer.all(config, 'per_page=1'), /query must be an object/],
    [() => Customer.search(config, ['a@b.c']), /query must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
});

test('any other input is sent as given: ChartMogul\'s 4xx is the error, what it takes is answered as it answers', async () => {
  const ds = await dataSource();
  const customer = await Customer.create(config, customerOf(ds, 1));
  const cus = customer.uuid;
  // What each call must come to: a rejection its test takes, or an answer its test takes.
  const invalid = (field) => ({ rejects: (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 && field in e.response.errors });
  const schema = (pattern) => ({ rejects: (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 && pattern.test(e.response.message) });
  const missing = { rejects: notFound };
  const answer = (test) => ({ resolves: test });
  const links = (subscriptions) => ({ subscriptions });
  // [call, `VERB /path?query` sent, body sent (undefined: none), check of the error or the answer]
  const cases = [
    [() => Customer.create(config, customerOf(ds, 2, { external_id: ' ' })), 'POST /v1/customers', customerOf(ds, 2, { external_id: ' ' }), invalid('external_id')],
    [() => Customer.create(config, { external_id: 'cus_1' }), 'POST /v1/customers', { external_id: 'cus_1' }, invalid('data_source_uuid')],
    [() => Customer.create(config, customerOf(ds, 3, { nmae: 'x' })), 'POST /v1/customers', customerOf(ds, 3, { nmae: 'x' }),
      answer((c) => c.external_id === 'cus_3' && !('nmae' in c))],
    [() => Customer.create(config, customerOf(ds, 4, { name: 5 })), 'POST /v1/customers', customerOf(ds, 4, { name: 5 }), answer((c) => c.name === 5)],
    [() => Customer.all(config, { per_page: 0 }), 'GET /v1/customers?per_page=0', undefined, schema(/per_page/)],
    [() => Customer.all(config, { data_source_uuid: ds, page: 2 }), `GET /v1/customers?data_source_uuid=${ds}&page=2`, undefined,
      answer((page) => page.entries.length === 3)],
    [() => Customer.modify(config, cus, { external_id: 'x' }), `PATCH /v1/customers/${cus}`, { external_id: 'x' }, answer((c) => c.external_id === 'cus_1')],
    [() => Customer.modify(config, cus, { city: ['x'] }), `PATCH /v1/customers/${cus}`, { city: ['x'] }, answer((c) => c.city.length === 1 && c.city[0] === 'x')],
    [() => Customer.merge(config, { into: { customer_uuid: cus } }), 'POST /v1/customers/merges', { into: { customer_uuid: cus } }, missing],
    [() => Customer.merge(config, { from: { customer_uuid: cus }, into: { external_id: 'x' } }), 'POST /v1/customers/merges',
      { from: { customer_uuid: cus }, into: { external_id: 'x' } }, missing],
    [() => Customer.merge(config, { from: cus, into: { customer_uuid: cus } }), 'POST /v1/customers/merges', { from: cus, into: { customer_uuid: cus } }, missing],
    [() => Customer.merge(config, { from: { customer_uuid: '' }, into: { customer_uuid: cus } }), 'POST /v1/customers/merges',
      { from: { customer_uuid: '' }, into: { customer_uuid: cus } }, missing],
    [() => Customer.unmerge(config, { customer_uuid: cus, data_source_uuid: ds }), 'POST /v1/customers/unmerges',
      { customer_uuid: cus, data_source_uuid: ds }, invalid('external_id')],
    [() => Customer.unmerge(config, { customer_uuid: ' ', data_source_uuid: ds, external_id: 'x' }), 'POST /v1/customers/unmerges',
      { customer_uuid: ' ', data_source_uuid: ds, external_id: 'x' }, invalid('customer_uuid')],
    [() => Customer.unmerge(config, { customer_uuid: cus, data_source_uuid: ds, external_id: 'cus_1', move_to_new_customer: 'notes' }),
      'POST /v1/customers/unmerges', { customer_uuid: cus, data_source_uuid: ds, external_id: 'cus_1', move_to_new_customer: 'notes' },
      invalid('move_to_new_customer')],
    [() => Customer.search(config), 'GET /v1/customers/search', undefined, schema(/email is required/)],
    [() => Customer.search(config, { emial: 'a@b.c' }), 'GET /v1/customers/search?emial=a%40b.c', undefined, schema(/email is required/)],
    [() => Customer.search(config, { email: 'a@b.c', per_page: 500 }), 'GET /v1/customers/search?email=a%40b.c&per_page=500', undefined, schema(/per_page/)],
    [() => Customer.search(config, { email: '  ' }), 'GET /v1/customers/search?email=%20%20', undefined, answer((page) => page.entries.length === 0)],
    [() => Customer.contacts(config, cus, { per_page: 201 }), `GET /v1/customers/${cus}/contacts?per_page=201`, undefined, schema(/per_page/)],
    [() => Customer.createContact(config, cus, { data_source_uuid: '' }), `POST /v1/customers/${cus}/contacts`, { data_source_uuid: '' },
      invalid('data_source_uuid')],
    [() => Customer.createContact(config, cus, { data_source_uuid: ds, position: 'first' }), `POST /v1/customers/${cus}/contacts`,
      { data_source_uuid: ds, position: 'first' }, answer((c) => c.position === 'first')],
    [() => Customer.createContact(config, cus, { data_source_uuid: ds, fax: '1' }), `POST /v1/customers/${cus}/contacts`,
      { data_source_uuid: ds, fax: '1' }, answer((c) => c.customer_uuid === cus)],
    [() => Customer.connectSubscriptions(config, cus, links([])), `POST /v1/customers/${cus}/connect_subscriptions`, links([]),
      schema(/subscriptions/)],
    [() => Customer.connectSubscriptions(config, cus, links([{ data_source_uuid: ds }])), `POST /v1/customers/${cus}/connect_subscriptions`,
      links([{ data_source_uuid: ds }]), schema(/uuid or external_id/)],
    [() => Customer.disconnectSubscriptions(config, cus, { subscriptions: 'sub_1' }), `POST /v1/customers/${cus}/disconnect_subscriptions`,
      { subscriptions: 'sub_1' }, schema(/subscriptions/)],
    [() => Customer.disconnectSubscriptions(config, cus, { subscription: [] }), `POST /v1/customers/${cus}/disconnect_subscriptions`,
      { subscription: [] }, schema(/subscriptions/)],
  ];
  for (const [call, line, body, check] of cases) {
    await takeRequests();
    const label = `${line} ${JSON.stringify(body)}`;
    if (check.rejects) await assert.rejects(call(), check.rejects, label);
    else assert.equal(check.resolves(await call()), true, label);
    assert.deepEqual(await sent(), { lines: [line], bodies: [body] }, label);
  }
});

test('for await goes through 250 customers across three pages', async () => {
  const ds = await dataSource();
  await Promise.all(Array.from({ length: 250 }, (_, i) => Customer.create(config, customerOf(ds, i))));
  await takeRequests();
  const list = Customer.all(config, { data_source_uuid: ds, per_page: 100 });
  const first = await list;
  assert.equal(first.entries.length, 100);
  assert.equal(first.has_more, true);
  const ids = [];
  for await (const customer of list) ids.push(customer.external_id);
  assert.equal(new Set(ids).size, 250);
  const cursors = (await takeRequests()).map((r) => new URLSearchParams(r.query).get('cursor'));
  assert.equal(cursors.length, 3, 'one request per page');
  assert.equal(cursors[0], null);
  const all = [];
  for await (const customer of Customer.all(config)) all.push(customer.uuid);
  assert.ok(all.length >= 250, 'without a query, every customer of every data source');
  assert.deepEqual((await Customer.all(config, { data_source_uuid: ds, external_id: 'cus_7' })).entries.map((c) => c.name), ['Customer 7']);
});

test('search finds customers by email, a page at a time', async () => {
  const ds = await dataSource();
  const email = `${fresh('search')}@example.com`;
  const made = await Promise.all([1, 2, 3].map((i) => Customer.create(config, customerOf(ds, i, { email }))));
  await Customer.create(config, customerOf(ds, 4, { email: 'other@example.com' }));
  await takeRequests();
  const first = await Customer.search(config, { email, per_page: 2 });
  assert.equal(first.entries.length, 2);
  assert.equal(first.has_more, true);
  const found = [];
  for await (const customer of Customer.search(config, { email, per_page: 2 })) found.push(customer.uuid);
  assert.deepEqual(found.sort(), made.map((c) => c.uuid).sort());
  const { lines } = await sent();
  assert.equal(lines[0], `GET /v1/customers/search?email=${encodeURIComponent(email)}&per_page=2`);
  assert.equal(lines.length, 3);
  assert.deepEqual((await Customer.search(config, { email: 'nobody@example.com' })).entries, []);
});

test('merge joins two customers and unmerge takes one out again', async () => {
  const ds = await dataSource();
  const [a, b, c] = await Promise.all([1, 2, 3].map((i) => Customer.create(config, customerOf(ds, i))));
  await takeRequests();
  const byUuid = { from: { customer_uuid: a.uuid }, into: { customer_uuid: b.uuid } };
  assert.deepEqual(await Customer.merge(config, byUuid), {});
  await assert.rejects(Customer.retrieve(config, a.uuid), notFound, 'the `from` customer is gone');
  assert.deepEqual((await Customer.retrieve(config, b.uuid)).external_ids, ['cus_2', 'cus_1']);
  const byIds = {
    from: { data_source_uuid: ds, external_id: 'cus_3' }, into: { data_source_uuid: ds, external_id: 'cus_1' },
    move_to_new_customer: false,
  };
  assert.deepEqual(await Customer.merge(config, byIds), {});
  await assert.rejects(Customer.retrieve(config, c.uuid), notFound);
  assert.deepEqual((await Customer.retrieve(config, b.uuid)).external_ids, ['cus_2', 'cus_1', 'cus_3']);
  // chartmogul-node's recorded unmerge body shape.
  const unmerge = { customer_uuid: b.uuid, data_source_uuid: ds, external_id: 'cus_1', move_to_new_customer: ['notes'] };
  assert.deepEqual(await Customer.unmerge(config, unmerge), {});
  assert.deepEqual((await Customer.retrieve(config, b.uuid)).external_ids, ['cus_2', 'cus_3']);
  const [own] = (await Customer.all(config, { data_source_uuid: ds, external_id: 'cus_1' })).entries;
  assert.notEqual(own.uuid, a.uuid, 'an unmerged customer has a new uuid');
  const { lines, bodies } = await sent();
  assert.deepEqual(lines.filter((l) => l.startsWith('POST')), [
    'POST /v1/customers/merges', 'POST /v1/customers/merges', 'POST /v1/customers/unmerges',
  ]);
  assert.deepEqual(bodies.filter(Boolean), [byUuid, byIds, unmerge]);
});

test('attributes, contacts and createContact', async () => {
  const ds = await dataSource();
  const customer = await Customer.create(config, customerOf(ds, 1, {
    attributes: { tags: ['vip'], custom: [{ type: 'String', key: 'channel', value: 'Facebook', source: 'integration' }] },
    primary_contact: { first_name: 'Anna', email: 'anna@example.com' },
  }));
  assert.deepEqual(await Customer.attributes(config, customer.uuid), {
    tags: ['vip'], custom: { channel: 'Facebook' }, stripe: {}, clearbit: {},
  });
  await takeRequests();
  // chartmogul-node's recorded createContact body.
  const data = {
    data_source_uuid: ds, customer_external_id: 'cus_1', first_name: 'First name', last_name: 'Last name', position: 9,
    title: 'Title', email: 'test@example.com', phone: '+1234567890', linked_in: 'https://linkedin.com/not_found',
    twitter: 'https://twitter.com/not_found', notes: 'Heading\nBody\nFooter',
    custom: [{ key: 'MyStringAttribute', value: 'Test' }, { key: 'MyIntegerAttribute', value: 123 }],
  };
  const contact = await Customer.createContact(config, customer.uuid, data);
  assert.match(contact.uuid, /^con_/);
  assert.deepEqual(contact, {
    ...data, uuid: contact.uuid, customer_uuid: customer.uuid, custom: { MyStringAttribute: 'Test', MyIntegerAttribute: 123 },
  });
  const page = await Customer.contacts(config, customer.uuid, { per_page: 1 });
  assert.equal(page.entries[0].first_name, 'Anna', 'the primary contact given to create');
  assert.equal(page.has_more, true);
  const all = [];
  for await (const c of Customer.contacts(config, customer.uuid, { per_page: 1 })) all.push(c.uuid);
  assert.deepEqual(all.slice(1), [contact.uuid]);
  assert.deepEqual((await Customer.contacts(config, customer.uuid)).entries.length, 2, 'chartmogul-node\'s (config, uuid)');
  const { lines, bodies } = await sent();
  assert.deepEqual(lines.slice(0, 2), [`POST /v1/customers/${customer.uuid}/contacts`, `GET /v1/customers/${customer.uuid}/contacts?per_page=1`]);
  assert.deepEqual(bodies[0], data);
});

test('connectSubscriptions and disconnectSubscriptions send the subscriptions and resolve with {}', async () => {
  const ds = await dataSource();
  const customer = await Customer.create(config, customerOf(ds, 1));
  await takeRequests();
  // chartmogul-node's recorded body, and the reference's other form, by uuid.
  const byExternalId = { subscriptions: [{ data_source_uuid: ds, external_id: 'd1c0c885' }, { data_source_uuid: ds, external_id: '9db5f4a1' }] };
  const byUuid = { subscriptions: [{ data_source_uuid: ds, uuid: 'sub_1' }, { data_source_uuid: ds, uuid: 'sub_2' }] };
  assert.deepEqual(await Customer.connectSubscriptions(config, customer.uuid, byExternalId), {});
  assert.deepEqual(await Customer.disconnectSubscriptions(config, customer.uuid, byUuid), {});
  const { lines, bodies } = await sent();
  assert.deepEqual(lines, [
    `POST /v1/customers/${customer.uuid}/connect_subscriptions`, `POST /v1/customers/${customer.uuid}/disconnect_subscriptions`,
  ]);
  assert.deepEqual(bodies, [byExternalId, byUuid]);
});
