// The package's command line (`npx chartmogul-wasm …`), installed from the
// tarball, against the local server: every command, its JSON, its exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASE, CLOSED_BASE, DOCUMENTED, KEY, takeRequests } from './helpers.mjs';

const BIN = join(process.cwd(), 'node_modules/.bin/chartmogul-wasm');

/** Runs the CLI; resolves with { code, stdout, stderr } (JSON parsed when it is). */
function cli(args, env = { CHARTMOGUL_API_KEY: KEY, CHARTMOGUL_API_BASE: BASE }, stdin = '') {
  return new Promise((resolve) => {
    const child = execFile(BIN, args, { env: { PATH: process.env.PATH, ...env } }, (error, stdout, stderr) => {
      const parse = (text) => { try { return JSON.parse(text); } catch { return text; } };
      resolve({ code: error ? error.code : 0, stdout: parse(stdout), stderr: parse(stderr) });
    });
    child.stdin.end(stdin);
  });
}

/** Runs the CLI and closes its stdout after the first line, as `| head -1` does. */
function firstLineThenClose(args) {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { env: { PATH: process.env.PATH, CHARTMOGUL_API_KEY: KEY, CHARTMOGUL_API_BASE: BASE } });
    let out = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ line: out.split('\n')[0], code, stderr }));
  });
}

test('retrieve prints the data source as JSON, with the flags', async () => {
  const { code, stdout } = await cli(['data-sources', 'retrieve', DOCUMENTED.uuid, '--with-processing-status']);
  assert.equal(code, 0);
  assert.deepEqual(stdout, { ...DOCUMENTED, processing_status: { processed: 61, pending: 8, failed: 3 } });
});

test('list filters by --name and --system', async () => {
  const { code, stdout } = await cli(['data-sources', 'list', '--system', 'Custom', '--name', 'In-house billing']);
  assert.equal(code, 0);
  assert.deepEqual(stdout, { data_sources: [DOCUMENTED] });
});

test('create then destroy', async () => {
  const name = `CLI source ${process.pid}`;
  const created = await cli(['data-sources', 'create', '--name', name]);
  assert.equal(created.code, 0);
  assert.equal(created.stdout.name, name);
  const destroyed = await cli(['data-sources', 'destroy', created.stdout.uuid]);
  assert.deepEqual([destroyed.code, destroyed.stdout], [0, {}]);
  const again = await cli(['data-sources', 'destroy', created.stdout.uuid]);
  assert.equal(again.code, 4);
  assert.equal(again.stderr.error, 'NotFoundError');
});

test('ping, account, plans and --data: commands come from the table', async () => {
  assert.deepEqual((await cli(['ping'])).stdout, { data: 'pong!' });
  const account = await cli(['account', 'retrieve', '--include', 'churn_recognition']);
  assert.equal(account.code, 0);
  assert.equal(account.stdout.churn_recognition, 'immediate');
  const name = `CLI data ${process.pid}`;
  const created = await cli(['data-sources', 'create', '--data', JSON.stringify({ name })]);
  assert.equal(created.code, 0);
  assert.equal(created.stdout.name, name);
  assert.equal((await cli(['data-sources', 'destroy', created.stdout.uuid])).code, 0);
  const plan = await cli(['plans', 'create', '--data-source-uuid', DOCUMENTED.uuid, '--name', name,
    '--interval-count', '3', '--interval-unit', 'month']);
  assert.equal(plan.code, 0, JSON.stringify(plan.stderr));
  assert.equal(plan.stdout.interval_count, 3, 'a number flag is sent as a number');
  const page = await cli(['plans', 'list', '--data-source-uuid', DOCUMENTED.uuid, '--per-page', '200']);
  assert.ok(page.stdout.plans.some((p) => p.uuid === plan.stdout.uuid));
  const group = await cli(['plan-groups', 'create', '--name', name, '--plans', plan.stdout.uuid]);
  assert.equal(group.code, 0, JSON.stringify(group.stderr));
  assert.equal(group.stdout.plans_count, 1, 'a list flag is sent as a list');
  const groupPlans = await cli(['plan-groups', 'list', group.stdout.uuid]);
  assert.deepEqual(groupPlans.stdout.plans.map((p) => p.uuid), [plan.stdout.uuid], 'the overload taking a uuid');
  assert.ok((await cli(['plan-groups', 'list'])).stdout.plan_groups.some((g) => g.uuid === group.stdout.uuid));
  assert.equal((await cli(['plans', 'destroy', plan.stdout.uuid])).code, 0);
  // A flag's value is sent as given: ChartMogul's 400 is the error.
  await takeRequests();
  const badFlag = await cli(['data-sources', 'retrieve', DOCUMENTED.uuid, '--with-processing-status', 'maybe']);
  assert.equal(badFlag.code, 5, JSON.stringify(badFlag.stderr));
  assert.equal(badFlag.stderr.error, 'SchemaInvalidError');
  assert.match(badFlag.stderr.message, /with_processing_status must be true or false/);
  assert.deepEqual((await takeRequests()).map((r) => `${r.path}${r.query}`),
    [`/v1/data_sources/${DOCUMENTED.uuid}?with_processing_status=maybe`]);
});

