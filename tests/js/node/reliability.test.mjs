// Retries, Retry-After, timeouts, the deadline, cancellation, the connection
// limit, the body cap and redirects: the packed package against the local
// server's faults (pkg/testing/faults.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { promisify } from 'node:util';
import {
  ChartMogulError, Config, ConnectionError, DataSource, InvalidResponseError, NotFoundError,
  RateLimitError, ServerError, TimeoutError,
} from 'chartmogul-wasm';
import { BASE, KEY } from './helpers.mjs';

let unique = 0;
/** A uuid no earlier request used, so the server counts its attempts afresh. */
const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;

/** What the server played for `uuid`, attempt by attempt. */
async function served(uuid) {
  const all = await (await fetch(`${BASE}/__testing/served`)).json();
  return all[uuid] ?? [];
}

/** `{ now, max }`: the client's requests in flight at the server now, and at most. */
async function inFlight(client) {
  return (await (await fetch(`${BASE}/__testing/in_flight`)).json())[client];
}

/** Waits (up to 5 s) until the server has no request of `client` open. */
async function drained(client) {
  for (let tries = 0; tries < 100 && (await inFlight(client)).now > 0; tries++) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return (await inFlight(client)).now === 0;
}

const failure = (promise) => promise.then(() => assert.fail('resolved'), (e) => e);

test('503s, 429s with Retry-After and resets are retried until the record comes', async () => {
  const config = new Config(KEY, BASE, { retries: 2 });
  for (const fault of ['unavailable', 'rate_limited_retry_after', 'reset_mid_body', 'gateway_timeout']) {
    const uuid = fresh(`ds_flaky_${fault}_2`);
    const ds = await DataSource.retrieve(config, uuid);
    assert.equal(ds.uuid, uuid);
    assert.deepEqual(await served(uuid), [fault, fault, 'ok']);
  }
});

test('other 4xx answers and bad answers are never retried', async () => {
  const config = new Config(KEY, BASE, { retries: 3 });
  const missing = await failure(DataSource.retrieve(config, 'ds_missing'));
  assert.ok(missing instanceof NotFoundError);
  assert.equal(missing.attempts, 1);
  const uuid = fresh('ds_flaky_truncated_json_1');
  const bad = await failure(DataSource.retrieve(config, uuid));
  assert.ok(bad instanceof InvalidResponseError);
  assert.deepEqual(await served(uuid), ['truncated_json']);
});

test('retries = 0 disables retrying; exhausted retries end with the last error and the count', async () => {
  const none = new Config(KEY, BASE, { retries: 0 });
  const once = fresh('ds_flaky_server_error_5');
  const first = await failure(DataSource.retrieve(none, once));
  assert.ok(first instanceof ServerError);
  assert.equal(first.attempts, 1);
  assert.deepEqual(await served(once), ['server_error']);

  const twice = new Config(KEY, BASE);
  twice.retries = 1;
  const uuid = fresh('ds_flaky_bad_gateway_html_5');
  const last = await failure(DataSource.retrieve(twice, uuid));
  assert.ok(last instanceof ServerError);
  assert.equal(last.httpStatus, 502);
  assert.equal(last.attempts, 2);
  assert.deepEqual(await served(uuid), ['bad_gateway_html', 'bad_gateway_html']);
});

test('a Retry-After beyond the 60 s cap gives up at once with RateLimitError.retryAfter', async () => {
  const config = new Config(KEY, BASE, { retries: 5 });
  const error = await failure(DataSource.retrieve(config, 'ds_scenario_rate_limited_long'));
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 120);
  assert.equal(error.attempts, 1);
});

test('an attempt past its timeout is retried, then rejects with TimeoutError', async () => {
  const config = new Config(KEY, BASE, { retries: 1, timeout: 100 });
  const uuid = fresh('ds_flaky_hang_5');
  const error = await failure(DataSource.retrieve(config, uuid));
  assert.ok(error instanceof TimeoutError && error instanceof ConnectionError);
  assert.equal(error.attempts, 2);
  assert.match(error.message, /no answer within 100 ms/);
  const recovered = fresh('ds_flaky_hang_1');
  assert.equal((await DataSource.retrieve(config, recovered)).uuid, recovered);
});

