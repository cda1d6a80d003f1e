// Packs pkg/ with `npm pack` and installs the tarball into a fresh folder,
// the way a user gets the package. Used by the tests and the demo.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { output, ROOT, run } from './run.mjs';

/** Returns the fresh folder (chartmogul-wasm in its node_modules) and the tarball's path. */
export async function installPackedPackage() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'pkg/package.json'), 'utf8'));
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    if (manifest[field] && Object.keys(manifest[field]).length) {
      throw new Error(`pkg/package.json has ${field}: the package must have no runtime dependencies`);
    }
  }
  const folder = mkdtempSync(join(tmpdir(), 'chartmogul-wasm-consumer-'));
  const [{ filename }] = JSON.parse(await output('npm', ['pack', join(ROOT, 'pkg'), '--json', '--pack-destination', folder]));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', join(folder, filename)], { cwd: folder });
  return { folder, tarball: join(folder, filename) };
}