test('customers: create, retrieve, list a page, search, and a camelCase method in kebab-case', async () => {
  const email = `cli-${process.pid}@example.com`;
  const created = await cli(['customers', 'create', '--data-source-uuid', DOCUMENTED.uuid,
    '--external-id', `cli_${process.pid}`, '--email', email, '--attributes', '{"tags":["cli"]}']);
  assert.equal(created.code, 0, JSON.stringify(created.stderr));
  assert.deepEqual(created.stdout.attributes.tags, ['cli'], 'an object flag is sent as JSON');
  const retrieved = await cli(['customers', 'retrieve', created.stdout.uuid]);
  assert.deepEqual(retrieved.stdout, created.stdout);
  const page = await cli(['customers', 'list', '--data-source-uuid', DOCUMENTED.uuid, '--per-page', '1']);
  assert.equal(page.stdout.entries.length, 1);
  const found = await cli(['customers', 'search', '--email', email]);
  assert.deepEqual(found.stdout.entries.map((c) => c.uuid), [created.stdout.uuid]);
  const contact = await cli(['customers', 'create-contact', created.stdout.uuid, '--data-source-uuid', DOCUMENTED.uuid,
    '--first-name', 'Ann', '--position', '2']);
  assert.equal(contact.code, 0, JSON.stringify(contact.stderr));
  assert.equal(contact.stdout.position, 2);
  const gone = await cli(['customers', 'retrieve', 'cus_missing']);
  assert.equal(gone.code, 4);
});

test('subscription events and JSON imports: a wrapped body from flags, a number path parameter, a DELETE with a body', async () => {
  const flags = ['--data-source-uuid', DOCUMENTED.uuid, '--customer-external-id', 'cus_cli', '--subscription-external-id',
    `sub_cli_${process.pid}`, '--event-type', 'subscription_start_scheduled', '--event-date', '2022-03-30',
    '--effective-date', '2022-04-01', '--amount-in-cents', '1000'];
  const created = await cli(['subscription-events', 'create', ...flags]);
  assert.equal(created.code, 0, JSON.stringify(created.stderr));
  assert.equal(created.stdout.amount_in_cents, 1000);
  const disabled = await cli(['subscription-events', 'disable', String(created.stdout.id)]);
  assert.equal(disabled.stdout.disabled, true);
  const deleted = await cli(['subscription-events', 'delete-with-params', '--id', String(created.stdout.id)]);
  assert.deepEqual([deleted.code, deleted.stdout], [0, {}]);
  const again = await cli(['subscription-events', 'delete-with-params', '--id', String(created.stdout.id)]);
  assert.equal(again.code, 4);
  const external = `cli_import_${process.pid}`;
  const queued = await cli(['json-imports', 'create', DOCUMENTED.uuid, '--data', JSON.stringify({ external_id: external, plans: [] })]);
  assert.equal(queued.stdout.status, 'queued', JSON.stringify(queued.stderr));
  assert.equal((await cli(['json-imports', 'retrieve', DOCUMENTED.uuid, external])).stdout.status, 'completed');
});

