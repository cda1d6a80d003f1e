// `npm test`: every test, in order, against one local ChartMogul-compatible
// server: lints; the native core; the wasm face in Node and in Chromium; then
// the packed package, installed into a fresh folder: package lints, node:test
// from require and import, a strict TypeScript consumer, every runtime
// (Node 18/20/22, Bun, Deno, workerd, the edge VM) and the demo page in Chromium.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { installPackedPackage } from './install-packed.mjs';
import { ROOT, run } from './run.mjs';
import { checkSizeCeiling, GZIP_CEILING } from './size-ceiling.mjs';
import { CHROMIUM, ensureChromium } from './tools.mjs';

const WASM_TARGET = ['--target', 'wasm32-unknown-unknown'];
const RUNTIMES = join(ROOT, 'tests/js/runtimes');
const BIN = join(ROOT, 'node_modules/.bin');

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

/** Copies the test files of `from` (not its own package files) into `to`; returns those matching `pattern`. */
function copyTests(from, to, pattern) {
  const own = /(node_modules|package(-lock)?\.json)$/;
  cpSync(from, to, { recursive: true, filter: (src) => !own.test(src) });
  return readdirSync(from).filter((name) => pattern.test(name));
}

await step('build pkg/, check the README\'s endpoint table and the .wasm size ceiling', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  await run('node', ['scripts/build.mjs']);
  if (readFileSync(join(ROOT, 'README.md'), 'utf8') !== readme) {
    throw new Error("README.md's endpoint table was stale (the build rewrote it): commit the new one");
  }
  const gzip = checkSizeCeiling(join(ROOT, 'pkg/chartmogul_wasm_bg.wasm'));
  console.log(`size: ${gzip} bytes gzip, ceiling ${GZIP_CEILING}`);
});
await step('rustfmt and clippy', async () => {
  await run('cargo', ['fmt', '--check']);
  await run('cargo', ['clippy', '--all-targets', '--', '-D', 'warnings']);
  await run('cargo', ['clippy', '--lib', ...WASM_TARGET, '--', '-D', 'warnings']);
  // The unit tests run natively only (linted above); the wasm-bindgen tests run on wasm.
  await run('cargo', ['clippy', '--test', 'face', '--examples', ...WASM_TARGET, '--', '-D', 'warnings']);
});
await step('core unit tests (native cargo test)', () => run('cargo', ['test', '--lib']));
await step('runtimes and browser for the tests', async () => {
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: RUNTIMES });
  ensureChromium();
});

// The server's routes come from the table the build writes (pkg/api.js);
// the key is the one the package tests use (tests/js/node/helpers.mjs).
const { startServer } = await import('../pkg/testing/server.mjs');
const { SAMPLE_API_KEY } = await import('../pkg/testing/data.mjs');
const server = await startServer({ apiKey: SAMPLE_API_KEY });
const env = { CHARTMOGUL_TEST_BASE: server.url, CHARTMOGUL_TEST_CLOSED_BASE: await closedBase() };
try {
  const wasmTest = (browser) =>
    run('cargo', ['test', ...WASM_TARGET, '--test', 'face'], {
      env: {
        ...env,
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner',
        ...(browser ? { WASM_BINDGEN_USE_BROWSER: '1', CHROMEDRIVER: '/usr/bin/chromedriver' } : {}),
      },
    });
  await step('face and transport in Node (wasm-bindgen-test)', () => wasmTest(false));
  await step('face and transport in headless Chromium (wasm-bindgen-test)', () => wasmTest(true));

  const { folder: consumer, tarball } = await installPackedPackage();
  console.log(`packed package installed in ${consumer}`);
  await step('package lints (publint, arethetypeswrong) on the tarball', async () => {
    await run(join(BIN, 'publint'), ['--strict', join(consumer, 'node_modules/chartmogul-wasm')]);
    await run(join(BIN, 'attw'), [tarball]);
  });

  const packageTests = copyTests(join(ROOT, 'tests/js/node'), consumer, /\.test\.(mjs|cjs)$/);
  await step('packed package from require and import, reliability and chaos (node:test)', () =>
    // One file at a time: the tests read the server's request log.
    run('node', ['--expose-gc', '--test', '--test-concurrency=1', ...packageTests], {
      cwd: consumer,
      env: { ...env, CHAOS_FAULTS: join(ROOT, 'pkg/testing/faults.mjs') },
    }));

  cpSync(join(ROOT, 'tests/js/types'), consumer, { recursive: true });
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'],
      module: 'node16', moduleResolution: 'node16', skipLibCheck: false, types: [],
    },
    files: ['consumer.mts', 'consumer.cts'],
  }));
  await step('strict TypeScript consumer of the packed .d.ts', () => run(join(BIN, 'tsc'), ['-p', consumer]));

  copyTests(RUNTIMES, consumer, /\.test\.mjs$/);
  cpSync(join(ROOT, 'scripts/demo/import-flow.mjs'), join(consumer, 'import-flow.mjs'));
  await step('every runtime from the tarball: Node 18/20/22, Bun, Deno, workerd, edge VM', () =>
    run('node', ['--test', 'runtimes.test.mjs'], {
      cwd: consumer,
      env: { ...env, RUNTIMES_DIR: join(RUNTIMES, 'node_modules') },
    }));

  await step('the demo page in headless Chromium, on the installed package', () =>
    run('node', ['--test', 'tests/js/browser/www.test.mjs'], {
      env: {
        PACKAGE_DIR: join(consumer, 'node_modules/chartmogul-wasm'),
        PLAYWRIGHT: join(RUNTIMES, 'node_modules/playwright-core/index.mjs'),
        CHROMIUM,
      },
    }));
  rmSync(consumer, { recursive: true }); // kept on failure, for a look
} finally {
  await server.close();
}
console.log('\nall test steps passed');
