// Deno: imports the .wasm natively; Deno links it to the glue it names.
import * as wasm from './chartmogul_wasm_bg.wasm';
import * as glue from './chartmogul_wasm_bg.js';
import * as api from './api.js';
import { errorClasses, install } from './setup.js';

glue.__wbg_set_wasm(wasm);
wasm.__wbindgen_start?.();
export const Config = install(glue, { shareTimeouts: true });
export * from './api.js';
export * from './errors.js';
export default { Config, ...api, ...errorClasses };
