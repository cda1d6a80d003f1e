// Browsers and other hosts with fetch: streams the .wasm next to this file
// (bundlers treat `new URL(…, import.meta.url)` as an asset to ship).
import * as glue from './chartmogul_wasm_bg.js';
import { instantiate, install } from './setup.js';

const url = new URL('./chartmogul_wasm_bg.wasm', import.meta.url);
instantiate(glue, await WebAssembly.compileStreaming(fetch(url)));
const api = install(glue);

export const { Config, DataSource } = api;
export * from './errors.js';
export default api;
