// Every runtime the package supports, each running the installed tarball
// against the local server, and (run-testing.mjs) chartmogul-wasm/testing's
// server started in that runtime (node:test, run by `npm test` in the fresh folder).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPECTED } from './check.mjs';

const tools = process.env.RUNTIMES_DIR; // node_modules of tests/js/runtimes
const base = process.env.CHARTMOGUL_TEST_BASE;
const node18 = join(tools, 'node18/bin/node');
const node22 = join(tools, 'node22/bin/node');
const bun = join(tools, '@oven/bun-linux-x64/bin/bun');
const deno = join(tools, '@deno/linux-x64-glibc/deno');
const scratch = mkdtempSync(join(tmpdir(), 'chartmogul-wasm-runtimes-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs a command to completion and returns the object its RESULT line
 * carries. The process must end by itself: a timer left running by the
 * package (30 s by default) would keep it alive past the 20 s limit.
 */
function resultOf(cmd, args, env = {}) {
  const run = spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ...env },
  });
  const line = run.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  assert.ok(line, `${cmd} ${args.join(' ')} printed no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  assert.equal(run.signal, null, `${cmd} ${args.join(' ')} was still running after 20 s`);
  return JSON.parse(line.slice('RESULT '.length));
}

function versionOf(binary) {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

for (const [name, binary] of [['Node 18', node18], ['Node 20', process.execPath], ['Node 22', node22]]) {
  test(`${name} (${versionOf(binary)}) import`, () => {
    assert.deepEqual(resultOf(binary, ['run-import.mjs', base]), { ...EXPECTED, defaultExport: true });
  });
  test(`${name} (${versionOf(binary)}) require`, () => {
    assert.deepEqual(resultOf(binary, ['run-require.cjs', base]), EXPECTED);
  });
}

/** What run-testing.mjs reports: the seeded record, read after one 503, and no key in the log. */
const testingSeen = (result) => {
  assert.equal(result.name, 'Runtime check');
  assert.equal(result.paths.length, 2);
  assert.match(result.paths[0], /^\/v1\/data_sources\/ds_/);
  assert.equal(result.keyRecorded, false);
};

for (const [name, binary] of [['Node 18', node18], ['Node 20', process.execPath], ['Node 22', node22]]) {
  for (const how of ['import', 'require']) {
    test(`${name}: chartmogul-wasm/testing from ${how}`, () => testingSeen(resultOf(binary, ['run-testing.mjs', how])));
  }
}

test('Bun: chartmogul-wasm/testing from import and require', () => {
  for (const how of ['import', 'require']) testingSeen(resultOf(bun, ['run-testing.mjs', how]));
});

test(`Bun ${versionOf(bun)}`, () => {
  assert.deepEqual(resultOf(bun, ['run-import.mjs', base]), { ...EXPECTED, defaultExport: true });
});

const denoEnv = { DENO_DIR: join(scratch, 'deno'), DENO_NO_UPDATE_CHECK: '1' };
const denoFlags = ['run', '--quiet', '--node-modules-dir=manual', `--allow-net=${new URL(base).host}`];

test(`Deno ${versionOf(deno).split(' ')[1]}, bare specifier from node_modules`, () => {
  assert.deepEqual(resultOf(deno, [...denoFlags, 'run-import.mjs', base], denoEnv), { ...EXPECTED, defaultExport: true });
});

test('Deno, npm: specifier', () => {
  assert.deepEqual(resultOf(deno, [...denoFlags, 'run-deno-npm.mjs', base], denoEnv), { ...EXPECTED, defaultExport: true });
});

test('Deno: chartmogul-wasm/testing from node_modules, the server on 127.0.0.1', () => {
  testingSeen(resultOf(deno, ['run', '--quiet', '--node-modules-dir=manual', '--allow-net=127.0.0.1', 'run-testing.mjs'], denoEnv));
});

test('Cloudflare Workers: wrangler bundle run in workerd (Miniflare), several requests', () => {
  const outdir = join(scratch, 'worker');
  const bundle = spawnSync(node22, [join(tools, 'wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', XDG_CONFIG_HOME: join(scratch, 'config'), CI: 'true' },
  });
  assert.equal(bundle.status, 0, `wrangler failed:\n${bundle.stdout}\n${bundle.stderr}`);
  const result = resultOf(node22, ['run-workerd.mjs', outdir, 'worker.js', `base=${encodeURIComponent(base)}`], {
    MINIFLARE: join(tools, 'miniflare/dist/src/index.js'),
    SEVERAL_REQUESTS: '1',
  });
  assert.deepEqual(result, EXPECTED);
});

test('Vercel Edge: edge-light bundle in @edge-runtime/vm without wasm code generation', () => {
  const result = resultOf(process.execPath, ['run-edge.mjs', base], {
    ESBUILD: join(tools, 'esbuild/lib/main.js'),
    EDGE_VM: join(tools, '@edge-runtime/vm/dist/index.js'),
  });
  assert.deepEqual(result, { ...EXPECTED, byteCompile: 'refused' });
});
