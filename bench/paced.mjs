// A bulk job through one Config against a server that enforces ChartMogul's
// 40 requests a second (the local test server's limitRate): 1,000
// retrieves, 64 in flight, with the default pace. Prints JSON: calls per
// second, and how many the server refused (429).
//   CHARTMOGUL_WASM=<installed package> node bench/paced.mjs [calls]
import { startServer } from '../pkg/testing/server.mjs';

const { Config, DataSource } = await import(process.env.CHARTMOGUL_WASM);
const calls = Number(process.argv[2] ?? 1000);
const server = await startServer({ apiKey: 'bench_key' });
const client = 'bulk';
server.limitRate({ client, perSecond: 40 });
const config = new Config(`${server.apiKey}_${client}`, server.url, { retries: 0, maxConcurrency: 64 });

let next = 0;
let failed = 0;
const started = performance.now();
const worker = async () => {
  while (next++ < calls) {
    await DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430').catch(() => failed++);
  }
};
await Promise.all(Array.from({ length: 64 }, worker));
const seconds = (performance.now() - started) / 1000;
const { refused } = server.rateLimits()[client];
await server.close();
console.log(JSON.stringify({ calls, callsPerSecond: calls / seconds, refused, failed }));
