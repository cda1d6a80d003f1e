// Deno with an `npm:` specifier, served from the local node_modules folder.
import * as api from 'npm:chartmogul-wasm';
import { check, report } from './check.mjs';

report({ ...(await check(api, Deno.args[0])), defaultExport: api.default.DataSource === api.DataSource });
