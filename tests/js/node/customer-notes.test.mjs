// CustomerNote's methods against the local server, with chartmogul-node's
// argument shapes: the customer named in the body (create) or the query
// (all), each request as sent, each answer, each 4xx as its error class;
// what cannot be sent refused before sending, any other input sent as
// given. The server takes any uuid starting `cus_` as a customer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Customer, CustomerNote, NotFoundError, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;
const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query}`);
const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && /Customer note not found/.test(e.message);

test('create sends the customer in the body; retrieve, patch and destroy by uuid', async () => {
  const cus = fresh('cus');
  await takeRequests();
  // chartmogul-node's recorded create body.
  const note = await CustomerNote.create(config, { customer_uuid: cus, type: 'note', text: 'This is a note' });
  assert.match(note.uuid, /^note_/);
  assert.deepEqual([note.customer_uuid, note.type, note.text], [cus, 'note', 'This is a note']);
  assert.deepEqual(await CustomerNote.retrieve(config, note.uuid), note);
  const patched = await CustomerNote.patch(config, note.uuid, { text: 'Trial extended', author_email: 'sara@example.com' });
  assert.deepEqual([patched.uuid, patched.text, patched.author], [note.uuid, 'Trial extended', 'sara (sara@example.com)']);
  assert.deepEqual(await CustomerNote.destroy(config, note.uuid), {});
  await assert.rejects(CustomerNote.retrieve(config, note.uuid), notFound);
  const requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/customer_notes', `GET /v1/customer_notes/${note.uuid}`, `PATCH /v1/customer_notes/${note.uuid}`,
    `DELETE /v1/customer_notes/${note.uuid}`, `GET /v1/customer_notes/${note.uuid}`,
  ]);
  assert.deepEqual(JSON.parse(requests[0].body), { customer_uuid: cus, type: 'note', text: 'This is a note' });
  assert.deepEqual(JSON.parse(requests[2].body), { text: 'Trial extended', author_email: 'sara@example.com' });
});

test('all lists any customer\'s notes, by author and type; with customer_uuid, the customer\'s, as Customer.notes does', async () => {
  const [one, other] = [fresh('cus'), fresh('cus')];
  const author_email = `${fresh('a')}@example.com`;
  for (const [cus, type, text] of [[one, 'note', 'N1'], [one, 'call', 'C1'], [other, 'call', 'C2'], [one, 'note', 'N2']]) {
    await CustomerNote.create(config, { customer_uuid: cus, type, text, author_email });
  }
  await takeRequests();
  const calls = await CustomerNote.all(config, { author_email, type: 'call' });
  assert.deepEqual(calls.entries.map((n) => n.text), ['C1', 'C2']);
  assert.deepEqual([calls.cursor, calls.has_more], [null, false]);
  const ofOne = await CustomerNote.all(config, { customer_uuid: one, type: 'note' });
  assert.deepEqual(ofOne.entries.map((n) => n.text), ['N1', 'N2']);
  assert.deepEqual(await Customer.notes(config, one, { type: 'note' }), ofOne);
  assert.deepEqual(sent(await takeRequests()), [
    // The query in the order given.
    `GET /v1/customer_notes?author_email=${encodeURIComponent(author_email)}&type=call`,
    `GET /v1/customer_notes?customer_uuid=${one}&type=note`,
    `GET /v1/customer_notes?customer_uuid=${one}&type=note`,
  ]);
  const texts = [];
  for await (const note of CustomerNote.all(config, { author_email, per_page: 1 })) texts.push(note.text);
  assert.deepEqual(texts, ['N1', 'C1', 'C2', 'N2']);
  const pages = await takeRequests();
  assert.equal(pages.length, 4);
  assert.ok(pages.every(({ query }) => new URLSearchParams(query).get('per_page') === '1'));
});

test('ChartMogul\'s 404 for an unknown note or customer and 422 for a create it cannot make', async () => {
  const missing = 'note_00000000-0000-0000-0000-000000000000';
  for (const call of [
    () => CustomerNote.retrieve(config, missing), () => CustomerNote.patch(config, missing, { text: 'x' }),
    () => CustomerNote.destroy(config, missing),
  ]) await assert.rejects(call(), notFound);
  await assert.rejects(CustomerNote.all(config, { customer_uuid: 'nobody' }), NotFoundError);
  await assert.rejects(CustomerNote.create(config, { customer_uuid: 'nobody', type: 'note' }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.customer_uuid === 'Customer not found');
});

test('what cannot be sent is refused before sending; any other input is sent as given, ChartMogul\'s 4xx the error', async () => {
  const cus = fresh('cus');
  await takeRequests();
  const refused = [
    ...['', ' ', undefined, 7, '..'].flatMap((uuid) => [
      () => CustomerNote.retrieve(config, uuid), () => CustomerNote.patch(config, uuid, { text: 'x' }),
      () => CustomerNote.destroy(config, uuid),
    ].map((call) => [call, /uuid must (be a non-empty string|not be `\.` or `\.\.`)/])),
    [() => CustomerNote.create(config), /data must be an object/],
    [() => CustomerNote.create(config, [{ customer_uuid: cus, type: 'note' }]), /data must be an object/],
    [() => CustomerNote.create(config, { customer_uuid: cus, type: 'note', qs: 7 }), /data\.qs must be an object/],
    [() => CustomerNote.patch(config, 'note_1'), /data must be an object/],
    [() => CustomerNote.patch(config, 'note_1', { call_duration: 1n }), /data cannot be sent as JSON/],
    [() => CustomerNote.all(config, 'per_page=1'), /query must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');

  // Sent as given: ChartMogul's 422 for a create it cannot make, 400 for a per_page out of range, 404 for no such customer.
  const creates = [
    [{ type: 'note' }, 'customer_uuid', "customer_uuid can't be blank"],
    [{ customer_uuid: ' ', type: 'note' }, 'customer_uuid', 'Customer not found'],
    [{ customer_uuid: cus, type: '' }, 'type', "type can't be blank"],
  ];
  for (const [body, field, message] of creates) {
    await assert.rejects(CustomerNote.create(config, body), (e) =>
      e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors[field] === message, JSON.stringify(body));
  }
  await assert.rejects(CustomerNote.all(config, { per_page: 0 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  await assert.rejects(CustomerNote.all(config, { customer_uuid: 7 }), (e) => e instanceof NotFoundError && e.httpStatus === 404);
  let requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/customer_notes', 'POST /v1/customer_notes', 'POST /v1/customer_notes',
    'GET /v1/customer_notes?per_page=0', 'GET /v1/customer_notes?customer_uuid=7',
  ]);
  assert.deepEqual(requests.slice(0, 3).map((r) => JSON.parse(r.body)), creates.map(([body]) => body));

  // What ChartMogul takes, with unknown fields and values of any type, answered as it answers.
  const note = await CustomerNote.create(config, { customer_uuid: cus, type: 'note', txt: 'typo' });
  assert.deepEqual([note.customer_uuid, note.type, note.text], [cus, 'note', '']);
  assert.equal((await CustomerNote.patch(config, note.uuid, { call_duration: 'long' })).call_duration, 'long');
  assert.equal((await CustomerNote.patch(config, note.uuid, { type: 'call' })).type, 'note', 'a note\'s type is not changed');
  assert.ok((await CustomerNote.all(config, { customer: cus })).entries.some((n) => n.uuid === note.uuid));
  requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/customer_notes', `PATCH /v1/customer_notes/${note.uuid}`, `PATCH /v1/customer_notes/${note.uuid}`,
    `GET /v1/customer_notes?customer=${cus}`,
  ]);
  assert.deepEqual(requests.slice(0, 3).map((r) => JSON.parse(r.body)), [
    { customer_uuid: cus, type: 'note', txt: 'typo' }, { call_duration: 'long' }, { type: 'call' },
  ]);
});
