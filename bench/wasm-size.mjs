// Where the .wasm's bytes go: code bytes per crate and the largest
// functions, read from the name section of the module wasm-bindgen wrote
// before wasm-opt (target/bindgen/bundler/, after `npm run build`).
// Usage: node bench/wasm-size.mjs [how many functions to list, default 25]
import { readFileSync } from 'node:fs';

const path = new URL('../target/bindgen/bundler/chartmogul_wasm_bg.wasm', import.meta.url);
const bytes = readFileSync(path);
let at = 8;

function leb() {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return value;
  }
}
const text = (length) => bytes.toString('utf8', at, (at += length));

let imported = 0;
const bodies = [];
const names = new Map();
const sections = {};
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  sections[id] = (sections[id] ?? 0) + size;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      text(leb());
      text(leb());
      const kind = bytes[at++];
      if (kind === 0) (leb(), imported++);
      else if (kind === 1) (at++, bytes[at++] & 1 ? (leb(), leb()) : leb());
      else if (kind === 2) (bytes[at++] & 1 ? (leb(), leb()) : leb());
      else at += 2;
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const start = at;
      const length = leb();
      bodies.push(at - start + length);
      at += length;
    }
  } else if (id === 0 && text(leb()) === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const subEnd = leb() + at;
      if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), text(leb()));
      at = subEnd;
    }
  }
  at = end;
}

/** The first crate a symbol names other than std's own (`<serde_path_to_error::Wrap<X> as ...>`). */
function crateOf(name) {
  const crates = [...name.matchAll(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/g)].map((m) => m[1]);
  return crates.find((c) => !['core', 'alloc', 'std'].includes(c)) ?? crates[0] ?? '(unnamed)';
}

const functions = bodies.map((size, i) => ({ size, name: names.get(i + imported) ?? `#${i}` }));
const byCrate = new Map();
for (const { size, name } of functions) byCrate.set(crateOf(name), (byCrate.get(crateOf(name)) ?? 0) + size);
const code = bodies.reduce((a, b) => a + b, 0);
console.log(`code ${code} B in ${bodies.length} functions, data ${sections[11] ?? 0} B (before wasm-opt)\n`);
console.log('bytes  crate');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${String(size).padStart(6)} ${crate}`);
}
console.log('\nbytes  function');
for (const { size, name } of functions.sort((a, b) => b.size - a.size).slice(0, Number(process.argv[2] ?? 25))) {
  console.log(`${String(size).padStart(6)} ${name.slice(0, 150)}`);
}
