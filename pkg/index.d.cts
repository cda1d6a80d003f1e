export * from './chartmogul_wasm.cjs';
export * from './errors.cjs';
