// Node and Bun, `import`: one synchronous compile of the shared .wasm next
// to this file. The build bundles this entry with the glue, setup.js and
// errors.js into node.mjs: Node's ESM loader costs about 0.5 ms per file on
// a cold import (bench/HISTORY.md).
import { readFileSync } from 'node:fs';
import * as glue from './chartmogul_wasm_bg.js';
import { nodeTransport } from './node-transport.js';
import { instantiate, install } from './setup.js';

instantiate(glue, new WebAssembly.Module(readFileSync(new URL('./chartmogul_wasm_bg.wasm', import.meta.url))));
// Bun's fetch is its own fast one (and its node:http is built on it).
const transport = process.versions.bun ? undefined : nodeTransport;
const api = install(glue, { shareTimeouts: true, transport });

export const { Config, DataSource } = api;
export * from './errors.js';
export default api;