test('a customer\'s notes and tasks: the customer is a positional, the fields are flags', async () => {
  const resource = 'customers';
  const cus = `cus_cli_${process.pid}`;
  const note = await cli([resource, 'create-note', cus, '--type', 'call', '--call-duration', '90', '--text', 'Renewal call']);
  assert.equal(note.code, 0, JSON.stringify(note.stderr));
  assert.deepEqual([note.stdout.customer_uuid, note.stdout.call_duration], [cus, 90]);
  const notes = await cli([resource, 'notes', cus, '--type', 'call', '--per-page', '10']);
  assert.deepEqual(notes.stdout.entries.map((n) => n.uuid), [note.stdout.uuid]);
  const task = await cli([resource, 'create-task', cus, '--data', JSON.stringify({
    task_details: 'Send the offer', assignee: 'a@example.com', due_date: '2025-04-21',
  })]);
  assert.equal(task.code, 0, JSON.stringify(task.stderr));
  const open = await cli([resource, 'tasks', cus, '--completed', 'false']);
  assert.deepEqual(open.stdout.entries.map((t) => t.task_uuid), [task.stdout.task_uuid], 'a boolean flag');
  const asFlag = await cli([resource, 'create-note', cus, '--customer-uuid', cus, '--type', 'note']);
  assert.equal(asFlag.code, 2);
  assert.match(asFlag.stderr.message, /Unknown option '--customer-uuid'/);
  const noCustomer = await cli([resource, 'create-task', '--task-details', 'x']);
  assert.equal(noCustomer.code, 2);
  assert.match(noCustomer.stderr.message, /takes <customer_uuid>/);
});

test('contacts and opportunities: the class\'s own commands, the customer in a flag; a resource in -ies', async () => {
  const ds = await cli(['data-sources', 'create', '--name', `CLI contacts ${process.pid}`]);
  const cus = await cli(['customers', 'create', '--data-source-uuid', ds.stdout.uuid, '--external-id', `cli_${process.pid}`]);
  assert.equal(cus.code, 0, JSON.stringify(cus.stderr));
  const contact = await cli([
    'contacts', 'create', '--customer-uuid', cus.stdout.uuid, '--data-source-uuid', ds.stdout.uuid, '--first-name', 'Adam',
  ]);
  assert.equal(contact.code, 0, JSON.stringify(contact.stderr));
  const listed = await cli(['contacts', 'list', '--customer-uuid', cus.stdout.uuid]);
  assert.deepEqual(listed.stdout.entries.map((c) => c.first_name), ['Adam']);
  const other = await cli(['contacts', 'create', '--data', JSON.stringify({
    customer_uuid: cus.stdout.uuid, data_source_uuid: ds.stdout.uuid, phone: '+1234567890',
  })]);
  const merged = await cli(['contacts', 'merge', contact.stdout.uuid, other.stdout.uuid]);
  assert.equal(merged.code, 0, JSON.stringify(merged.stderr));
  assert.deepEqual([merged.stdout.first_name, merged.stdout.phone], ['Adam', '+1234567890']);
  const deal = await cli(['opportunities', 'create', '--data', JSON.stringify({
    customer_uuid: cus.stdout.uuid, owner: 'o@example.com', pipeline: 'New Business', pipeline_stage: 'Discovery',
    estimated_close_date: '2025-01-01', currency: 'USD', amount_in_cents: 100,
  })]);
  assert.equal(deal.code, 0, JSON.stringify(deal.stderr));
  const patched = await cli(['opportunities', 'patch', deal.stdout.uuid, '--win-likelihood', '40']);
  assert.equal(patched.stdout.win_likelihood, 40);
  const gone = await cli(['opportunities', 'destroy', deal.stdout.uuid]);
  assert.equal(gone.code, 0);
  const missing = await cli(['opportunities', 'retrieve', deal.stdout.uuid]);
  assert.deepEqual([missing.code, missing.stderr.error], [4, 'NotFoundError']);
  const spelled = await cli(['opportunitys', 'list']);
  assert.equal(spelled.code, 2);
  assert.match(spelled.stderr.message, /^unknown resource: opportunitys/);
});

