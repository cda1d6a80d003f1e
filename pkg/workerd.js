// Cloudflare Workers (workerd): compiling wasm from bytes is forbidden there;
// wrangler turns this import into a ready WebAssembly.Module.
import module from './chartmogul_wasm_bg.wasm';
import * as glue from './chartmogul_wasm_bg.js';
import * as api from './api.js';
import { errorClasses, instantiate, install } from './setup.js';

instantiate(glue, module);
export const Config = install(glue);
export * from './api.js';
export * from './errors.js';
export default { Config, ...api, ...errorClasses };
