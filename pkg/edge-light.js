// Vercel Edge / Next.js edge routes: `?module` gives a precompiled
// WebAssembly.Module (compiling from bytes is forbidden there too).
import module from './chartmogul_wasm_bg.wasm?module';
import * as glue from './chartmogul_wasm_bg.js';
import * as api from './api.js';
import { errorClasses, instantiate, install } from './setup.js';

instantiate(glue, module);
export const Config = install(glue);
export * from './api.js';
export * from './errors.js';
export default { Config, ...api, ...errorClasses };
