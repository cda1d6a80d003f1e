// Start-up must not load fetch's implementation. In Node it is loaded on
// the first use of Headers, Request or Response (about 35 ms): a package
// import or a Config made at start-up that touched them would put that on
// every cold start, before any call (bench/HISTORY.md, fifth session).
import { test } from 'node:test';
import assert from 'node:assert/strict';

/** Names of fetch's classes read from globalThis while `run` runs. */
async function classesTouched(run) {
  const touched = [];
  const originals = {};
  for (const name of ['Headers', 'Request', 'Response']) {
    originals[name] = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        const { get, value } = originals[name];
        return get ? get.call(globalThis) : value;
      },
    });
  }
  try {
    await run();
  } finally {
    for (const [name, descriptor] of Object.entries(originals)) {
      Object.defineProperty(globalThis, name, descriptor);
    }
  }
  return touched;
}

test('importing the package and making a Config use none of fetch\'s classes', async () => {
  const touched = await classesTouched(async () => {
    const { Config } = await import('chartmogul-wasm');
    new Config('start_up_key', 'http://127.0.0.1:9', { retries: 0, timeout: 1000 });
  });
  assert.deepEqual(touched, []);
});
