// Node, `require`: wasm-bindgen's nodejs glue loads the same .wasm itself.
const glue = require('./chartmogul_wasm_node.cjs');
const { errorClasses, install } = require('./setup.cjs');

module.exports = { Config: install(glue, { shareTimeouts: true }), ...require('./api.cjs'), ...errorClasses };
