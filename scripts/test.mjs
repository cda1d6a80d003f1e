// `npm test`: every test, in order, against one local ChartMogul-compatible
// server: lints, the native core, the wasm face in Node, then the packed
// package from CommonJS, ESM and a strict TypeScript consumer.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startServer } from '../tests/server/server.mjs';
import { installPackedPackage } from './install-packed.mjs';
import { ROOT, run } from './run.mjs';

const WASM_TARGET = ['--target', 'wasm32-unknown-unknown'];

async function step(title, action) {
  console.log(`\n=== ${title}`);
  await action();
}

/** A loopback URL where nothing listens: a port the OS just handed out and took back. */
function closedBase() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}

await step('build pkg/', () => run('node', ['scripts/build.mjs']));
await step('rustfmt and clippy', async () => {
  await run('cargo', ['fmt', '--check']);
  await run('cargo', ['clippy', '--all-targets', '--', '-D', 'warnings']);
  await run('cargo', ['clippy', '--all-targets', ...WASM_TARGET, '--', '-D', 'warnings']);
});
await step('core unit tests (native cargo test)', () => run('cargo', ['test', '--lib']));

const server = await startServer();
const env = { CHARTMOGUL_TEST_BASE: server.url, CHARTMOGUL_TEST_CLOSED_BASE: await closedBase() };
try {
  await step('face and transport in Node (wasm-bindgen-test)', () =>
    run('cargo', ['test', ...WASM_TARGET, '--test', 'face'], {
      env: { ...env, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner' },
    }));

  const consumer = await installPackedPackage();
  console.log(`packed package installed in ${consumer}`);
  cpSync(join(ROOT, 'tests/js/node'), consumer, { recursive: true });
  const testFiles = readdirSync(consumer).filter((f) => /\.test\.(mjs|cjs)$/.test(f));
  await step('packed package from require and import (node:test)', () =>
    // One file at a time: the tests read the server's request log.
    run('node', ['--test', '--test-concurrency=1', ...testFiles], { cwd: consumer, env }));

  cpSync(join(ROOT, 'tests/js/types'), consumer, { recursive: true });
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'],
      module: 'node16', moduleResolution: 'node16', skipLibCheck: false, types: [],
    },
    files: ['consumer.mts', 'consumer.cts'],
  }));
  await step('strict TypeScript consumer of the packed .d.ts', () =>
    run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', consumer]));
  rmSync(consumer, { recursive: true }); // kept on failure, for a look
} finally {
  await server.close();
}
console.log('\nall test steps passed');