test('attempts in flight together share a timer, yet each gets its whole timeout', async () => {
  const config = new Config(KEY, BASE, { retries: 0, timeout: 300 });
  const started = Date.now();
  let settled = 0;
  const hanging = Array.from({ length: 10 }, () =>
    failure(DataSource.retrieve(config, 'ds_fault_hang')).then((error) => {
      settled += 1;
      return [error, Date.now() - started];
    }));
  await new Promise((done) => setTimeout(done, 250));
  // Starts while the others hang (their timer fires at ~310 ms) and is
  // answered ~220 ms later, well after: it must not have joined them.
  const late = await DataSource.retrieve(config, 'ds_fault_late');
  assert.equal(late.uuid, 'ds_fault_late');
  assert.equal(settled, 10, 'the hanging calls timed out before the late answer came');
  for (const [error, elapsed] of await Promise.all(hanging)) {
    assert.ok(error instanceof TimeoutError);
    assert.ok(elapsed >= 300, `given up after ${elapsed} ms, before its 300 ms timeout`);
  }
});

test('a timeout still aborts after a garbage collection mid-attempt', { timeout: 10_000 }, async () => {
  // Node's fetch follows a copied Request's signal only while the original
  // lives (nodejs/undici#4068); the package must keep it alive, or this hangs.
  assert.equal(typeof globalThis.gc, 'function', 'run with --expose-gc');
  const config = new Config(KEY, BASE, { retries: 0, timeout: 300 });
  const collect = setTimeout(() => globalThis.gc(), 50);
  const error = await failure(DataSource.retrieve(config, 'ds_fault_hang'));
  clearTimeout(collect);
  assert.ok(error instanceof TimeoutError);
});

test('the largest timeout allowed does not fire at once', async () => {
  // Its slack would take a shared timer past setTimeout's limit, where
  // timers fire at once.
  const config = new Config(KEY, BASE, { retries: 0, timeout: 2_147_483_647, deadline: 2_147_483_647 });
  assert.equal((await DataSource.retrieve(config, 'ds_fault_late')).uuid, 'ds_fault_late');
});

test('the deadline bounds the whole call, retries and waits included', async () => {
  const config = new Config(KEY, BASE, { retries: 20, timeout: 10_000, deadline: 400 });
  const started = Date.now();
  const error = await failure(DataSource.retrieve(config, 'ds_fault_hang'));
  assert.ok(error instanceof TimeoutError);
  assert.ok(Date.now() - started < 400 + 2000, 'ended near its deadline');
});

test('a call\'s own timeout and deadline override the Config\'s', async () => {
  const config = new Config(KEY, BASE, { retries: 0, timeout: 60_000 });
  const error = await failure(DataSource.retrieve(config, 'ds_fault_hang', {}, { timeout: 80 }));
  assert.ok(error instanceof TimeoutError);
  assert.match(error.message, /80 ms/);
  const byDeadline = await failure(DataSource.retrieve(config, 'ds_fault_hang', {}, { deadline: 90 }));
  assert.match(byDeadline.message, /90 ms/);
});

test('aborting cancels the request in flight and rejects with the signal\'s reason', async () => {
  const client = 'abort_in_flight';
  const config = new Config(`${KEY}_${client}`, BASE);
  const controller = new AbortController();
  const reason = new Error('user navigated away');
  const pending = DataSource.retrieve(config, 'ds_fault_hang', {}, { signal: controller.signal });
  setTimeout(() => controller.abort(reason), 50);
  assert.equal(await failure(pending), reason);
  assert.ok(await drained(client), 'the hanging request was cancelled, its connection closed');
  const defaultReason = new AbortController();
  const second = DataSource.retrieve(config, 'ds_fault_hang', {}, { signal: defaultReason.signal });
  setTimeout(() => defaultReason.abort(), 20);
  assert.equal((await failure(second)).name, 'AbortError');
  assert.ok(await drained(client));
});

test('aborting during a backoff wait rejects at once, without another attempt', async () => {
  const config = new Config(KEY, BASE, { retries: 3 });
  const uuid = fresh('ds_flaky_server_error_5');
  const controller = new AbortController();
  const pending = DataSource.retrieve(config, uuid, {}, { signal: controller.signal });
  await new Promise((done) => setTimeout(done, 100)); // the first 500 answered; the wait is ≥ 250 ms
  controller.abort(new Error('stop'));
  assert.equal((await failure(pending)).message, 'stop');
  await new Promise((done) => setTimeout(done, 1200));
  assert.deepEqual(await served(uuid), ['server_error'], 'no attempt after the abort');
});

