// Node, `require`: wasm-bindgen's nodejs glue loads the same .wasm itself.
const glue = require('./chartmogul_wasm_node.cjs');
const { install } = require('./setup.cjs');
const { nodeTransport } = require('./node-transport.cjs');

module.exports = install(glue, { shareTimeouts: true, transport: nodeTransport });
