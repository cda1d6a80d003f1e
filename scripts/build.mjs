// Builds pkg/ from nothing: cargo → wasm-bindgen (one run per target, one
// shared .wasm) → wasm-opt → the glue, types and CJS helpers next to the
// committed entries. Usage: node scripts/build.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { renameDefinitions, shortenImports } from './short-imports.mjs';
import { ensureWasmBindgen } from './tools.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = `${root}pkg/`;
const work = `${root}target/bindgen/`;
const crateWasm = `${root}target/wasm32-unknown-unknown/release/chartmogul_wasm.wasm`;
const targets = ['bundler', 'nodejs'];

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

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
// -ocimfs 50: a function with one caller is inlined only up to 50 bytes
// (binaryen's default inlines every such function): 1.3 KB less gzip here,
// with no change in time per call measurable (bench/HISTORY.md).
run(`${root}node_modules/.bin/wasm-opt`, [
  '-Oz', '-ocimfs', '50', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
  `${work}bundler/chartmogul_wasm_bg.wasm`, '-o', `${pkg}chartmogul_wasm_bg.wasm`,
]);
const wasmPath = `${pkg}chartmogul_wasm_bg.wasm`;
const { bytes, renames } = shortenImports(readFileSync(wasmPath), './chartmogul_wasm_bg.js');
const glue = renameDefinitions(
  readFileSync(`${work}bundler/chartmogul_wasm_bg.js`, 'utf8'), renames, (name) => `export function ${name}(`);
const nodeGlue = renameDefinitions(
  readFileSync(`${work}nodejs/chartmogul_wasm.js`, 'utf8'), renames, (name) => `${name}: function(`);
writeFileSync(wasmPath, bytes);
writeFileSync(`${pkg}chartmogul_wasm_bg.js`, glue);
writeFileSync(`${pkg}chartmogul_wasm_node.cjs`, nodeGlue);

// The option and record types come from tsify, run natively: the .wasm is
// built without it (src/lib.rs, `typescript_declarations`).
const declarations = execFileSync('cargo', ['run', '--quiet', '--example', 'typescript'], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
const header = '/* eslint-disable */\n';
const bindgenTypes = readFileSync(`${work}bundler/chartmogul_wasm.d.ts`, 'utf8');
if (!bindgenTypes.includes(header)) throw new Error(`wasm-bindgen's .d.ts has no ${header.trim()} line to put the types after`);
// `[Symbol.dispose]` needs lib "esnext.disposable" in every consumer's
// tsconfig; the method still exists at run time where the runtime has it.
const types = bindgenTypes
  .replace(header, `${header}${declarations}\n`)
  .replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/gm, '');
writeFileSync(`${pkg}chartmogul_wasm.d.ts`, types);
writeFileSync(`${pkg}chartmogul_wasm.d.cts`, types);
copyFileSync(`${pkg}errors.d.ts`, `${pkg}errors.d.cts`);
copyFileSync(`${root}README.md`, `${pkg}README.md`);

// One ESM source for the shared JS; `require` gets CommonJS copies of it.
for (const [name, platform] of [['setup', 'neutral'], ['init', 'neutral'], ['node-transport', 'node']]) {
  run(`${root}node_modules/.bin/esbuild`, [
    `${pkg}${name}.js`, '--bundle', '--format=cjs', `--platform=${platform}`, '--log-level=warning',
    `--outfile=${pkg}${name}.cjs`,
  ]);
}
// The Node (and Bun) ESM entry as one file; see pkg/node-entry.mjs.
run(`${root}node_modules/.bin/esbuild`, [
  `${pkg}node-entry.mjs`, '--bundle', '--format=esm', '--platform=node', '--log-level=warning',
  `--outfile=${pkg}node.mjs`,
]);
writeFileSync(`${pkg}init.d.cts`, readFileSync(`${pkg}init.d.ts`, 'utf8').replace("'./index.js'", "'./index.cjs'"));

const wasm = readFileSync(`${pkg}chartmogul_wasm_bg.wasm`);
console.log(`pkg/chartmogul_wasm_bg.wasm: ${wasm.length} bytes, ${gzipSync(wasm, { level: 9 }).length} gzip`);
