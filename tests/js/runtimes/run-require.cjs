// `require` of the installed package in Node; the base URL is the first argument.
const api = require('chartmogul-wasm');

import('./check.mjs').then(async ({ check, report }) => report(await check(api, process.argv[2])));