test('line items and transactions: into an invoice, by uuid, and by --data-source-uuid and --external-id', async () => {
  const customer = await cli(['customers', 'create', '--data-source-uuid', DOCUMENTED.uuid, '--external-id', `cus_cli_items_${process.pid}`]);
  const imported = await cli(['invoices', 'create', customer.stdout.uuid, '--data', JSON.stringify({
    invoices: [{ external_id: `INV-CLI-${process.pid}`, date: '2025-01-01', currency: 'USD', line_items: [] }],
  })]);
  assert.equal(imported.code, 0, JSON.stringify(imported.stderr));
  const [invoice] = imported.stdout.invoices;
  const byId = (externalId) => ['--data-source-uuid', DOCUMENTED.uuid, '--external-id', externalId];
  const externalId = `li_cli_${process.pid}`;
  const item = await cli(['line-items', 'create', invoice.uuid, '--type', 'one_time', '--amount-in-cents', '2500',
    '--external-id', externalId]);
  assert.equal(item.code, 0, JSON.stringify(item.stderr));
  assert.equal(item.stdout.amount_in_cents, 2500);
  assert.deepEqual((await cli(['line-items', 'list', ...byId(externalId)])).stdout, { line_items: [item.stdout] });
  const disabled = await cli(['line-items', 'disable', ...byId(externalId)]);
  assert.equal(disabled.stdout.disabled, true, 'no argument: the overload taking a query');
  assert.equal((await cli(['line-items', 'enable', item.stdout.uuid])).stdout.disabled, false);
  const updated = await cli(['line-items', 'update', ...byId(externalId), '--quantity', '2']);
  assert.equal(updated.stdout.quantity, 2, 'the query flags go in qs, the others in the body');
  const transaction = await cli(['transactions', 'create', invoice.uuid, '--type', 'payment', '--date', '2025-01-02',
    '--result', 'successful', '--external-id', `tr_cli_${process.pid}`]);
  assert.equal(transaction.code, 0, JSON.stringify(transaction.stderr));
  const gone = await cli(['transactions', 'destroy-by-external-id', ...byId(`tr_cli_${process.pid}`)]);
  assert.deepEqual([gone.code, gone.stdout], [0, {}]);
  // A query without external_id is sent so: ChartMogul's 422 says it is missing.
  await takeRequests();
  const unnamed = await cli(['line-items', 'list', '--data-source-uuid', DOCUMENTED.uuid]);
  assert.equal(unnamed.code, 6, JSON.stringify(unnamed.stderr));
  assert.equal(unnamed.stderr.error, 'ResourceInvalidError');
  assert.match(unnamed.stderr.message, /external_id can't be blank/);
  assert.deepEqual((await takeRequests()).map((r) => `${r.method} ${r.path}${r.query}`),
    [`GET /v1/line_items?data_source_uuid=${DOCUMENTED.uuid}`]);
});

test('invoices: create with --data for a customer, list its invoices, the { qs } and query-with-body commands by flags', async () => {
  const { stdout: customer } = await cli(['customers', 'create', '--data-source-uuid', DOCUMENTED.uuid,
    '--external-id', `cus_cli_invoices_${process.pid}`]);
  const externalId = `INV_CLI_${process.pid}`;
  const invoice = {
    external_id: externalId, date: '2024-01-01 00:00:00', currency: 'USD',
    line_items: [{ type: 'one_time', amount_in_cents: 900, description: 'Setup' }],
  };
  const created = await cli(['invoices', 'create', customer.uuid, '--data', JSON.stringify({ invoices: [invoice] })]);
  assert.equal(created.code, 0, JSON.stringify(created.stderr));
  const listed = await cli(['invoices', 'list', customer.uuid, '--per-page', '5']);
  assert.deepEqual(listed.stdout.invoices.map((i) => i.uuid), [created.stdout.invoices[0].uuid], 'the overload taking a customer');
  const by = ['--data-source-uuid', DOCUMENTED.uuid, '--external-id', externalId];
  const disabled = await cli(['invoices', 'disable-by-external-id', ...by]);
  assert.deepEqual([disabled.code, disabled.stdout.disabled], [0, true]);
  const updated = await cli(['invoices', 'update', ...by, '--currency', 'EUR']);
  assert.deepEqual([updated.code, updated.stdout.currency], [0, 'EUR'], '--currency in the body, the rest in qs');
  assert.deepEqual((await cli(['invoices', 'destroy-by-external-id', ...by])).stdout, {});
  const gone = await cli(['invoices', 'retrieve', created.stdout.invoices[0].uuid]);
  assert.deepEqual([gone.code, gone.stderr.error], [4, 'NotFoundError']);
});

test('metrics: a metric by kebab-case flags; Metrics.Activity as activities, Metrics.ActivitiesExport as activities-exports, Metrics.Customer in customers', async () => {
  const days = await cli(['metrics', 'customer-count', '--start-date', '2021-01-01', '--end-date', '2021-01-03', '--interval', 'day']);
  assert.equal(days.code, 0, JSON.stringify(days.stderr));
  assert.deepEqual(days.stdout.entries.map((e) => e.date), ['2021-01-01', '2021-01-02', '2021-01-03']);
  assert.deepEqual(Object.keys(days.stdout.summary), ['current', 'previous', 'percentage-change']);
  const activities = await cli(['activities', 'list', '--type', 'churn', '--per-page', '1']);
  assert.equal(activities.code, 0, JSON.stringify(activities.stderr));
  assert.ok(Array.isArray(activities.stdout.entries));
  const created = await cli(['activities-exports', 'create', '--type', 'churn', '--start-date', '2021-01-01']);
  assert.equal(created.code, 0, JSON.stringify(created.stderr));
  assert.equal(created.stdout.status, 'pending');
  const retrieved = await cli(['activities-exports', 'retrieve', created.stdout.id]);
  assert.deepEqual([retrieved.code, retrieved.stdout.status], [0, 'succeeded']);
  const data = JSON.stringify({ subscriptions: [{ uuid: 'sub_1' }] });
  const unknown = await cli(['customers', 'connect-subscriptions', 'ds_1', 'cus_nobody', '--data', data]);
  assert.deepEqual([unknown.code, unknown.stderr.error], [4, 'NotFoundError'], 'the overload of two arguments');
  const sentBody = async () => JSON.parse((await takeRequests()).findLast((r) => r.path.endsWith('/connect_subscriptions')).body);
  assert.deepEqual(await sentBody(), { subscriptions: [{ uuid: 'sub_1', data_source_uuid: 'ds_1' }] }, 'Metrics.Customer\'s call');
  const array = await cli(['customers', 'connect-subscriptions', 'ds_1', 'cus_nobody', '--data', '[{"uuid":"sub_2"}]']);
  assert.equal(array.code, 4, JSON.stringify(array.stderr));
  assert.deepEqual(await sentBody(), { subscriptions: [{ uuid: 'sub_2', data_source_uuid: 'ds_1' }] }, 'a bare array');
  const mixed = await cli(['customers', 'connect-subscriptions', 'ds_1', 'cus_nobody', '--data', '[]', '--subscriptions', '[]']);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr.message, /not an object takes no field flags/);
});

