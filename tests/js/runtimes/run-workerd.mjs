// Runs the wrangler bundle in workerd through Miniflare (Node 22), with
// .wasm imports as CompiledWasm modules, as Cloudflare does.
// Usage: node22 run-workerd.mjs <bundle dir> <base URL>; MINIFLARE is miniflare's entry.
import { join, resolve } from 'node:path';
import { report } from './check.mjs';

const { Miniflare } = await import(process.env.MINIFLARE);
const [dir, base] = process.argv.slice(2);
const mf = new Miniflare({
  modules: true,
  scriptPath: resolve(join(dir, 'worker.js')),
  modulesRoot: resolve(dir),
  modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
  compatibilityDate: '2025-06-01',
});
try {
  const res = await mf.dispatchFetch(`http://worker.test/?base=${encodeURIComponent(base)}`);
  report(await res.json());
} finally {
  await mf.dispose();
}
