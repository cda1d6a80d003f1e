// Customer's CRM calls against the local server: a customer's notes,
// opportunities and tasks, created (the customer's uuid, an argument, sent
// as `customer_uuid` in the body) and listed (sent in the query) a page at
// a time. The server takes any uuid starting `cus_` as a customer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Config, ConfigurationError, Customer, NotFoundError, ResourceInvalidError, SchemaInvalidError } from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
/** A customer uuid no other test has used, so its lists are this test's only. */
const customer = () => `cus_${process.pid}-${++unique}`;
const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query}`);
const bodies = (requests) => requests.map((r) => JSON.parse(r.body));

test('createNote sends the customer in the body; notes lists them by customer and type', async () => {
  const cus = customer();
  await takeRequests();
  const note = await Customer.createNote(config, cus, { type: 'note', text: 'Trial extended', author_email: 'sara@example.com' });
  assert.match(note.uuid, /^note_/);
  assert.equal(note.customer_uuid, cus);
  assert.equal(note.author, 'sara (sara@example.com)');
  // As chartmogul-node's `{ ...data, customer_uuid }`: the argument wins.
  const call = await Customer.createNote(config, cus, { customer_uuid: 'cus_other', type: 'call', call_duration: 60 });
  assert.equal(call.customer_uuid, cus);
  const page = await Customer.notes(config, cus, { type: 'call' });
  assert.deepEqual(page, { entries: [call], cursor: null, has_more: false });
  const requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/customer_notes', 'POST /v1/customer_notes', `GET /v1/customer_notes?customer_uuid=${cus}&type=call`,
  ]);
  assert.deepEqual(bodies(requests.slice(0, 2)), [
    { customer_uuid: cus, type: 'note', text: 'Trial extended', author_email: 'sara@example.com' },
    { customer_uuid: cus, type: 'call', call_duration: 60 },
  ]);
  assert.equal(requests[2].body, undefined);
  assert.deepEqual((await Customer.notes(config, customer())).entries, [], 'another customer has none');
});

test('createOpportunity sends custom fields as a list, answered as an object; opportunities filter', async () => {
  const cus = customer();
  const deal = {
    owner: 'owner@example.com', pipeline: 'New Business', pipeline_stage: 'Discovery', estimated_close_date: '2024-12-22',
    currency: 'USD', amount_in_cents: 100_000, win_likelihood: 30, custom: [{ key: 'from_campaign', value: true }],
  };
  await takeRequests();
  const created = await Customer.createOpportunity(config, cus, deal);
  assert.equal(created.customer_uuid, cus);
  assert.equal(created.amount_in_cents, 100_000);
  assert.deepEqual(created.custom, { from_campaign: true });
  const renewal = await Customer.createOpportunity(config, cus, { ...deal, pipeline: 'Renewals', custom: undefined });
  const [request] = await takeRequests();
  assert.deepEqual(JSON.parse(request.body), { ...deal, customer_uuid: cus });
  const renewals = await Customer.opportunities(config, cus, { pipeline: 'Renewals', estimated_close_date_on_or_after: '2024-01-01' });
  assert.deepEqual(renewals.entries, [renewal]);
  const early = await Customer.opportunities(config, cus, { estimated_close_date_on_or_before: '2024-06-30' });
  assert.deepEqual(early.entries, []);
  assert.deepEqual(sent(await takeRequests()), [
    `GET /v1/opportunities?customer_uuid=${cus}&pipeline=Renewals&estimated_close_date_on_or_after=2024-01-01`,
    `GET /v1/opportunities?customer_uuid=${cus}&estimated_close_date_on_or_before=2024-06-30`,
  ]);
});

test('createTask and tasks, filtered by completed', async () => {
  const cus = customer();
  const open = await Customer.createTask(config, cus, {
    task_details: 'Schedule a demo', assignee: 'sara@example.com', due_date: '2025-04-21',
  });
  assert.equal(typeof open.task_uuid, 'string');
  assert.equal(open.completed_at, null);
  const done = await Customer.createTask(config, cus, {
    task_details: 'Send the offer', assignee: 'sara@example.com', due_date: '2025-04-20', completed_at: '2025-04-19',
  });
  await takeRequests();
  assert.deepEqual((await Customer.tasks(config, cus, { completed: false })).entries, [open]);
  assert.deepEqual((await Customer.tasks(config, cus, { completed: true, assignee: 'sara@example.com' })).entries, [done]);
  assert.deepEqual(sent(await takeRequests()), [
    `GET /v1/tasks?customer_uuid=${cus}&completed=false`,
    // The query in the order given.
    `GET /v1/tasks?customer_uuid=${cus}&completed=true&assignee=sara%40example.com`,
  ]);
});

test('for await goes through every page of each list, keeping the customer and the filters', async () => {
  const cus = customer();
  const task = (i) => ({ task_details: `Task ${i}`, assignee: 'a@example.com', due_date: `2025-05-${10 + i}` });
  await Promise.all([1, 2, 3, 4, 5].map((i) => Customer.createNote(config, cus, { type: 'note', text: `Note ${i}` })));
  await Promise.all([1, 2, 3, 4, 5].map((i) => Customer.createTask(config, cus, task(i))));
  await Promise.all([1, 2, 3].map((i) => Customer.createOpportunity(config, cus, {
    owner: 'o@example.com', pipeline: 'New Business', pipeline_stage: 'Discovery', estimated_close_date: '2025-01-01',
    currency: 'EUR', amount_in_cents: i,
  })));
  await takeRequests();
  const texts = [];
  for await (const note of Customer.notes(config, cus, { type: 'note', per_page: 2 })) texts.push(note.text);
  assert.deepEqual(texts.sort(), ['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5']);
  const notePages = await takeRequests();
  assert.equal(notePages.length, 3);
  for (const { query } of notePages) {
    const params = new URLSearchParams(query);
    assert.deepEqual([params.get('customer_uuid'), params.get('type'), params.get('per_page')], [cus, 'note', '2']);
  }
  const due = [];
  for await (const t of Customer.tasks(config, cus, { due_date_on_or_after: '2025-05-12', per_page: 1 })) due.push(t.due_date);
  assert.deepEqual(due.sort(), ['2025-05-12', '2025-05-13', '2025-05-14', '2025-05-15']);
  const amounts = [];
  for await (const o of Customer.opportunities(config, cus, { per_page: 2 })) amounts.push(o.amount_in_cents);
  assert.deepEqual(amounts.sort(), [1, 2, 3]);
  assert.equal((await takeRequests()).length, 4 + 2);
});

test('ChartMogul\'s 422 for an unknown customer, 404 for listing one; the server\'s own 422 for a missing field', async () => {
  const task = { task_details: 'x', assignee: 'a@example.com', due_date: '2025-01-01' };
  await assert.rejects(Customer.createTask(config, 'nobody', task), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.customer_uuid === 'Customer not found');
  await assert.rejects(Customer.createNote(config, 'nobody', { type: 'note' }), ResourceInvalidError);
  await assert.rejects(Customer.createOpportunity(config, 'nobody', {
    owner: 'o', pipeline: 'p', pipeline_stage: 's', estimated_close_date: '2025-01-01', currency: 'USD', amount_in_cents: 1,
  }), ResourceInvalidError);
  for (const list of [Customer.notes, Customer.opportunities, Customer.tasks]) {
    await assert.rejects(list(config, 'nobody'), (e) => e instanceof NotFoundError && /Customer not found/.test(e.message));
  }
  // A task without its fields (the package sends it as given) is ChartMogul's 422 for each.
  const raw = await fetch(`${BASE}/v1/tasks`, {
    method: 'POST', headers: { authorization: `Basic ${btoa(`${KEY}:`)}` }, body: JSON.stringify({ customer_uuid: customer() }),
  });
  assert.equal(raw.status, 422);
  assert.deepEqual(Object.keys((await raw.json()).errors), ['task_details', 'assignee', 'due_date']);
});

test('what cannot be sent is refused before sending; any other input is sent as given, ChartMogul\'s 4xx the error', async () => {
  const cus = customer();
  const deal = {
    owner: 'o@example.com', pipeline: 'p', pipeline_stage: 's', estimated_close_date: '2025-01-01', currency: 'USD', amount_in_cents: 1,
  };
  const withoutCurrency = { ...deal };
  delete withoutCurrency.currency;
  const task = { task_details: 'x', assignee: 'a@example.com', due_date: '2025-01-01' };
  await takeRequests();
  // Each call made only when its turn comes: a failed assertion leaves no rejection unhandled.
  const refused = [
    ...['', ' ', undefined, 7].flatMap((uuid) => [
      () => Customer.notes(config, uuid), () => Customer.opportunities(config, uuid, {}), () => Customer.tasks(config, uuid),
      () => Customer.createNote(config, uuid, { type: 'note' }), () => Customer.createOpportunity(config, uuid, deal),
      () => Customer.createTask(config, uuid, task),
    ].map((call) => [call, /customer_uuid must be a non-empty string/])),
    // In a list's own query, the uuid fills a template as a path's does.
    ...['.', '..'].flatMap((uuid) => [
      () => Customer.notes(config, uuid), () => Customer.opportunities(config, uuid, {}), () => Customer.tasks(config, uuid),
    ].map((call) => [call, /customer_uuid must not be `\.` or `\.\.`/])),
    [() => Customer.createNote(config, cus), /data must be an object/],
    [() => Customer.createTask(config, cus, [task]), /data must be an object/],
    [() => Customer.createOpportunity(config, cus, { ...deal, amount_in_cents: 1n }), /data cannot be sent as JSON/],
    // The path's own query takes customer_uuid: another one cannot go beside it.
    [() => Customer.notes(config, cus, { customer_uuid: cus }), /customer_uuid/],
    [() => Customer.tasks(config, cus, { customer_uuid: 'cus_other' }), /customer_uuid/],
    [() => Customer.opportunities(config, cus, 'stage=x'), /query must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');

  // Sent as given (the customer's uuid put in): what ChartMogul refuses is its 422 or 400.
  const blank = (field) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors[field] === `${field} can't be blank`;
  const perPage = (e) => e instanceof SchemaInvalidError && e.httpStatus === 400 && /per_page/.test(e.response.message);
  await assert.rejects(Customer.createNote(config, cus, { text: 'no type' }), blank('type'));
  await assert.rejects(Customer.createOpportunity(config, cus, withoutCurrency), blank('currency'));
  await assert.rejects(Customer.createTask(config, cus, { ...task, due_date: '' }), blank('due_date'));
  await assert.rejects(Customer.notes(config, cus, { per_page: 500 }), perPage);
  await assert.rejects(Customer.tasks(config, cus, { per_page: 0 }), perPage);
  // What it takes is answered as it answers, values of any type kept.
  const typo = await Customer.createNote(config, cus, { type: 'note', txt: 'typo' });
  assert.equal(typo.text, '');
  assert.equal((await Customer.createNote(config, cus, { type: 'call', call_duration: 'long' })).call_duration, 'long');
  const odd = await Customer.createOpportunity(config, cus, { ...deal, owner: ' ', amount_in_cents: '1', win_likelihood: 101 });
  assert.deepEqual([odd.owner, odd.amount_in_cents, odd.win_likelihood], [' ', '1', 101]);
  assert.deepEqual((await Customer.opportunities(config, cus, { stage: 'x' })).entries, [odd]);
  assert.deepEqual((await Customer.tasks(config, cus, { completed: 'yes' })).entries, []);
  const requests = await takeRequests();
  assert.deepEqual(sent(requests), [
    'POST /v1/customer_notes', 'POST /v1/opportunities', 'POST /v1/tasks',
    `GET /v1/customer_notes?customer_uuid=${cus}&per_page=500`, `GET /v1/tasks?customer_uuid=${cus}&per_page=0`,
    'POST /v1/customer_notes', 'POST /v1/customer_notes', 'POST /v1/opportunities',
    `GET /v1/opportunities?customer_uuid=${cus}&stage=x`, `GET /v1/tasks?customer_uuid=${cus}&completed=yes`,
  ]);
  const posted = requests.filter((r) => r.method === 'POST');
  assert.deepEqual(bodies(posted), [
    { text: 'no type', customer_uuid: cus }, { ...withoutCurrency, customer_uuid: cus }, { ...task, due_date: '', customer_uuid: cus },
    { type: 'note', txt: 'typo', customer_uuid: cus }, { type: 'call', call_duration: 'long', customer_uuid: cus },
    { ...deal, owner: ' ', amount_in_cents: '1', win_likelihood: 101, customer_uuid: cus },
  ]);
});
