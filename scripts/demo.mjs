// `npm run demo`: builds the package, installs its packed tarball into a
// fresh folder and retrieves a data source through it — from the bundled
// local ChartMogul-compatible server, or from the real API when
// CHARTMOGUL_API_KEY is set (then pass the uuid: `npm run demo -- ds_…`).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_SOURCES, SAMPLE_API_KEY } from '../tests/server/data.mjs';
import { installPackedPackage } from './install-packed.mjs';
import { ROOT, run } from './run.mjs';

const realKey = process.env.CHARTMOGUL_API_KEY;
const uuid = process.argv[2] ?? process.env.CHARTMOGUL_DATA_SOURCE_UUID;
if (realKey && !uuid) {
  console.error('CHARTMOGUL_API_KEY is set: pass the data source uuid to retrieve, e.g. npm run demo -- ds_…');
  process.exit(2);
}

await run('node', ['scripts/build.mjs']);
const { folder } = await installPackedPackage();
copyFileSync(join(ROOT, 'scripts/demo/retrieve.mjs'), join(folder, 'retrieve.mjs'));

if (realKey) {
  const base = process.env.CHARTMOGUL_API_BASE ?? 'https://api.chartmogul.com';
  console.log(`\nRetrieving ${uuid} from ${base}`);
  await run('node', ['retrieve.mjs', uuid], { cwd: folder, env: { CHARTMOGUL_API_BASE: base } });
} else {
  const { startServer } = await import('../tests/server/server.mjs'); // routes from the built table
  const server = await startServer();
  console.log(`\nLocal ChartMogul-compatible server on ${server.url} (set CHARTMOGUL_API_KEY to use the real API)`);
  try {
    await run('node', ['retrieve.mjs', uuid ?? DATA_SOURCES[0].uuid], {
      cwd: folder,
      env: { CHARTMOGUL_API_KEY: SAMPLE_API_KEY, CHARTMOGUL_API_BASE: server.url },
    });
  } finally {
    await server.close();
  }
}
