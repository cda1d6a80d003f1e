// The same package through `require` types (CommonJS consumer).
import ChartMogul = require('chartmogul-wasm');

export async function use(): Promise<string> {
  const config = new ChartMogul.Config('key');
  const ds = await ChartMogul.DataSource.retrieve(config, 'ds_1');
  // @ts-expect-error a missing uuid
  await ChartMogul.DataSource.retrieve(config);
  const error: ChartMogul.ChartMogulError = new ChartMogul.NotFoundError('x', 404, {});
  return ds.uuid + error.message;
}
