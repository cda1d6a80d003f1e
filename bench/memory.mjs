// Memory over many calls, in its own process (run with --expose-gc): RSS, JS
// heap and the wasm module's memory after a warm-up, then after each tenth
// of `calls` more.
// `raw` (fetch + res.json()) gives the scale of RSS's own drift in a run.
//   node --expose-gc bench/memory.mjs <wasm|raw> <base> <calls>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENTS, KEY, UUID } from './clients.mjs';

const [client, base, calls] = process.argv.slice(2);

/** The package's own files, loaded as its Node entry does, to see its wasm memory. */
async function packageClient() {
  const dir = process.env.PACKAGE_DIR;
  const glue = await import(join(dir, 'chartmogul_wasm_bg.js'));
  const { instantiate, install } = await import(join(dir, 'setup.js'));
  const instance = instantiate(glue, new WebAssembly.Module(readFileSync(join(dir, 'chartmogul_wasm_bg.wasm'))));
  const Config = install(glue, { shareTimeouts: true });
  const { DataSource } = await import(join(dir, 'api.js'));
  const config = new Config(KEY, base, { retries: 0, maxRequestsPerSecond: 0 }); // unpaced, like raw fetch
  return { call: () => DataSource.retrieve(config, UUID), memory: instance.exports.memory };
}

const { call, memory } = client === 'wasm' ? await packageClient() : { call: await CLIENTS.raw(base) };

async function run(total) {
  let next = 0;
  const worker = async () => {
    while (next++ < total) await call();
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

function sample() {
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, wasm: memory?.buffer.byteLength ?? 0 };
}

// The curve: a sample after each tenth of the calls.
await run(5000);
const warm = sample();
const curve = [];
for (let tenth = 1; tenth <= 10; tenth++) {
  await run(Number(calls) / 10);
  curve.push({ calls: (tenth * Number(calls)) / 10, ...sample() });
}
console.log(JSON.stringify({ warm, end: curve.at(-1), curve }));
