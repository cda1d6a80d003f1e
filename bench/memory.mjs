// Memory over many calls, in its own process (run with --expose-gc): RSS, JS
// heap and the wasm module's memory after a warm-up and after `calls` more.
//   node --expose-gc bench/memory.mjs <base> <calls>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [base, calls] = process.argv.slice(2);
const dir = process.env.PACKAGE_DIR;
// Load the package's own files directly, to see its wasm memory.
const glue = await import(join(dir, 'chartmogul_wasm_bg.js'));
const { instantiate, install } = await import(join(dir, 'setup.js'));
const instance = instantiate(glue, new WebAssembly.Module(readFileSync(join(dir, 'chartmogul_wasm_bg.wasm'))));
const { Config, DataSource } = install(glue);
const config = new Config('bench_key', base, { retries: 0 });

async function run(total) {
  let next = 0;
  const worker = async () => {
    while (next++ < total) await DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430');
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

function sample() {
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, wasm: instance.exports.memory.buffer.byteLength };
}

await run(5000);
const warm = sample();
await run(Number(calls));
const end = sample();
console.log(JSON.stringify({ warm, end }));
