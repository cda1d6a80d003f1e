import * as api from './api.js';
import * as errors from './errors.js';
import { Config } from './chartmogul_wasm.js';

export * from './chartmogul_wasm.js';
export * from './api.js';
export * from './errors.js';

/** The default export holds the same API: `ChartMogul.DataSource.retrieve(config, uuid)`. */
declare const ChartMogul: { Config: typeof Config } & typeof api & typeof errors;
export default ChartMogul;