test('each error class has its exit code and a JSON description on stderr', async () => {
  const cases = [
    [['data-sources', 'retrieve', 'ds_missing'], 4, 'NotFoundError'],
    [['data-sources', 'retrieve', 'ds_scenario_schema_invalid'], 5, 'SchemaInvalidError'],
    [['data-sources', 'retrieve', 'ds_scenario_forbidden'], 3, 'ForbiddenError'],
    [['data-sources', 'retrieve', 'ds_scenario_unprocessable'], 6, 'ResourceInvalidError'],
    [['data-sources', 'retrieve', 'ds_scenario_rate_limited_long'], 7, 'RateLimitError'],
    [['data-sources', 'retrieve', 'ds_scenario_not_json'], 11, 'InvalidResponseError'],
    [['data-sources', 'retrieve', 'ds_scenario_conflict'], 12, 'ChartMogulError'],
    [['data-sources', 'retrieve', '..'], 2, 'ConfigurationError'],
  ];
  for (const [args, code, name] of cases) {
    const result = await cli(args);
    assert.equal(result.code, code, `${args.join(' ')}: ${JSON.stringify(result.stderr)}`);
    assert.equal(result.stderr.error, name);
    assert.equal(typeof result.stderr.message, 'string');
    assert.equal(result.stdout, '');
  }
  // A 2xx JSON answer of any shape is printed as sent.
  const odd = await cli(['data-sources', 'retrieve', 'ds_scenario_wrong_schema']);
  assert.deepEqual([odd.code, odd.stdout], [0, { ...DOCUMENTED, name: 42 }]);
  const refused = await cli(['data-sources', 'list'], { CHARTMOGUL_API_KEY: KEY, CHARTMOGUL_API_BASE: CLOSED_BASE });
  assert.equal(refused.code, 9);
  assert.equal(refused.stderr.error, 'ConnectionError');
});

