'use strict';
// `require('chartmogul-wasm/testing')`: the server is ESM (server.mjs), and
// startServer is async anyway, so it loads the module on the first call.
exports.startServer = async (options) => (await import('./server.mjs')).startServer(options);
