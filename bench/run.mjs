// `npm run bench`: builds and installs the packed package, starts the bench
// server (HTTP and HTTPS) in separate processes, and measures, in
// interleaved rounds with each client pinned to one core: latency and
// throughput at 1, 16 and 64 in flight (this package vs raw fetch vs fetch
// with a timeout vs chartmogul-node 3.12.3), cold start, memory over 100k calls, size, and the
// per-call cost inside workerd. Writes bench/RESULTS.md.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { installPackedPackage } from '../scripts/install-packed.mjs';
import { ROOT, output, run } from '../scripts/run.mjs';
import { makeCerts } from './certs.mjs';

const BENCH = join(ROOT, 'bench');
const ROUNDS = 5;
const CONCURRENCY = [1, 16, 64];
const CLIENT_NAMES = ['raw', 'guarded', 'wasm', 'node'];
const CALLS = { raw: 4000, guarded: 4000, wasm: 4000, node: 1500 };
const MEMORY_CALLS = 500_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let step = 0;
let steps = 0;
function progress(text) {
  step += 1;
  process.stderr.write(`\r[${step}/${steps}] ${text}`.padEnd(70));
}

/** Starts the bench server in its own process; resolves with its URL and a stop function. */
function startServer(args) {
  const child = spawn('node', [join(BENCH, 'server.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.once('data', (data) => resolve({ url: data.toString().trim(), stop: () => child.kill() }));
  });
}

async function measure(env, script, args, { pin = true, nodeArgs = [] } = {}) {
  const command = pin ? ['taskset', ['-c', String(cpus().length - 1), 'node', ...nodeArgs, script, ...args]]
    : ['node', [...nodeArgs, script, ...args]];
  const text = await new Promise((resolve, reject) => {
    const child = spawn(command[0], command[1], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} ${args.join(' ')} exited ${code}`))));
  });
  return JSON.parse(text.trim().split('\n').at(-1));
}

function du(path) {
  return Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
}

await run('node', ['scripts/build.mjs']);
await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: BENCH });
await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: join(ROOT, 'tests/js/runtimes') });
const { folder, tarball } = await installPackedPackage();
const packageDir = join(folder, 'node_modules/chartmogul-wasm');
const certs = makeCerts(join(BENCH, '.certs'));
const env = {
  CHARTMOGUL_WASM: join(packageDir, 'node.mjs'),
  PACKAGE_DIR: packageDir,
  NODE_EXTRA_CA_CERTS: join(certs, 'ca.pem'),
};
const servers = { http: await startServer([]), https: await startServer(['--https', certs]) };
steps = ROUNDS * 2 * CONCURRENCY.length * CLIENT_NAMES.length + 3 * 10 + 2 + 1 + 1 + 2;

const samples = {}; // `${protocol} ${concurrency} ${client}` → [{ median, p99, throughput }]
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const protocol of ['http', 'https']) {
      for (const concurrency of CONCURRENCY) {
        // Rotate the order each round so no client always goes first.
        const order = CLIENT_NAMES.map((_, i) => CLIENT_NAMES[(i + round) % CLIENT_NAMES.length]);
        for (const client of order) {
          progress(`round ${round + 1} ${protocol} ${concurrency} in flight: ${client}`);
          const key = `${protocol} ${concurrency} ${client}`;
          (samples[key] ??= []).push(await measure(env, join(BENCH, 'client.mjs'),
            [client, servers[protocol].url, String(concurrency), String(CALLS[client])]));
        }
      }
    }
  }
  const cold = { raw: [], wasm: [], node: [] };
  for (let i = 0; i < 10; i++) {
    for (const client of ['raw', 'wasm', 'node']) {
      progress(`cold start ${i + 1}/10: ${client}`);
      cold[client].push(await measure(env, join(BENCH, 'cold.mjs'), [client, servers.http.url], { pin: false }));
    }
  }
  const memory = {};
  for (const client of ['wasm', 'raw']) {
    progress(`memory over ${MEMORY_CALLS} calls: ${client}`);
    memory[client] = await measure(env, join(BENCH, 'memory.mjs'), [client, servers.http.url, String(MEMORY_CALLS)], { nodeArgs: ['--expose-gc'] });
  }

  progress('own CPU per call, fetch stubbed');
  const cpu = await measure(env, join(BENCH, 'cpu.mjs'), ['50000']);
  progress('1,000 calls through one Config against a 40/s server');
  const paced = await measure(env, join(BENCH, 'paced.mjs'), ['1000']);

  const workerd = {};
  const tools = join(ROOT, 'tests/js/runtimes/node_modules');
  const node22 = join(tools, 'node22/bin/node');
  cpSync(join(BENCH, 'workerd-worker.mjs'), join(folder, 'workerd-worker.mjs'));
  // run-workerd.mjs's check.mjs imports the demo's import flow from beside it, as the tests lay them out.
  for (const file of ['tests/js/runtimes/run-workerd.mjs', 'tests/js/runtimes/check.mjs', 'scripts/demo/import-flow.mjs']) {
    cpSync(join(ROOT, file), join(folder, file.split('/').at(-1)));
  }
  writeFileSync(join(folder, 'wrangler.toml'), 'name = "bench"\nmain = "workerd-worker.mjs"\ncompatibility_date = "2025-06-01"\n');
  const outdir = join(folder, 'worker-dist');
  execFileSync(node22, [join(tools, 'wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: folder, stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', XDG_CONFIG_HOME: join(tmpdir(), 'bench-wrangler'), CI: 'true' },
  });
  process.env.MINIFLARE = join(tools, 'miniflare/dist/src/index.js');
  for (const mode of ['raw', 'wasm']) {
    progress(`workerd per call: ${mode}`);
    const out = await output(node22, [join(folder, 'run-workerd.mjs'), outdir, 'workerd-worker.js',
      `mode=${mode}&calls=2000&base=${encodeURIComponent(servers.http.url)}`]);
    workerd[mode] = JSON.parse(out.trim().split('\n').at(-1).slice('RESULT '.length)).msPerCall;
  }
  process.stderr.write('\n');

  const wasmBytes = readFileSync(join(packageDir, 'chartmogul_wasm_bg.wasm'));
  const nodeModules = join(BENCH, 'node_modules');
  const peerCount = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: BENCH, encoding: 'utf8' })
    .trim().split('\n').length - 1;
  const size = {
    wasmRaw: wasmBytes.length,
    wasmGzip: gzipSync(wasmBytes, { level: 9 }).length,
    tarball: statSync(tarball).size,
    installed: du(packageDir),
    peerInstalled: du(nodeModules),
    peerPackages: peerCount,
  };
  writeFileSync(join(BENCH, 'RESULTS.md'), report(samples, cold, memory, size, workerd, cpu, paced));
  console.log(readFileSync(join(BENCH, 'RESULTS.md'), 'utf8'));
} finally {
  servers.http.stop();
  servers.https.stop();
}

function report(samples, cold, memory, size, workerd, cpu, paced) {
  const { wasm: ours, raw: floor } = memory;
  const stat = (protocol, concurrency, client, field) => median(samples[`${protocol} ${concurrency} ${client}`].map((s) => s[field]));
  const fmt = (x, digits = 2) => x.toFixed(digits);
  const rows = [];
  for (const protocol of ['http', 'https']) {
    for (const concurrency of CONCURRENCY) {
      const raw = (f) => stat(protocol, concurrency, 'raw', f);
      const guarded = (f) => stat(protocol, concurrency, 'guarded', f);
      const wasm = (f) => stat(protocol, concurrency, 'wasm', f);
      const peer = (f) => stat(protocol, concurrency, 'node', f);
      rows.push(`| ${protocol.toUpperCase()} | ${concurrency} | ${fmt(raw('median'), 3)} / ${fmt(raw('p99'), 3)} / ${Math.round(raw('throughput'))} ` +
        `| ${fmt(guarded('median'), 3)} / ${fmt(guarded('p99'), 3)} / ${Math.round(guarded('throughput'))} ` +
        `| ${fmt(wasm('median'), 3)} / ${fmt(wasm('p99'), 3)} / ${Math.round(wasm('throughput'))} ` +
        `| ${fmt(peer('median'), 3)} / ${fmt(peer('p99'), 3)} / ${Math.round(peer('throughput'))} ` +
        `| ${fmt(wasm('median') / raw('median'))}× / ${fmt(wasm('throughput') / raw('throughput'))}× ` +
        `| ${fmt(wasm('median') / guarded('median'))}× / ${fmt(wasm('throughput') / guarded('throughput'))}× ` +
        `| ${fmt(wasm('median') / peer('median'))}× / ${fmt(wasm('throughput') / peer('throughput'))}× |`);
    }
  }
  const mb = (b) => (b / 1e6).toFixed(1);
  const coldWasm = { import: median(cold.wasm.map((c) => c.import)), first: median(cold.wasm.map((c) => c.firstResult)) };
  const coldNode = { import: median(cold.node.map((c) => c.import)), first: median(cold.node.map((c) => c.firstResult)) };
  const coldRaw = { import: median(cold.raw.map((c) => c.import)), first: median(cold.raw.map((c) => c.firstResult)) };
  const curve = ours.curve.map((point, i) =>
    `| ${point.calls.toLocaleString('en')} | ${mb(point.rss)} MB | ${mb(floor.curve[i].rss)} MB | ${mb(point.heapUsed)} MB | ${point.wasm} B |`);
  const versions = execFileSync('node', ['--version'], { encoding: 'utf8' }).trim();
  return `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0].model},
Node ${versions}, chartmogul-node 3.12.3 (retries 0), this package from its packed tarball. Each client
runs in its own process pinned to one core, against a keep-alive server in another process on loopback
(HTTPS with a local CA trusted through NODE_EXTRA_CA_CERTS). ${ROUNDS} interleaved rounds; each figure is
the median of the rounds; every ratio is taken within this one run. These machines are noisy: compare
ratios, not absolute figures.

## Per call: median ms / p99 ms / calls per second

"fetch + timeout" is raw fetch with what this package adds to every attempt besides its own code: an
AbortController and a 30 s timer for the timeout, \`redirect: 'manual'\`, a User-Agent header. Its gap
to raw fetch is the price of those safeguards; the gap from it to chartmogul-wasm is this package's code.

| protocol | in flight | raw fetch + res.json() | fetch + timeout | chartmogul-wasm | chartmogul-node | wasm vs raw (median / throughput) | wasm vs fetch + timeout | wasm vs chartmogul-node |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## Cold start (fresh process, median of 10, ms)

| | import done | first result |
| --- | --- | --- |
| chartmogul-wasm | ${fmt(coldWasm.import, 1)} | ${fmt(coldWasm.first, 1)} |
| chartmogul-node | ${fmt(coldNode.import, 1)} | ${fmt(coldNode.first, 1)} |
| raw fetch (nothing to import), for scale | ${fmt(coldRaw.import, 1)} | ${fmt(coldRaw.first, 1)} |

## Own CPU per call (fetch stubbed, one call at a time, ${cpu.calls} calls)

A Config whose \`fetch\` answers at once (bench/cpu.mjs): ${fmt(cpu.packageUs, 1)} µs per \`DataSource.retrieve\`,
of which the stub's own Response and JSON.parse take ${fmt(cpu.stubUs, 1)} µs: **${fmt(cpu.ownUs, 1)} µs** is this package's.

## Pacing (bench/paced.mjs)

${paced.calls} retrieves, 64 in flight, through one Config with the default \`maxRequestsPerSecond\` (40) against the local
server enforcing 40 requests in any second: ${fmt(paced.callsPerSecond, 1)} calls per second, ${paced.refused} refused with 429.

## Memory (${MEMORY_CALLS.toLocaleString('en')} calls, 16 in flight, after 5,000 warm-up calls)

| | after warm-up | after all | growth |
| --- | --- | --- | --- |
| RSS | ${mb(ours.warm.rss)} MB | ${mb(ours.end.rss)} MB | ${mb(ours.end.rss - ours.warm.rss)} MB |
| JS heap | ${mb(ours.warm.heapUsed)} MB | ${mb(ours.end.heapUsed)} MB | ${mb(ours.end.heapUsed - ours.warm.heapUsed)} MB |
| wasm memory | ${ours.warm.wasm} B | ${ours.end.wasm} B | ${ours.end.wasm - ours.warm.wasm} B |
| RSS with raw fetch instead, for scale | ${mb(floor.warm.rss)} MB | ${mb(floor.end.rss)} MB | ${mb(floor.end.rss - floor.warm.rss)} MB |

The curve, after each tenth of the calls (JS heap and wasm memory are this package's):

| calls | RSS | RSS, raw fetch | JS heap | wasm memory |
| --- | --- | --- | --- | --- |
${curve.join('\n')}

## Size

| | bytes |
| --- | --- |
| \`.wasm\` | ${size.wasmRaw} (gzip ${size.wasmGzip}) |
| npm tarball | ${size.tarball} |
| installed (1 package, no dependencies) | ${size.installed} |
| chartmogul-node installed (${size.peerPackages} packages) | ${size.peerInstalled} |

## Inside workerd (Miniflare, sequential calls over HTTP)

| raw fetch | chartmogul-wasm | ratio |
| --- | --- | --- |
| ${fmt(workerd.raw, 3)} ms | ${fmt(workerd.wasm, 3)} ms | ${fmt(workerd.wasm / workerd.raw)}× |
`;
}
