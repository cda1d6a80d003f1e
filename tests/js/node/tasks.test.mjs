// Task's methods against the local server, with chartmogul-node's argument
// shapes: the customer named in the body (create) or the query (all), each
// request as sent, each answer, each 4xx as its error class; what cannot be
// sent refused before sending, any other input sent as given. The server
// takes any uuid starting `cus_` as a customer; a task's id is `task_uuid`, as the reference shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Customer, NotFoundError, ResourceInvalidError, SchemaInvalidError, Task,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;
const sent = (requests) => requests.map((r) => `${r.method} ${r.path}${r.query}`);
const notFound = (e) => e instanceof NotFoundError && e.httpStatus === 404 && /Task not found/.test(e.message);
const todo = (customer_uuid, more = {}) => ({
  customer_uuid, assignee: 'customer@example.com', task_details: 'This is some task details text.',
  due_date: '2025-04-30', ...more,
});

test('create, retrieve, patch (completed_at null opens it again) and destroy', async () => {
  const cus = fresh('cus');
  await takeRequests();
  const task = await Task.create(config, todo(cus, { completed_at: '2025-04-20' }));
  assert.equal(typeof task.task_uuid, 'string');
  assert.deepEqual([task.customer_uuid, task.completed_at], [cus, '2025-04-20']);
  assert.deepEqual(await Task.retrieve(config, task.task_uuid), task);
  const reopened = await Task.patch(config, task.task_uuid, { task_details: 'Other details', completed_at: null });
  assert.deepEqual([reopened.task_details, reopened.completed_at], ['Other details', null]);
  assert.deepEqual(await Task.destroy(config, task.task_uuid), {});
  await assert.rejects(Task.retrieve(config, task.task_uuid), notFound);
  const requests = await takeRequests();
  const at = `/v1/tasks/${task.task_uuid}`;
  assert.deepEqual(sent(requests), ['POST /v1/tasks', `GET ${at}`, `PATCH ${at}`, `DELETE ${at}`, `GET ${at}`]);
  assert.deepEqual(JSON.parse(requests[0].body), todo(cus, { completed_at: '2025-04-20' }));
  assert.equal(requests[2].body, '{"task_details":"Other details","completed_at":null}');
});

test('all filters by assignee, due date and completed; with customer_uuid, the customer\'s; for await', async () => {
  const [one, other] = [fresh('cus'), fresh('cus')];
  const assignee = `${fresh('a')}@example.com`;
  await Task.create(config, todo(one, { assignee, task_details: 'T1', due_date: '2025-05-01' }));
  await Task.create(config, todo(one, { assignee, task_details: 'T2', due_date: '2025-05-10', completed_at: '2025-05-09' }));
  await Task.create(config, todo(other, { assignee, task_details: 'T3', due_date: '2025-05-20' }));
  await takeRequests();
  const details = async (query) => (await Task.all(config, { assignee, ...query })).entries.map((t) => t.task_details);
  assert.deepEqual(await details({ completed: false }), ['T1', 'T3']);
  assert.deepEqual(await details({ due_date_on_or_after: '2025-05-05', due_date_on_or_before: '2025-05-15' }), ['T2']);
  assert.deepEqual(await details({ customer_uuid: other }), ['T3']);
  assert.deepEqual((await Customer.tasks(config, other, { assignee })).entries.map((t) => t.task_details), ['T3']);
  const a = encodeURIComponent(assignee);
  assert.deepEqual(sent(await takeRequests()), [
    `GET /v1/tasks?assignee=${a}&completed=false`,
    `GET /v1/tasks?assignee=${a}&due_date_on_or_after=2025-05-05&due_date_on_or_before=2025-05-15`,
    // The query in the order given; Customer.tasks' customer_uuid is its path's own, first.
    `GET /v1/tasks?assignee=${a}&customer_uuid=${other}`,
    `GET /v1/tasks?customer_uuid=${other}&assignee=${a}`,
  ]);
  const all = [];
  for await (const task of Task.all(config, { assignee, per_page: 2 })) all.push(task.task_details);
  assert.deepEqual(all, ['T1', 'T2', 'T3']);
  assert.equal((await takeRequests()).length, 2);
});

