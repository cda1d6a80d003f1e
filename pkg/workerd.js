// Cloudflare Workers (workerd): compiling wasm from bytes is forbidden there;
// wrangler turns this import into a ready WebAssembly.Module.
import module from './chartmogul_wasm_bg.wasm';
import * as glue from './chartmogul_wasm_bg.js';
import { instantiate, install } from './setup.js';

instantiate(glue, module);
const api = install(glue);

export const { Config, DataSource } = api;
export * from './errors.js';
export default api;
