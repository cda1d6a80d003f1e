// Deno: imports the .wasm natively; Deno links it to the glue it names.
import * as wasm from './chartmogul_wasm_bg.wasm';
import * as glue from './chartmogul_wasm_bg.js';
import { install } from './setup.js';

glue.__wbg_set_wasm(wasm);
wasm.__wbindgen_start();
const api = install(glue, { shareTimeouts: true });

export const { Config, DataSource } = api;
export * from './errors.js';
export default api;
