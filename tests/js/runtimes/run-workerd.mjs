// Runs a wrangler bundle in workerd through Miniflare (Node 22), with .wasm
// imports as CompiledWasm modules, as Cloudflare does, and reports the JSON
// the worker answers for `?<query>`. Used by the runtime tests and the benchmark.
// Usage: node22 run-workerd.mjs <bundle dir> <script file> <query>; MINIFLARE is miniflare's entry.
import { join, resolve } from 'node:path';
import { report } from './check.mjs';

const { Miniflare } = await import(process.env.MINIFLARE);
const [dir, script, query] = process.argv.slice(2);
const mf = new Miniflare({
  modules: true,
  scriptPath: resolve(join(dir, script)),
  modulesRoot: resolve(dir),
  modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
  compatibilityDate: '2025-06-01',
});
try {
  report(await (await mf.dispatchFetch(`http://worker.test/?${query}`)).json());
} finally {
  await mf.dispose();
}
