// Before and after a change, in one run: two packed tarballs of this
// package, each installed into a fresh folder, measured alternately so the
// machine's drift falls on both alike. Per round: cold import (fresh
// processes), own CPU per call with a stubbed fetch (cpu.mjs), and median
// latency / throughput against the bench server at 1 and 16 in flight,
// with raw fetch measured beside them for the ratios. Prints a Markdown
// table of medians; bench/HISTORY.md keeps them.
//   node bench/compare.mjs <before.tgz> <after.tgz> [rounds]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const BENCH = new URL('.', import.meta.url).pathname;
const [beforeTgz, afterTgz, roundsArg = '5'] = process.argv.slice(2);
if (!beforeTgz || !afterTgz) throw new Error('usage: node bench/compare.mjs <before.tgz> <after.tgz> [rounds]');
const ROUNDS = Number(roundsArg);
const COLD_PER_ROUND = 3;
const CALLS = 4000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function install(tarball) {
  const folder = mkdtempSync(join(tmpdir(), 'chartmogul-wasm-compare-'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'compare', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tarball], { cwd: folder });
  return join(folder, 'node_modules/chartmogul-wasm');
}

/** Runs `script` in a fresh Node process; resolves with the JSON of its last line. */
function measure(env, script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(BENCH, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`${script} exited ${code}`))));
  });
}

function startServer() {
  const child = spawn('node', [join(BENCH, 'server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d) => resolve({ url: d.toString().trim(), stop: () => child.kill() })));
}

const packages = { before: install(beforeTgz), after: install(afterTgz) };
const envOf = (dir) => ({ CHARTMOGUL_WASM: join(dir, 'node.mjs') });
const server = await startServer();
const results = { before: {}, after: {} };
const push = (side, key, value) => (results[side][key] ??= []).push(value);
try {
  for (let round = 0; round < ROUNDS; round++) {
    const sides = round % 2 ? ['after', 'before'] : ['before', 'after'];
    for (const concurrency of [1, 16]) {
      const raw = await measure({}, 'client.mjs', ['raw', server.url, String(concurrency), String(CALLS)]);
      for (const side of sides) {
        const wasm = await measure(envOf(packages[side]), 'client.mjs', ['wasm', server.url, String(concurrency), String(CALLS)]);
        push(side, `latency ${concurrency}`, wasm.median / raw.median);
        push(side, `throughput ${concurrency}`, wasm.throughput / raw.throughput);
      }
    }
    for (const side of sides) {
      push(side, 'cpu', (await measure(envOf(packages[side]), 'cpu.mjs', ['20000'])).ownUs);
      for (let i = 0; i < COLD_PER_ROUND; i++) {
        push(side, 'cold import', (await measure(envOf(packages[side]), 'cold.mjs', ['wasm', server.url])).import);
      }
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  server.stop();
}

const gzip = (dir) => gzipSync(readFileSync(join(dir, 'chartmogul_wasm_bg.wasm')), { level: 9 }).length;
const rows = [
  ['.wasm gzip (bytes)', gzip(packages.before), gzip(packages.after), 0],
  ['median latency vs raw fetch, 1 in flight', ...['before', 'after'].map((s) => median(results[s]['latency 1'])), 2],
  ['throughput vs raw fetch, 1 in flight', ...['before', 'after'].map((s) => median(results[s]['throughput 1'])), 2],
  ['median latency vs raw fetch, 16 in flight', ...['before', 'after'].map((s) => median(results[s]['latency 16'])), 2],
  ['throughput vs raw fetch, 16 in flight', ...['before', 'after'].map((s) => median(results[s]['throughput 16'])), 2],
  ['own CPU per call, fetch stubbed (µs)', ...['before', 'after'].map((s) => median(results[s].cpu)), 1],
  [`cold import (ms, ${ROUNDS * COLD_PER_ROUND} each)`, ...['before', 'after'].map((s) => median(results[s]['cold import'])), 1],
];
console.log(`| ${ROUNDS} rounds, interleaved | before | after |\n| --- | --- | --- |`);
for (const [name, before, after, digits] of rows) console.log(`| ${name} | ${before.toFixed(digits)} | ${after.toFixed(digits)} |`);
