export * from './chartmogul_wasm.js';
export * from './errors.js';
import * as ChartMogul from './index.js';
export default ChartMogul;
