// Hosts not listed in package.json: load the .wasm yourself, then
// `await init(source)` once before making a Config or a call.
import * as glue from './chartmogul_wasm_bg.js';
import { instantiate, install } from './setup.js';

export { Config } from './chartmogul_wasm_bg.js';
export * from './api.js';
export * from './errors.js';

let ready;

/** Loads the wasm from a WebAssembly.Module, its bytes, a URL or a Response; later calls reuse the first. */
export function init(source) {
  ready ??= compile(source).then((module) => {
    instantiate(glue, module);
    install(glue);
  });
  return ready;
}

async function compile(source) {
  source = await source;
  // Not `instanceof`: a Module or Response may come from another realm.
  const kind = Object.prototype.toString.call(source);
  if (kind === '[object WebAssembly.Module]') return source;
  if (typeof source === 'string' || source instanceof URL) source = await fetch(source);
  if (Object.prototype.toString.call(source) === '[object Response]') source = await source.arrayBuffer();
  return WebAssembly.compile(source);
}
