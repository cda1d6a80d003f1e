// Loads the package through `chartmogul-wasm/init` from the source kind
// named by the first argument (module, bytes, response, url), then retrieves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { init, Config, DataSource, NotFoundError } from 'chartmogul-wasm/init';

const [kind, base, wasmUrl] = process.argv.slice(2);
const packageDir = dirname(createRequire(import.meta.url).resolve('chartmogul-wasm/package.json'));
const bytes = readFileSync(join(packageDir, 'chartmogul_wasm_bg.wasm'));
const sources = {
  module: () => new WebAssembly.Module(bytes),
  bytes: () => bytes,
  response: () => new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }),
  url: () => new URL(wasmUrl),
};
await init(sources[kind]());
const config = new Config('local_test_key', base);
const ds = await DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430');
const missing = await DataSource.retrieve(config, 'ds_missing').catch((e) => e);
console.log(JSON.stringify({ name: ds.name, notFound: missing instanceof NotFoundError }));
