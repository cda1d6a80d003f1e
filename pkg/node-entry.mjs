// Node and Bun, `import`: one synchronous compile of the shared .wasm next
// to this file. The build bundles this entry with the glue, setup.js,
// api.js and errors.js into node.mjs: Node's ESM loader costs about 0.5 ms
// per file on a cold import (bench/HISTORY.md).
import { readFileSync } from 'node:fs';
import * as glue from './chartmogul_wasm_bg.js';
import * as api from './api.js';
import { errorClasses, instantiate, install } from './setup.js';

instantiate(glue, new WebAssembly.Module(readFileSync(new URL('./chartmogul_wasm_bg.wasm', import.meta.url))));
export const Config = install(glue, { shareTimeouts: true });
export * from './api.js';
export * from './errors.js';
export default { Config, ...api, ...errorClasses };
