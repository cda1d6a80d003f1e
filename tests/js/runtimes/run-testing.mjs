// chartmogul-wasm/testing in Node, Bun or Deno: a server of its own, seeded,
// called through the package, a fault retried, closed. `require` as the
// first argument loads it through require (Node, Bun).
import { createRequire } from 'node:module';
import { Config, DataSource } from 'chartmogul-wasm';

const viaRequire = (globalThis.Deno ? Deno.args : process.argv.slice(2))[0] === 'require';
const { startServer } = viaRequire
  ? createRequire(import.meta.url)('chartmogul-wasm/testing')
  : await import('chartmogul-wasm/testing');
const server = await startServer();
try {
  const { dataSources: [source] } = server.seed({ dataSources: [{ name: 'Runtime check' }] });
  server.fail({ status: 503, times: 1 });
  const config = new Config('runtime_key', server.url, { retries: 1 });
  const { name } = await DataSource.retrieve(config, source.uuid);
  const result = { name, paths: server.requests().map((r) => r.path), keyRecorded: JSON.stringify(server.requests()).includes('runtime_key') };
  console.log(`RESULT ${JSON.stringify(result)}`);
} finally {
  await server.close();
}