test('usage mistakes exit 2 and say what is wrong; the key is never a flag', async () => {
  const cases = [
    [['data-sources'], /data-sources needs a command: create, retrieve, list, destroy/],
    [['data-sources', 'fly'], /unknown command: data-sources fly/],
    [['widgets', 'list'], /unknown resource/],
    [['data-sources', 'retrieve'], /takes <uuid>/],
    [['data-sources', 'create'], /needs its fields as flags or --data/],
    [['data-sources', 'list', '--colour'], /Unknown option '--colour'/],
    [['data-sources', 'list', '--api-key', 'sk_x'], /never a flag/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = await cli(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr.message, message);
  }
  const noKey = await cli(['data-sources', 'list'], { CHARTMOGUL_API_BASE: BASE });
  assert.equal(noKey.code, 2);
  assert.match(noKey.stderr.message, /CHARTMOGUL_API_KEY/);
});

test('--help at three levels: the resources, a resource\'s commands, a command\'s arguments and flags', async () => {
  const top = await cli(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /^ {2}customers +create, retrieve, list, /m);
  assert.match(top.stdout, /^ {2}activities-exports +create, retrieve$/m);
  assert.match(top.stdout, /^ {2}ping +\(runs bare\)$/m);
  assert.match(top.stdout, /4 NotFoundError/);
  const bare = await cli([]);
  assert.deepEqual([bare.code, bare.stdout], [2, top.stdout], 'no arguments: the help, as a usage mistake');
  const resource = await cli(['data-sources', '--help']);
  assert.equal(resource.code, 0);
  assert.match(resource.stdout, /^ {2}data-sources retrieve <uuid> \[--with-processing-status\] /m);
  assert.match(resource.stdout, /^ {2}data-sources create --name \[--data JSON\|@file\|-\]$/m, 'a required flag without brackets');
  assert.match(resource.stdout, /^ {6}.+\(DELETE \/v1\/data_sources\/\{uuid\}\)$/m);
  const command = await cli(['plans', 'list', '-h']);
  assert.equal(command.code, 0);
  assert.match(command.stdout, /^ {2}GET \/v1\/plans {2}· {2}Plan\.all {2}· {2}retried {2}· {2}pages of plans$/m);
  assert.match(command.stdout, /^ {2}--per-page <number>$/m);
  assert.match(command.stdout, /^ {2}--all {2}every record of every page/m);
  const create = await cli(['--help', 'plans', 'create']);
  assert.match(create.stdout, /^ {2}--interval-count <number> {2}\(required\)$/m, '--help before the names');
  assert.match(create.stdout, /retried only when not sent/);
  const overloads = await cli(['plan-groups', 'list', '--help']);
  assert.match(overloads.stdout, /Usage: chartmogul-wasm plan-groups list \[--cursor\]/);
  assert.match(overloads.stdout, /Usage: chartmogul-wasm plan-groups list <uuid> \[--cursor\]/, 'both overloads');
  const unknown = await cli(['plans', 'fly', '--help']);
  assert.deepEqual([unknown.code, unknown.stderr.message], [2, 'unknown command: plans fly (see --help)']);
  // The table's newer rows: a resource of their own, a command beside others', an overload.
  assert.match(top.stdout, /^ {2}subscription-custom-attributes +retrieve, add, update, remove$/m);
  assert.match(top.stdout, /^ {2}customers +create, retrieve, list, modify, patch,/m);
  const events = await cli(['subscription-events', '--help']);
  assert.match(events.stdout, /^ {2}subscription-events disable-by-external-id /m);
  assert.match(events.stdout, /^ {2}subscription-events enable-by-external-id /m);
  const attributes = await cli(['subscription-custom-attributes', 'add', '--help']);
  assert.match(attributes.stdout, /^ {2}POST \/v1\/subscriptions\/\{subscription_uuid\}\/attributes\/custom /m);
  const opportunities = await cli(['opportunities', 'list', '--help']);
  assert.match(opportunities.stdout, /Usage: chartmogul-wasm opportunities list <customer_uuid> /, 'the overload taking a customer');
});

test('every command of every resource has its help, naming its verb and path', async () => {
  const top = (await cli(['--help'])).stdout;
  const section = top.slice(top.indexOf('Resources and their commands:'), top.indexOf('\n\n', top.indexOf('Resources')));
  const resources = [...section.matchAll(/^ {2}([a-z-]+) +/gm)].map(([, name]) => name);
  assert.ok(resources.length >= 20, resources.join());
  let commands = 0;
  for (const resource of resources) {
    const usages = (await cli([resource, '--help'])).stdout;
    const names = new Set([...usages.matchAll(new RegExp(`^ {2}${resource} ([a-z-]+)`, 'gm'))].map(([, name]) => name));
    for (const name of names) {
      const help = await cli([resource, name, '--help']);
      assert.equal(help.code, 0, `${resource} ${name}`);
      assert.match(help.stdout, /^ {2}(GET|POST|PATCH|PUT|DELETE) \/v1\//m, `${resource} ${name}`);
      commands++;
    }
  }
  assert.ok(commands >= 100, `${commands} commands`);
});

test('--all follows the cursor and prints one record per line; a call that does not page refuses it', async () => {
  const { stdout: ds } = await cli(['data-sources', 'create', '--name', `CLI all ${process.pid}`]);
  const externalIds = ['all_a', 'all_b', 'all_c'].map((id) => `${id}_${process.pid}`);
  for (const externalId of externalIds) {
    const created = await cli(['customers', 'create', '--data-source-uuid', ds.uuid, '--external-id', externalId]);
    assert.equal(created.code, 0, JSON.stringify(created.stderr));
  }
  await takeRequests();
  const all = await cli(['customers', 'list', '--data-source-uuid', ds.uuid, '--per-page', '1', '--all']);
  assert.equal(all.code, 0, JSON.stringify(all.stderr));
  const lines = all.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.map((line) => JSON.parse(line).external_id), externalIds);
  const pages = (await takeRequests()).filter((r) => r.path === '/v1/customers');
  assert.equal(pages.length, 3, 'a page a request');
  assert.match(pages[1].query, /cursor=/);
  // `| head -1`: the reader goes after the first line, pages still to come; the CLI ends quietly.
  const closed = await firstLineThenClose(['customers', 'list', '--data-source-uuid', ds.uuid, '--per-page', '1', '--all']);
  assert.deepEqual(closed, { line: lines[0], code: 0, stderr: '' });
  const notPaged = await cli(['data-sources', 'list', '--all']);
  assert.equal(notPaged.code, 2);
  assert.match(notPaged.stderr.message, /data-sources list is not a paged list: --all does not apply/);
  assert.equal((await cli(['data-sources', 'destroy', ds.uuid])).code, 0);
});

test('--data from a file and from stdin', async () => {
  const file = join(tmpdir(), `cli-data-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ name: `CLI file ${process.pid}` }));
  const fromFile = await cli(['data-sources', 'create', '--data', `@${file}`]);
  assert.deepEqual([fromFile.code, fromFile.stdout.name], [0, `CLI file ${process.pid}`], JSON.stringify(fromFile.stderr));
  const fromStdin = await cli(['data-sources', 'create', '--data', '-'], undefined, JSON.stringify({ name: `CLI stdin ${process.pid}` }));
  assert.deepEqual([fromStdin.code, fromStdin.stdout.name], [0, `CLI stdin ${process.pid}`], JSON.stringify(fromStdin.stderr));
  for (const { stdout } of [fromFile, fromStdin]) assert.equal((await cli(['data-sources', 'destroy', stdout.uuid])).code, 0);
  const notJson = await cli(['data-sources', 'create', '--data', '{name:']);
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr.message, /--data is not JSON/);
  const missing = await cli(['data-sources', 'create', '--data', `@${file}.missing`]);
  assert.equal(missing.code, 2, 'a file that is not there is a usage mistake, not a crash');
  assert.match(missing.stderr.message, /--data @.+\.missing cannot be read: ENOENT/);
});

test('the command table refuses two calls it could not tell apart', async () => {
  // Not an export of the package: the CLI's own module, from the installed files.
  const { commandTree } = await import(pathToFileURL(join(process.cwd(), 'node_modules/chartmogul-wasm/commands.js')).href);
  const row = (cls, method, params) => ({ class: cls, method, params });
  assert.throws(() => commandTree([row('Customer', 'activities', ['uuid']), row('Metrics.Customer', 'activities', ['uuid'])]),
    /customers activities: Customer\.activities and Metrics\.Customer\.activities both take 1 argument/);
  const tree = commandTree([row('Customer', 'connectSubscriptions', ['uuid']), row('Metrics.Customer', 'connectSubscriptions', ['ds', 'uuid'])]);
  assert.deepEqual(tree.get('customers').get('connect-subscriptions').map((r) => r.class), ['Customer', 'Metrics.Customer']);
});

test('the key never appears in what the CLI prints', async () => {
  const secret = 'local_test_key_cli_secret_123';
  const results = [
    await cli(['data-sources', 'retrieve', 'ds_scenario_echo_key'], { CHARTMOGUL_API_KEY: secret, CHARTMOGUL_API_BASE: BASE }),
    await cli(['data-sources', 'list'], { CHARTMOGUL_API_KEY: secret, CHARTMOGUL_API_BASE: CLOSED_BASE }),
  ];
  for (const { stdout, stderr } of results) {
    assert.ok(!JSON.stringify([stdout, stderr]).includes(secret));
  }
});

test('tags and custom-attributes: a customer\'s tags by flags, custom attributes by --data or a JSON flag', async () => {
  const email = `cli-attrs-${process.pid}@example.com`;
  const { stdout: customer } = await cli(['customers', 'create', '--data-source-uuid', DOCUMENTED.uuid,
    '--external-id', `cli_attrs_${process.pid}`, '--email', email]);
  const added = await cli(['tags', 'add', customer.uuid, '--tags', 'vip,important']);
  assert.deepEqual([added.code, added.stdout], [0, { tags: ['vip', 'important'] }], JSON.stringify(added.stderr));
  const removed = await cli(['tags', 'remove', customer.uuid, '--tags', 'vip']);
  assert.deepEqual(removed.stdout, { tags: ['important'] });
  const byEmail = await cli(['custom-attributes', 'add', '--data',
    JSON.stringify({ email, custom: [{ type: 'Integer', key: 'seats', value: 3 }] })]);
  assert.equal(byEmail.code, 0, JSON.stringify(byEmail.stderr));
  assert.deepEqual(byEmail.stdout.entries.map((c) => [c.uuid, c.attributes.custom]), [[customer.uuid, { seats: 3 }]]);
  const updated = await cli(['custom-attributes', 'update', customer.uuid, '--custom', '{"seats":5}']);
  assert.deepEqual(updated.stdout, { custom: { seats: 5 } });
  const badType = await cli(['custom-attributes', 'add', customer.uuid, '--data',
    JSON.stringify({ custom: [{ type: 'Text', key: 'k', value: 'v' }] })]);
  // Sent as given: ChartMogul's 422 names the unknown type.
  assert.equal(badType.code, 6, JSON.stringify(badType.stderr));
  assert.equal(badType.stderr.error, 'ResourceInvalidError');
  assert.match(badType.stderr.message, /k: Unknown type Text/);
  const sent = (await takeRequests()).findLast((r) => r.path.endsWith('/attributes/custom'));
  assert.equal(`${sent.method} ${sent.path}`, `POST /v1/customers/${customer.uuid}/attributes/custom`);
  assert.deepEqual(JSON.parse(sent.body), { custom: [{ type: 'Text', key: 'k', value: 'v' }] });
});
