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
// SEVERAL_REQUESTS=1 then sends quick requests (one retrieve each), two one
// after another and three at once: what the package keeps between calls
// must not tie one request to another.
const ask = async (extra = '') => (await mf.dispatchFetch(`http://worker.test/?${query}${extra}`)).json();
try {
  const answer = await ask();
  if (process.env.SEVERAL_REQUESTS === '1') {
    const quick = [await ask('&retrieve'), await ask('&retrieve'), ...(await Promise.all([1, 2, 3].map(() => ask('&retrieve'))))];
    if (quick.some((one) => one.name !== answer.name)) answer.quick = quick;
  }
  report(answer);
} finally {
  await mf.dispose();
}
