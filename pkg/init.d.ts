export * from './index.js';

/** What `init` loads the wasm from. */
export type WasmSource = WebAssembly.Module | BufferSource | URL | string | Response | PromiseLike<Response>;

/** Loads the wasm once; await it before making a Config or a call. */
export declare function init(source: WasmSource): Promise<void>;
