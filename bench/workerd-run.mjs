// Runs the bundled benchmark worker in workerd (Miniflare; Node 22) and
// prints its JSON answer. Usage: node22 workerd-run.mjs <bundle dir> <query>
import { join, resolve } from 'node:path';

const { Miniflare } = await import(process.env.MINIFLARE);
const [dir, query] = process.argv.slice(2);
const mf = new Miniflare({
  modules: true,
  scriptPath: resolve(join(dir, 'workerd-worker.js')),
  modulesRoot: resolve(dir),
  modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
  compatibilityDate: '2025-06-01',
});
try {
  console.log(JSON.stringify(await (await mf.dispatchFetch(`http://bench.test/?${query}`)).json()));
} finally {
  await mf.dispose();
}
