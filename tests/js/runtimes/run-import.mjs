// `import` of the installed package in Node, Bun or Deno; the base URL is the first argument.
import * as api from 'chartmogul-wasm';
import { check, report } from './check.mjs';

const base = globalThis.Deno ? Deno.args[0] : process.argv[2];
const result = await check(api, base);
report({ ...result, defaultExport: api.default.DataSource === api.DataSource });
