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

// chartmogul-wasm/testing through `require` types.
import testing = require('chartmogul-wasm/testing');

export async function useTestingServer(): Promise<string> {
  const testingServer: testing.LocalServer = await testing.startServer();
  testingServer.fail({ status: 503, times: 2 });
  await testingServer.close();
  return testingServer.url;
}
