// Builds pkg/ from nothing: the wasm32 target if missing → cargo →
// wasm-bindgen (one run per target, one shared .wasm) → wasm-opt → the
// glue, the .d.ts (tsify's interfaces, and the classes written from the
// endpoint table) and CJS helpers next to the committed entries.
// Usage: node scripts/build.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { classDeclarations, classModule, fieldTypes, withFieldTypes } from './declarations.mjs';
import { writeEndpointTable } from './readme-table.mjs';
import { ensureWasmBindgen, ensureWasmTarget } from './tools.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = `${root}pkg/`;
const work = `${root}target/bindgen/`;
const crateWasm = `${root}target/wasm32-unknown-unknown/release/chartmogul_wasm.wasm`;
const targets = ['bundler', 'nodejs'];

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

ensureWasmTarget();
ensureWasmBindgen();
run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown']);

rmSync(work, { recursive: true, force: true });
for (const target of targets) {
  run('wasm-bindgen', ['--target', target, '--out-dir', `${work}${target}`, crateWasm]);
}
const [first, ...others] = targets.map((t) => readFileSync(`${work}${t}/chartmogul_wasm_bg.wasm`));
if (!others.every((bytes) => bytes.equals(first))) {
  throw new Error(`wasm-bindgen wrote different .wasm files for ${targets.join(', ')}: one shared .wasm is impossible`);
}

mkdirSync(pkg, { recursive: true });
run(`${root}node_modules/.bin/wasm-opt`, [
  '-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
  `${work}bundler/chartmogul_wasm_bg.wasm`, '-o', `${pkg}chartmogul_wasm_bg.wasm`,
]);
copyFileSync(`${work}bundler/chartmogul_wasm_bg.js`, `${pkg}chartmogul_wasm_bg.js`);
copyFileSync(`${work}nodejs/chartmogul_wasm.js`, `${pkg}chartmogul_wasm_node.cjs`);

// wasm-bindgen's .d.ts holds Config and every tsify interface; the classes
// are built at run time from the table (setup.js), so their declarations
// are written from the same table, read from the module just built.
// `[Symbol.dispose]` needs lib "esnext.disposable" in every consumer's
// tsconfig; the method still exists at run time where the runtime has it.
const types = readFileSync(`${work}bundler/chartmogul_wasm.d.ts`, 'utf8')
  .replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, '');
const { __endpoints, __namespaces } = createRequire(import.meta.url)(`${pkg}chartmogul_wasm_node.cjs`);
const namespaces = __namespaces();
const endpoints = withFieldTypes(__endpoints(), fieldTypes(types));
writeFileSync(`${pkg}chartmogul_wasm.d.ts`, types);
writeFileSync(`${pkg}chartmogul_wasm.d.cts`, types);
for (const ext of ['ts', 'cts']) {
  const from = ext === 'ts' ? './chartmogul_wasm.js' : './chartmogul_wasm.cjs';
  writeFileSync(`${pkg}api.d.${ext}`, classDeclarations(endpoints, from, namespaces));
  if (ext === 'cts') copyFileSync(`${pkg}errors.d.ts`, `${pkg}errors.d.cts`);
}
writeFileSync(`${pkg}api.js`, classModule(endpoints, 'esm', namespaces));
writeFileSync(`${pkg}api.cjs`, classModule(endpoints, 'cjs', namespaces));
if (writeEndpointTable(`${root}README.md`, endpoints)) console.log('README.md: the endpoint table was rewritten');
copyFileSync(`${root}README.md`, `${pkg}README.md`);

// One ESM source for the shared JS; `require` gets CommonJS copies of it.
for (const name of ['setup', 'init']) {
  run(`${root}node_modules/.bin/esbuild`, [
    `${pkg}${name}.js`, '--bundle', '--format=cjs', '--platform=neutral', '--log-level=warning',
    `--outfile=${pkg}${name}.cjs`,
  ]);
}
// The Node (and Bun) ESM entry as one file; see pkg/node-entry.mjs.
run(`${root}node_modules/.bin/esbuild`, [
  `${pkg}node-entry.mjs`, '--bundle', '--format=esm', '--platform=node', '--log-level=warning',
  `--outfile=${pkg}node.mjs`,
]);
// chartmogul-wasm/testing declares the same names for require as for import.
copyFileSync(`${pkg}testing/server.d.mts`, `${pkg}testing/server.d.cts`);
writeFileSync(`${pkg}init.d.cts`, readFileSync(`${pkg}init.d.ts`, 'utf8').replace("'./index.js'", "'./index.cjs'"));

const wasm = readFileSync(`${pkg}chartmogul_wasm_bg.wasm`);
console.log(`pkg/chartmogul_wasm_bg.wasm: ${wasm.length} bytes, ${gzipSync(wasm, { level: 9 }).length} gzip`);
