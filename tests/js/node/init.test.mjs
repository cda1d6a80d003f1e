// `chartmogul-wasm/init` for hosts the exports map does not list: the wasm
// comes from a WebAssembly.Module, its bytes, a Response or a URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { BASE } from './helpers.mjs';

const EXPECTED = { name: 'In-house billing', notFound: true };

/** Runs init-with.mjs in a fresh process (init loads once per process). */
async function initWith(kind, wasmUrl = '') {
  const { stdout } = await promisify(execFile)(process.execPath, ['init-with.mjs', kind, BASE, wasmUrl]);
  return JSON.parse(stdout);
}

for (const kind of ['module', 'bytes', 'response']) {
  test(`init accepts a ${kind}`, async () => {
    assert.deepEqual(await initWith(kind), EXPECTED);
  });
}

test('init accepts a URL and fetches it', async () => {
  const packageDir = dirname(createRequire(import.meta.url).resolve('chartmogul-wasm/package.json'));
  const wasm = readFileSync(join(packageDir, 'chartmogul_wasm_bg.wasm'));
  const server = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'application/wasm' }).end(wasm));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    const url = `http://127.0.0.1:${server.address().port}/chartmogul_wasm_bg.wasm`;
    assert.deepEqual(await initWith('url', url), EXPECTED);
  } finally {
    server.close();
  }
});
