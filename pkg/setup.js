// What every entry does once the wasm glue is loaded: hand Rust the error
// factory, and answer a `config` that is not a Config with our own
// ConfigurationError (wasm-bindgen's glue would throw a plain Error first).

import { errorClasses, ConfigurationError } from './errors.js';

function makeError(className, message, { httpStatus, response, attempts, retryAfter }) {
  const error = new errorClasses[className](message, httpStatus, response);
  if (attempts !== undefined) error.attempts = attempts;
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return error;
}

/** Instantiates the shared `.wasm` module against the ESM glue; returns the instance. */
export function instantiate(glue, module) {
  const instance = new WebAssembly.Instance(module, { './chartmogul_wasm_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return instance;
}

/**
 * A shared timeout's timer may outlive its calls (src/timeout.rs): it must
 * not keep the process alive. Node and Bun give timer objects, Deno numbers.
 */
function unrefTimer(timer) {
  if (typeof timer === 'number') globalThis.Deno.unrefTimer(timer);
  else timer.unref();
}

/**
 * Wires the glue to the error classes; returns the public API.
 * `shareTimeouts`: let attempts of different calls share an AbortController
 * (cheaper in Node). Only in Node, Bun and Deno: in workerd or Vercel Edge a
 * controller is tied to one request, and timers cannot be unref'd.
 * `transport`: an object whose `fetch` every call uses instead of the
 * global one (node-transport.js).
 */
export function install(glue, { shareTimeouts = false, transport } = {}) {
  glue.__setErrorFactory(makeError);
  if (shareTimeouts) glue.__shareTimeouts(unrefTimer);
  if (transport) glue.__useTransport(transport);
  const { Config, DataSource } = glue;
  // Node's inspect shows the safe fields (never the key) instead of a pointer.
  Config.prototype[Symbol.for('nodejs.util.inspect.custom')] = function (depth, options, inspect) {
    return `Config ${inspect(this.toJSON(), options)}`;
  };
  for (const call of ['retrieve', 'all', 'create', 'destroy']) {
    const wasmCall = DataSource[call];
    DataSource[call] = function (config, ...rest) {
      if (!(config instanceof Config)) {
        return Promise.reject(
          new ConfigurationError('config must be a Config from this package: new Config(apiKey, apiBase?)'),
        );
      }
      return wasmCall.call(this, config, ...rest);
    };
  }
  return { Config, DataSource, ...errorClasses };
}
