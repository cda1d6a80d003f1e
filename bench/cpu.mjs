// The package's own CPU per call, without a network: DataSource.retrieve
// through a Config whose fetch is a stub answering at once. The stub's own
// cost (a new Response each time, read by JSON.parse the same way) is
// measured alone and taken off. Prints JSON: µs per call.
//   CHARTMOGUL_WASM=<installed package> node bench/cpu.mjs [calls]
const { Config, DataSource } = await import(process.env.CHARTMOGUL_WASM);
const calls = Number(process.argv[2] ?? 50_000);
const body = JSON.stringify({
  uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430', name: 'In-house billing', system: 'Custom',
  created_at: '2023-01-10T15:34:05.918Z', status: 'idle',
});
const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
const stub = async () => new Response(body, { status: 200, headers });

/** µs per call of `call`, after a warm-up, one call at a time. */
async function perCall(call) {
  for (let i = 0; i < 2_000; i++) await call();
  const started = process.cpuUsage();
  for (let i = 0; i < calls; i++) await call();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / calls;
}

// Unpaced: at the default 40/s the loop would measure the wait, not the code.
const config = new Config('bench_key', 'https://api.chartmogul.com', { retries: 0, maxRequestsPerSecond: 0, fetch: stub });
const stubOnly = await perCall(async () => JSON.parse(await (await stub()).text()));
const withPackage = await perCall(() => DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430'));
console.log(JSON.stringify({ calls, stubUs: stubOnly, packageUs: withPackage, ownUs: withPackage - stubOnly }));