test('at most maxConcurrency requests are in flight; the rest wait in order and can be aborted', async () => {
  const client = 'limit';
  const config = new Config(`${KEY}_${client}`, BASE, { maxConcurrency: 3, retries: 0 });
  const order = [];
  const calls = Array.from({ length: 10 }, (_, i) =>
    DataSource.retrieve(config, `ds_scenario_slow`).then(() => order.push(i)));
  const waiting = new AbortController();
  const queued = DataSource.retrieve(config, 'ds_scenario_slow', {}, { signal: waiting.signal });
  waiting.abort(new Error('no longer needed'));
  assert.equal((await failure(queued)).message, 'no longer needed');
  await Promise.all(calls);
  assert.equal((await inFlight(client)).max, 3);
  assert.deepEqual(order.slice(0, 3).sort(), [0, 1, 2], 'the first three went first');

  config.maxConcurrency = 5;
  assert.equal(config.maxConcurrency, 5);
  await Promise.all(Array.from({ length: 10 }, () => DataSource.retrieve(config, 'ds_scenario_slow')));
  assert.equal((await inFlight(client)).max, 5);
});

test('an answer without a length is read in chunks and decoded whole', async () => {
  const record = await DataSource.retrieve(new Config(KEY, BASE), 'ds_scenario_chunked');
  assert.equal(record.name, 'Facturación ✓ 請求 🧾');
  assert.equal(record.uuid, 'ds_scenario_chunked');
});

test('an answer beyond 10 MB is refused unread, declared or streamed', async () => {
  const config = new Config(KEY, BASE, { retries: 2 });
  for (const uuid of ['ds_scenario_huge', 'ds_scenario_huge_chunked']) {
    const error = await failure(DataSource.retrieve(config, uuid));
    assert.ok(error instanceof InvalidResponseError, uuid);
    assert.match(error.message, /larger than 10 MB/);
    assert.equal(error.attempts, 1);
  }
});

test('a redirect is not followed, so the key never reaches another origin', async () => {
  await fetch(`${BASE}/__testing/requests`, { method: 'DELETE' });
  const error = await failure(DataSource.retrieve(new Config(KEY, BASE), 'ds_scenario_redirect'));
  assert.ok(error instanceof ChartMogulError);
  assert.equal(error.httpStatus, 302);
  assert.match(error.message, /not followed/);
  const seen = await (await fetch(`${BASE}/__testing/requests`)).json();
  assert.deepEqual(seen.map((r) => r.path), ['/v1/data_sources/ds_scenario_redirect']);
});

test('no timer outlives a call: a script exits as soon as its calls are done', async () => {
  // Defaults: 30 s timeout, 120 s deadline. Successes sharing a timer, a
  // retried failure and an abort.
  const script = `
    import { Config, DataSource } from 'chartmogul-wasm';
    const config = new Config('${KEY}', '${BASE}', { retries: 1 });
    await Promise.all([1, 2, 3].map(() => DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430')));
    await DataSource.retrieve(config, 'ds_fault_server_error').catch(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await DataSource.retrieve(config, 'ds_fault_hang', {}, { signal: controller.signal }).catch(() => {});
    console.log('done');`;
  const started = Date.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    timeout: 20_000, // far below the 30 s timer a leak would keep alive
  });
  assert.equal(stdout.trim(), 'done');
  assert.ok(Date.now() - started < 20_000);
});

test('no listener outlives a call on the caller\'s signal', async () => {
  const config = new Config(KEY, BASE, { retries: 1 });
  const controller = new AbortController();
  const { signal } = controller;
  await DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430', {}, { signal });
  await failure(DataSource.retrieve(config, fresh('ds_flaky_server_error_5'), {}, { signal }));
  await failure(DataSource.retrieve(config, 'ds_missing', {}, { signal }));
  assert.equal(getEventListeners(signal, 'abort').length, 0);
});

test('64 calls in flight share timeout signals without a listener-leak warning', async () => {
  const warnings = [];
  const onWarning = (warning) => warnings.push(warning.name);
  process.on('warning', onWarning);
  try {
    const config = new Config(KEY, BASE, { maxConcurrency: 64, maxRequestsPerSecond: 0 });
    const records = await Promise.all(
      Array.from({ length: 64 }, () => DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430')),
    );
    assert.equal(records.length, 64);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
  } finally {
    process.off('warning', onWarning);
  }
  assert.deepEqual(warnings, []);
});
