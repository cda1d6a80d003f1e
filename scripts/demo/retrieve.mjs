// What a user writes: retrieve one data source, and show a typed error.
import { Config, DataSource, ChartMogulError } from 'chartmogul-wasm';

// The key comes from the environment, never the command line (`ps` shows that).
const config = new Config(process.env.CHARTMOGUL_API_KEY, process.env.CHARTMOGUL_API_BASE);
const uuid = process.argv[2];

const dataSource = await DataSource.retrieve(config, uuid, { with_processing_status: true });
console.log('DataSource.retrieve →');
console.log(JSON.stringify(dataSource, null, 2));

try {
  await DataSource.retrieve(config, 'ds_does_not_exist');
} catch (error) {
  if (!(error instanceof ChartMogulError)) throw error;
  console.log(`\nA missing uuid → ${error.name} (httpStatus ${error.httpStatus}): ${error.message}`);
}
