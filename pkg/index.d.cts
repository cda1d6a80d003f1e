export * from './chartmogul_wasm.cjs';
export * from './api.cjs';
export * from './errors.cjs';
