// `npm run demo`: builds the package, installs its packed tarball into a
// fresh folder and imports billing data through it (scripts/demo/
// import-flow.mjs) — into the bundled local ChartMogul-compatible server,
// or into the real API when CHARTMOGUL_API_KEY is set (then in a data
// source of its own, deleted at the end).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_API_KEY } from '../pkg/testing/data.mjs';
import { installPackedPackage } from './install-packed.mjs';
import { ROOT, run } from './run.mjs';

await run('node', ['scripts/build.mjs']);
const { folder } = await installPackedPackage();
for (const file of ['import.mjs', 'import-flow.mjs']) copyFileSync(join(ROOT, 'scripts/demo', file), join(folder, file));

if (process.env.CHARTMOGUL_API_KEY) {
  const base = process.env.CHARTMOGUL_API_BASE ?? 'https://api.chartmogul.com';
  console.log(`\nImporting into ${base}, in a data source of the demo's own`);
  await run('node', ['import.mjs'], { cwd: folder, env: { CHARTMOGUL_API_BASE: base } });
} else {
  const { startServer } = await import('../pkg/testing/server.mjs'); // routes from the built table
  const server = await startServer({ apiKey: SAMPLE_API_KEY });
  console.log(`\nLocal ChartMogul-compatible server on ${server.url} (set CHARTMOGUL_API_KEY to use the real API)`);
  try {
    await run('node', ['import.mjs'], {
      cwd: folder,
      env: { CHARTMOGUL_API_KEY: SAMPLE_API_KEY, CHARTMOGUL_API_BASE: server.url },
    });
  } finally {
    await server.close();
  }
}
