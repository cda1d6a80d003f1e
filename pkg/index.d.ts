import * as api from './chartmogul_wasm.js';
import * as errors from './errors.js';

export * from './chartmogul_wasm.js';
export * from './errors.js';

/** The default export holds the same API: `ChartMogul.DataSource.retrieve(config, uuid)`. */
declare const ChartMogul: typeof api & typeof errors;
export default ChartMogul;
