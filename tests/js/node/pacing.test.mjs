// ChartMogul's 40 requests a second, kept by the client: against a local
// server that enforces the limit (PUT /__testing/rate_limit), a Config's calls
// are paced so that none is refused, and a call that would wait past its
// deadline gives up at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Config, ConfigurationError, DataSource, RateLimitError, TimeoutError } from 'chartmogul-wasm';
import { BASE, DOCUMENTED, KEY } from './helpers.mjs';

/** A client of its own whose requests the server limits to `perSecond`. */
async function limitedClient(name, perSecond) {
  const client = `${name}_${process.pid}`;
  await fetch(`${BASE}/__testing/rate_limit?client=${client}&per_second=${perSecond}`, { method: 'PUT' });
  return {
    key: `${KEY}_${client}`,
    seen: async () => (await (await fetch(`${BASE}/__testing/rate_limit`)).json())[client],
  };
}

/** `calls` retrieves, `inFlight` at a time; resolves with the errors. */
async function retrieveMany(config, calls, inFlight) {
  const errors = [];
  let next = 0;
  const worker = async () => {
    while (next++ < calls) await DataSource.retrieve(config, DOCUMENTED.uuid).catch((e) => errors.push(e));
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return errors;
}

test('120 calls, 64 in flight, through the default pace meet no 429 from a server that enforces 40/s', async () => {
  const { key, seen } = await limitedClient('paced', 40);
  const config = new Config(key, BASE, { retries: 0, maxConcurrency: 64 });
  assert.equal(config.maxRequestsPerSecond, 40);
  const started = Date.now();
  const errors = await retrieveMany(config, 120, 64);
  assert.deepEqual(errors, []);
  assert.deepEqual(await seen(), { perSecond: 40, served: 120, refused: 0 });
  // 40 at once, then 40 a window later, then 40 more: two windows waited.
  assert.ok(Date.now() - started >= 2000, 'the calls were paced');
});

test('with pacing off, the same server refuses some of them (so the test above can fail)', async () => {
  const { key, seen } = await limitedClient('unpaced', 40);
  const config = new Config(key, BASE, { retries: 0, maxConcurrency: 64, maxRequestsPerSecond: 0 });
  const errors = await retrieveMany(config, 120, 64);
  assert.ok(errors.length > 0 && errors.every((e) => e instanceof RateLimitError), `${errors.length} refused`);
  assert.equal((await seen()).refused, errors.length);
});

test('the pace is the Config\'s: maxRequestsPerSecond can be changed and a wait past the deadline fails at once', async () => {
  const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 1 });
  await DataSource.retrieve(config, DOCUMENTED.uuid);
  const started = Date.now();
  const late = await DataSource.retrieve(config, DOCUMENTED.uuid, {}, { deadline: 300 }).catch((e) => e);
  assert.ok(late instanceof TimeoutError, String(late));
  assert.equal(late.attempts, 0);
  assert.ok(Date.now() - started < 300, 'gave up without waiting for the deadline');
  config.maxRequestsPerSecond = 0;
  assert.equal((await DataSource.retrieve(config, DOCUMENTED.uuid)).uuid, DOCUMENTED.uuid);
  assert.throws(() => { config.maxRequestsPerSecond = -5; }, ConfigurationError);
});
