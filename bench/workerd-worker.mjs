// Inside workerd: `calls` sequential retrieves through raw fetch or this
// package; answers the ms per call. ?mode=raw|wasm&base=…&calls=…
import { Config, DataSource } from 'chartmogul-wasm';

const UUID = 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430';

export default {
  async fetch(request) {
    const params = new URL(request.url).searchParams;
    const base = params.get('base');
    const calls = Number(params.get('calls'));
    const config = new Config('bench_key', base, { retries: 0, maxRequestsPerSecond: 0 }); // unpaced, like raw fetch
    const headers = { Authorization: `Basic ${btoa('bench_key:')}`, Accept: 'application/json' };
    const call = params.get('mode') === 'raw'
      ? async () => (await fetch(`${base}/v1/data_sources/${UUID}`, { headers })).json()
      : () => DataSource.retrieve(config, UUID);
    for (let i = 0; i < 200; i++) await call(); // warm-up
    const started = Date.now();
    for (let i = 0; i < calls; i++) await call();
    return Response.json({ msPerCall: (Date.now() - started) / calls });
  },
};
