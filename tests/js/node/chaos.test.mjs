// The chaos run: 10,000 retrieves, 64 in flight, through one Config, while
// the server answers ~20% of requests with a seeded mix of faults
// (pkg/testing/faults.mjs). Every call must end with its own record or the
// error class its last answer calls for, after the attempts the server saw;
// the server never sees more than maxConcurrency requests in flight (not
// counting requests past the client's timeout, less a 50 ms margin: the
// client gave up on those, though their sockets may still be closing); no
// call outlives its deadline (plus slack); no rejection goes unhandled;
// memory stays flat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Config, DataSource } from 'chartmogul-wasm';
import { BASE, KEY } from './helpers.mjs';

const CALLS = 10_000;
const IN_FLIGHT = 64;
// No pacing: 10,000 calls at ChartMogul's 40 a second would take four minutes.
const LIMITS = { retries: 3, timeout: 300, deadline: 10_000, maxConcurrency: 20, maxRequestsPerSecond: 0 };
const SLACK_MS = 2_000;
const { FINAL_CLASS, RETRYABLE } = await import(process.env.CHAOS_FAULTS);

test(`chaos: ${CALLS} retrieves, ${IN_FLIGHT} in flight, ~20% faults`, async () => {
  const client = `chaos_${process.pid}`;
  const config = new Config(`${KEY}_${client}`, BASE, LIMITS);
  // Requests past our timeout are ours no more, though their sockets may still be closing.
  await fetch(`${BASE}/__testing/in_flight?client=${client}&timeout_ms=${LIMITS.timeout}`, { method: 'PUT' });
  let unhandled = 0;
  const onUnhandled = () => { unhandled += 1; };
  process.on('unhandledRejection', onUnhandled);

  const outcomes = new Array(CALLS);
  let next = 0;
  let slowest = 0;
  const memory = {};
  const heap = () => { globalThis.gc?.(); return process.memoryUsage().heapUsed; };
  async function worker() {
    while (next < CALLS) {
      const i = next++;
      const uuid = `ds_chaos_${client}_${i}`;
      const started = performance.now();
      outcomes[i] = await DataSource.retrieve(config, uuid).then(
        (record) => ({ uuid, record }),
        (error) => ({ uuid, error }),
      );
      slowest = Math.max(slowest, performance.now() - started);
      if (i === 2_000) memory.warm = heap();
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  memory.end = heap();
  process.off('unhandledRejection', onUnhandled);

  const served = await (await fetch(`${BASE}/__testing/served`)).json();
  const tally = {};
  for (const { uuid, record, error } of outcomes) {
    const faults = served[uuid];
    assert.ok(faults?.length, `${uuid}: the server saw no request`);
    const last = faults.at(-1);
    faults.slice(0, -1).forEach((fault) => assert.ok(RETRYABLE.has(fault), `${uuid}: retried after ${fault}`));
    if (record) {
      assert.ok(last === 'ok' || last === 'slow_body', `${uuid}: resolved after ${last}`);
      assert.equal(record.uuid, uuid, 'each call gets its own record');
      assert.equal(record.name, `Source ${uuid}`);
      tally.ok = (tally.ok ?? 0) + 1;
    } else {
      assert.equal(error.name, FINAL_CLASS[last], `${uuid}: ${error.name} after ${faults.join(',')}`);
      assert.equal(error.attempts, faults.length, `${uuid}: attempts`);
      if (RETRYABLE.has(last)) {
        // Every wait in the mix fits the deadline, so only the retry budget ends a retryable run.
        assert.equal(faults.length, LIMITS.retries + 1, `${uuid}: gave up early`);
      }
      tally[error.name] = (tally[error.name] ?? 0) + 1;
    }
  }
  const faultCount = Object.values(served).flat().filter((f) => f !== 'ok' && f !== 'slow_body').length;
  const attempts = Object.values(served).flat().length;
  const inFlight = (await (await fetch(`${BASE}/__testing/in_flight`)).json())[client].max;
  const growthMb = (memory.end - memory.warm) / 1e6;
  console.log(`chaos tally: ${JSON.stringify(tally)}`);
  console.log(`chaos attempts ${attempts}, faults served ${faultCount} (${((100 * faultCount) / attempts).toFixed(1)}%), ` +
    `max in flight ${inFlight}, slowest call ${Math.round(slowest)} ms, heap growth after warm-up ${growthMb.toFixed(1)} MB, ` +
    `unhandled rejections ${unhandled}`);

  assert.equal(unhandled, 0);
  assert.ok(inFlight <= LIMITS.maxConcurrency, `in flight ${inFlight} > ${LIMITS.maxConcurrency}`);
  assert.equal(inFlight, LIMITS.maxConcurrency, 'the limit was reached, so it was tested');
  assert.ok(slowest <= LIMITS.deadline + SLACK_MS, `a call took ${slowest} ms`);
  assert.ok(faultCount / attempts > 0.1, 'faults were played');
  assert.ok(growthMb < 20, `heap grew ${growthMb} MB`);
});
