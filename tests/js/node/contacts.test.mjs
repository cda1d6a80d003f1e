// Contact's methods against the local server, with chartmogul-node's
// argument shapes: contacts of customers made with Customer.create, each
// request as sent, each answer, each 4xx as its error class; what cannot be
// sent refused before sending, any other input sent as given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Contact, Customer, DataSource, NotFoundError, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;
const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query}`);
const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && /Contact not found/.test(e.message);

/** A customer of a data source of its own: `{ ds, cus }`. */
async function customer() {
  const ds = (await DataSource.create(config, { name: fresh('Contacts test') })).uuid;
  const cus = (await Customer.create(config, { data_source_uuid: ds, external_id: fresh('cus') })).uuid;
  return { ds, cus };
}

test('create sends the customer in the body, null kept and undefined left out; retrieve, modify, destroy', async () => {
  const { ds, cus } = await customer();
  await takeRequests();
  // chartmogul-node's recorded create body, less its made-up uuids.
  const data = {
    customer_uuid: cus, data_source_uuid: ds, data_source_customer_external_id: 'scus_1', external_id: null,
    first_name: 'First name', last_name: 'Last name', position: 9, title: 'Title', email: 'test@example.com',
    phone: '+1234567890', linked_in: 'https://linkedin.com/not_found', twitter: 'https://twitter.com/not_found',
    notes: 'Heading\nBody\nFooter', custom: [{ key: 'Booleanz', value: false }, { key: 'MyIntegerAttribute', value: 123 }],
  };
  const contact = await Contact.create(config, { ...data, twitter: undefined });
  assert.match(contact.uuid, /^con_/);
  assert.equal(contact.customer_uuid, cus);
  assert.equal(contact.position, 9);
  assert.equal(contact.twitter, null);
  assert.deepEqual(contact.custom, { Booleanz: false, MyIntegerAttribute: 123 });
  const [create] = await takeRequests();
  assert.deepEqual(sent([create]), ['POST /v1/contacts']);
  const { twitter, ...withoutTwitter } = data;
  assert.deepEqual(JSON.parse(create.body), withoutTwitter);
  assert.ok(create.body.includes('"external_id":null'));

  assert.deepEqual(await Contact.retrieve(config, contact.uuid), contact);
  const changed = await Contact.modify(config, contact.uuid, { email: 'test2@example.com', external_id: 'contact_002' });
  assert.equal(changed.email, 'test2@example.com');
  assert.equal(changed.external_id, 'contact_002');
  const cleared = await Contact.modify(config, contact.uuid, { external_id: null, custom: [{ key: 'Booleanz', value: true }] });
  assert.equal(cleared.external_id, null);
  assert.deepEqual(cleared.custom, { Booleanz: true, MyIntegerAttribute: 123 });
  assert.deepEqual(await Contact.destroy(config, contact.uuid), {});
  await assert.rejects(Contact.retrieve(config, contact.uuid), notFound);
  const requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    `GET /v1/contacts/${contact.uuid}`, `PATCH /v1/contacts/${contact.uuid}`, `PATCH /v1/contacts/${contact.uuid}`,
    `DELETE /v1/contacts/${contact.uuid}`, `GET /v1/contacts/${contact.uuid}`,
  ]);
  assert.deepEqual(requests.slice(1, 3).map((r) => JSON.parse(r.body)), [
    { email: 'test2@example.com', external_id: 'contact_002' },
    { external_id: null, custom: [{ key: 'Booleanz', value: true }] },
  ]);
});

test('all filters by customer, data source, customer external id and email; for await goes through every page', async () => {
  const one = await customer();
  const other = await customer();
  const email = `${fresh('c')}@example.com`;
  const make = (owner, i) => Contact.create(config, { customer_uuid: owner.cus, data_source_uuid: owner.ds, first_name: `C${i}`, email });
  for (const i of [1, 2, 3, 4, 5]) await make(one, i);
  const theirs = await make(other, 6);
  await takeRequests();
  const page = await Contact.all(config, { customer_uuid: other.cus, email });
  assert.deepEqual(page, { entries: [theirs], cursor: null, has_more: false });
  assert.deepEqual((await Contact.all(config, { data_source_uuid: other.ds })).entries, [theirs]);
  assert.deepEqual((await Contact.all(config, { customer_external_id: theirs.customer_external_id })).entries, [theirs]);
  assert.deepEqual(sent(await takeRequests()), [
    `GET /v1/contacts?customer_uuid=${other.cus}&email=${encodeURIComponent(email)}`,
    `GET /v1/contacts?data_source_uuid=${other.ds}`,
    `GET /v1/contacts?customer_external_id=${theirs.customer_external_id}`,
  ]);
  const names = [];
  for await (const contact of Contact.all(config, { email, per_page: 2 })) names.push(contact.first_name);
  assert.deepEqual(names, ['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
  const pages = await takeRequests();
  assert.equal(pages.length, 3);
  assert.ok(pages.every(({ query }) => new URLSearchParams(query).get('email') === email));
  assert.equal(new URLSearchParams(pages[2].query).has('cursor'), true);
});

test('merge moves the fields `into` lacks from `from`, which is gone, and answers `into`', async () => {
  const { ds, cus } = await customer();
  const into = await Contact.create(config, { customer_uuid: cus, data_source_uuid: ds, first_name: 'Adam', email: 'adam@example.com' });
  const from = await Contact.create(config, {
    customer_uuid: cus, data_source_uuid: ds, first_name: 'A.', phone: '+1234567890', custom: [{ key: 'seats', value: 3 }],
  });
  await takeRequests();
  const merged = await Contact.merge(config, into.uuid, from.uuid);
  assert.deepEqual(merged, { ...into, phone: '+1234567890', custom: { seats: 3 } });
  const [request] = await takeRequests();
  assert.deepEqual(sent([request]), [`POST /v1/contacts/${into.uuid}/merge/${from.uuid}`]);
  assert.equal(request.body, undefined);
  await assert.rejects(Contact.retrieve(config, from.uuid), notFound);
  await assert.rejects(Contact.merge(config, into.uuid, from.uuid), notFound);
});

test('ChartMogul\'s 404 for an unknown contact and 422 for an unknown customer or data source', async () => {
  const { ds, cus } = await customer();
  const missing = 'con_00000000-0000-0000-0000-000000000000';
  for (const call of [
    () => Contact.retrieve(config, missing), () => Contact.modify(config, missing, { email: 'x@example.com' }),
    () => Contact.destroy(config, missing), () => Contact.merge(config, missing, missing),
  ]) await assert.rejects(call(), notFound);
  await assert.rejects(Contact.create(config, { customer_uuid: 'cus_nobody', data_source_uuid: ds }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.customer_uuid === 'Customer not found');
  await assert.rejects(Contact.create(config, { customer_uuid: cus, data_source_uuid: 'ds_other' }), (e) =>
    e instanceof ResourceInvalidError && 'data_source_uuid' in e.response.errors);
  // A create without customer or data source (the package sends it as given) is ChartMogul's 422 for both.
  const raw = await fetch(`${BASE}/v1/contacts`, {
    method: 'POST', headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }, body: JSON.stringify({ first_name: 'x' }),
  });
  assert.equal(raw.status, 422);
  assert.deepEqual(Object.keys((await raw.json()).errors), ['customer_uuid', 'data_source_uuid']);
});

test('what cannot be sent is refused before sending; any other input is sent as given, ChartMogul\'s 4xx the error', async () => {
  await takeRequests();
  const refused = [
    ...['', ' ', undefined, 7, '..'].flatMap((uuid) => [
      [() => Contact.retrieve(config, uuid), /uuid must (be a non-empty string|not be `\.` or `\.\.`)/],
      [() => Contact.modify(config, uuid, { email: 'x' }), /uuid must (be a non-empty string|not be `\.` or `\.\.`)/],
      [() => Contact.destroy(config, uuid), /uuid must (be a non-empty string|not be `\.` or `\.\.`)/],
      [() => Contact.merge(config, uuid, 'con_1'), /into_uuid must (be a non-empty string|not be `\.` or `\.\.`)/],
      [() => Contact.merge(config, 'con_1', uuid), /from_uuid must (be a non-empty string|not be `\.` or `\.\.`)/],
    ]),
    [() => Contact.create(config), /data must be an object/],
    [() => Contact.create(config, [{ first_name: 'x' }]), /data must be an object/],
    [() => Contact.create(config, { first_name: 'x', qs: 'a=1' }), /data\.qs must be an object/],
    [() => Contact.create(config, { first_name: 'x', position: 9n }), /data cannot be sent as JSON/],
    [() => Contact.modify(config, 'con_1'), /data must be an object/],
    [() => Contact.all(config, 'email=x'), /query must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');

  // Sent as given: a field missing or blank is ChartMogul's 422.
  const data = { customer_uuid: 'cus_1', data_source_uuid: 'ds_1' };
  const unprocessable = (...fields) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 &&
    fields.every((f) => typeof e.response.errors[f] === 'string');
  const given = [
    [{ data_source_uuid: 'ds_1' }, unprocessable('customer_uuid')],
    [{ ...data, customer_uuid: ' ' }, unprocessable('customer_uuid')],
    [{ ...data, data_source_uuid: '' }, unprocessable('data_source_uuid')],
  ];
  for (const [body, rejected] of given) await assert.rejects(Contact.create(config, body), rejected, JSON.stringify(body));
  assert.deepEqual((await takeRequests()).map((r) => [sent([r])[0], JSON.parse(r.body)]), given.map(([body]) => ['POST /v1/contacts', body]));

  // Unknown fields and values of any type go as given, and the answer comes back as sent.
  const { ds, cus } = await customer();
  await takeRequests();
  const odd = { customer_uuid: cus, data_source_uuid: ds, frist_name: 'typo', position: '9', external_id: 7 };
  const made = await Contact.create(config, odd);
  assert.equal(made.position, '9', 'a string stays a string');
  assert.equal(made.external_id, 7);
  const moved = await Contact.modify(config, made.uuid, { customer_uuid: 'cus_2', email: 'moved@example.com' });
  assert.equal(moved.customer_uuid, cus, 'ChartMogul does not move a contact by modify');
  assert.equal(moved.email, 'moved@example.com');
  await assert.rejects(Contact.all(config, { per_page: 201 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  assert.deepEqual((await Contact.all(config, { name: 'x', customer_uuid: cus })).entries.map((c) => c.uuid), [made.uuid]);
  assert.deepEqual((await Contact.all(config, { email: 1 })).entries, []);
  const requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/contacts', `PATCH /v1/contacts/${made.uuid}`, 'GET /v1/contacts?per_page=201',
    `GET /v1/contacts?name=x&customer_uuid=${cus}`, 'GET /v1/contacts?email=1',
  ]);
  assert.deepEqual(JSON.parse(requests[0].body), odd);
  assert.deepEqual(JSON.parse(requests[1].body), { customer_uuid: 'cus_2', email: 'moved@example.com' });
});
