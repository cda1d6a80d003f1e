// Browsers and other hosts with fetch: streams the .wasm next to this file
// (bundlers treat `new URL(…, import.meta.url)` as an asset to ship).
import * as glue from './chartmogul_wasm_bg.js';
import * as api from './api.js';
import { errorClasses, instantiate, install } from './setup.js';

const url = new URL('./chartmogul_wasm_bg.wasm', import.meta.url);
instantiate(glue, await WebAssembly.compileStreaming(fetch(url)));
export const Config = install(glue);
export * from './api.js';
export * from './errors.js';
export default { Config, ...api, ...errorClasses };
