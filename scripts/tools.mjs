// Tools beyond npm's: Rust's wasm32 target, the wasm-bindgen CLI at exactly the version of the
// crate pinned in Cargo.toml (the two must match), and Debian's Chromium
// with its driver for the browser tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const cargoToml = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
export const WASM_BINDGEN_VERSION = cargoToml.match(/^wasm-bindgen = (?:\{ version = )?"=([\d.]+)"/m)[1];

function installedVersion() {
  try {
    return execFileSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }).trim().split(' ')[1];
  } catch {
    return undefined;
  }
}

/**
 * Adds the wasm32 target when the toolchain lacks it: rust-toolchain.toml's
 * `targets` are installed only together with a new toolchain.
 */
export function ensureWasmTarget() {
  const libdir = execFileSync('rustc', ['--print', 'target-libdir', '--target', 'wasm32-unknown-unknown'], {
    cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8',
  }).trim();
  if (existsSync(libdir)) return;
  console.log('the wasm32-unknown-unknown target is missing; adding it with rustup');
  execFileSync('rustup', ['target', 'add', 'wasm32-unknown-unknown'], {
    cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit',
  });
}

/** Installs wasm-bindgen-cli (and its test runner) only when the right version is missing. */
export function ensureWasmBindgen() {
  const found = installedVersion();
  if (found === WASM_BINDGEN_VERSION) return;
  console.log(`wasm-bindgen ${found ?? 'missing'}; installing ${WASM_BINDGEN_VERSION} (about 3 minutes)`);
  // No --locked: the CLI's lockfile pins a webpki-roots the registry mirror lacks.
  execFileSync('cargo', ['install', 'wasm-bindgen-cli', '--version', WASM_BINDGEN_VERSION], { stdio: 'inherit' });
}

export const CHROMIUM = '/usr/bin/chromium';
const CHROMEDRIVER = '/usr/bin/chromedriver';

/** Installs Debian's chromium and chromium-driver when missing (as root, through apt-get). */
export function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(CHROMEDRIVER)) return;
  if (process.getuid?.() !== 0) {
    throw new Error('the browser tests need Chromium: run `apt-get install -y chromium chromium-driver` as root');
  }
  console.log('installing Debian chromium and chromium-driver for the browser tests');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-driver'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
