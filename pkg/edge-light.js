// Vercel Edge / Next.js edge routes: `?module` gives a precompiled
// WebAssembly.Module (compiling from bytes is forbidden there too).
import module from './chartmogul_wasm_bg.wasm?module';
import * as glue from './chartmogul_wasm_bg.js';
import { instantiate, install } from './setup.js';

instantiate(glue, module);
const api = install(glue);

export const { Config, DataSource } = api;
export * from './errors.js';
export default api;
