// Tools the build needs beyond npm's: the wasm-bindgen CLI at exactly the
// version of the crate pinned in Cargo.toml (the two must match).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const cargoToml = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
export const WASM_BINDGEN_VERSION = cargoToml.match(/^wasm-bindgen = "=([\d.]+)"/m)[1];

function installedVersion() {
  try {
    return execFileSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }).trim().split(' ')[1];
  } catch {
    return undefined;
  }
}

/** Installs wasm-bindgen-cli (and its test runner) only when the right version is missing. */
export function ensureWasmBindgen() {
  const found = installedVersion();
  if (found === WASM_BINDGEN_VERSION) return;
  console.log(`wasm-bindgen ${found ?? 'missing'}; installing ${WASM_BINDGEN_VERSION} (about 3 minutes)`);
  // No --locked: the CLI's lockfile pins a webpki-roots the registry mirror lacks.
  execFileSync('cargo', ['install', 'wasm-bindgen-cli', '--version', WASM_BINDGEN_VERSION], { stdio: 'inherit' });
}
