// What a user writes to import billing data: see import-flow.mjs. Against
// the real API it works in a data source of its own, deleted at the end.
import * as ChartMogul from 'chartmogul-wasm';
import { importFlow } from './import-flow.mjs';

// The key comes from the environment, never the command line (`ps` shows that).
const config = new ChartMogul.Config(process.env.CHARTMOGUL_API_KEY, process.env.CHARTMOGUL_API_BASE);

const result = await importFlow(ChartMogul, config, (step, value) => {
  console.log(`${step} →`, JSON.stringify(value, null, 2));
});
console.log('\nRead back:', JSON.stringify(result));

try {
  await ChartMogul.Invoice.retrieve(config, 'inv_does_not_exist');
} catch (error) {
  if (!(error instanceof ChartMogul.ChartMogulError)) throw error;
  console.log(`\nA missing uuid → ${error.name} (httpStatus ${error.httpStatus}): ${error.message}`);
}