test('ChartMogul\'s 404 for an unknown task or customer, 422 for a create it cannot make', async () => {
  const missing = '00000000-0000-0000-0000-000000000000';
  for (const call of [
    () => Task.retrieve(config, missing), () => Task.patch(config, missing, { assignee: 'x@example.com' }),
    () => Task.destroy(config, missing),
  ]) await assert.rejects(call(), notFound);
  await assert.rejects(Task.all(config, { customer_uuid: 'nobody' }), NotFoundError);
  await assert.rejects(Task.create(config, todo('nobody')), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.customer_uuid === 'Customer not found');
});

test('what cannot be sent is refused before sending; any other input is sent as given, ChartMogul\'s 4xx the error', async () => {
  const cus = fresh('cus');
  const withoutDue = todo(cus);
  delete withoutDue.due_date;
  await takeRequests();
  const refused = [
    ...['', ' ', undefined, 7, '..'].flatMap((uuid) => [
      () => Task.retrieve(config, uuid), () => Task.patch(config, uuid, { assignee: 'x' }), () => Task.destroy(config, uuid),
    ].map((call) => [call, /uuid must (be a non-empty string|not be `\.` or `\.\.`)/])),
    [() => Task.create(config), /data must be an object/],
    [() => Task.create(config, [todo(cus)]), /data must be an object/],
    [() => Task.patch(config, 't_1'), /data must be an object/],
    [() => Task.patch(config, 't_1', { due_date: '2025-01-01', qs: [] }), /data\.qs must be an object/],
    [() => Task.all(config, 'completed=true'), /query must be an object/],
    // The path's own query takes customer_uuid: it is the call's argument.
    [() => Customer.tasks(config, cus, { customer_uuid: cus }), /unknown field `customer_uuid`: it is this call's argument/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');

  // Sent as given: what ChartMogul refuses is its 422 (a field missing or blank, no such customer) or 400 (per_page).
  const creates = [
    [withoutDue, 'due_date', "due_date can't be blank"],
    [todo(''), 'customer_uuid', "customer_uuid can't be blank"],
    [todo(' '), 'customer_uuid', 'Customer not found'],
    [todo(cus, { task_details: '' }), 'task_details', "task_details can't be blank"],
  ];
  for (const [body, field, message] of creates) {
    await assert.rejects(Task.create(config, body), (e) =>
      e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors[field] === message, JSON.stringify(body));
  }
  await assert.rejects(Task.all(config, { per_page: 500 }), (e) => e instanceof SchemaInvalidError && e.httpStatus === 400);
  let requests = await takeRequests();
  assert.deepEqual(sent(requests), [...creates.map(() => 'POST /v1/tasks'), 'GET /v1/tasks?per_page=500']);
  assert.deepEqual(requests.slice(0, creates.length).map((r) => JSON.parse(r.body)), creates.map(([body]) => body));

  // What it takes, unknown fields and values of any type, is answered as it answers.
  const task = await Task.create(config, todo(cus, { task_details: ' ', asignee: 'typo' }));
  assert.deepEqual([task.customer_uuid, task.task_details, task.assignee], [cus, ' ', 'customer@example.com']);
  await assert.rejects(Task.patch(config, task.task_uuid, { due_date: '' }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && e.response.errors.due_date === "due_date can't be blank");
  assert.equal((await Task.patch(config, task.task_uuid, { completed_at: false })).completed_at, false);
  assert.equal((await Task.patch(config, task.task_uuid, { customer_uuid: 'cus_other' })).customer_uuid, cus, 'a task stays its customer\'s');
  // completed is ChartMogul's to read: `yes` is not `true`, so open tasks, and this one has a completed_at.
  assert.deepEqual((await Task.all(config, { completed: 'yes', customer_uuid: cus })).entries, []);
  assert.deepEqual((await Task.all(config, { estimated_close_date_on_or_before: '2025-01-01', customer_uuid: cus })).entries.length, 1);
  requests = await takeRequests();
  const at = `/v1/tasks/${task.task_uuid}`;
  assert.deepEqual(sent(requests), [
    'POST /v1/tasks', `PATCH ${at}`, `PATCH ${at}`, `PATCH ${at}`, `GET /v1/tasks?completed=yes&customer_uuid=${cus}`,
    `GET /v1/tasks?estimated_close_date_on_or_before=2025-01-01&customer_uuid=${cus}`,
  ]);
  assert.deepEqual(requests.slice(0, 4).map((r) => JSON.parse(r.body)), [
    todo(cus, { task_details: ' ', asignee: 'typo' }), { due_date: '' }, { completed_at: false }, { customer_uuid: 'cus_other' },
  ]);
});
