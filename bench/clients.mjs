// The three ways to retrieve a data source that the benchmark compares,
// each as `make(base) → () => Promise<record>`.
import { createRequire } from 'node:module';

export const UUID = 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430';
export const KEY = 'bench_key';

const require = createRequire(import.meta.url);

export const CLIENTS = {
  /** The floor: fetch + res.json(), nothing else. */
  async raw(base) {
    const headers = { Authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`, Accept: 'application/json' };
    return async () => {
      const res = await fetch(`${base}/v1/data_sources/${UUID}`, { headers });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json();
    };
  },
  /**
   * fetch with what this package does on every call besides retries: a
   * per-attempt timeout (an AbortController and a timer), redirects not
   * followed, a User-Agent. The floor for a client with a timeout.
   */
  async guarded(base) {
    const headers = {
      Authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`,
      Accept: 'application/json',
      'User-Agent': 'bench/1',
    };
    return async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const res = await fetch(`${base}/v1/data_sources/${UUID}`, { headers, signal: controller.signal, redirect: 'manual' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return await res.json();
      } finally {
        clearTimeout(timer);
      }
    };
  },
  /** This package, as installed from its tarball (PACKAGE_DIR's node_modules). */
  async wasm(base) {
    const { Config, DataSource } = await import(process.env.CHARTMOGUL_WASM);
    // Unpaced, like raw fetch: the bench measures the code, paced.mjs the 40/s pace.
    const config = new Config(KEY, base, { retries: 0, maxConcurrency: 1000, maxRequestsPerSecond: 0 });
    return () => DataSource.retrieve(config, UUID);
  },
  /** The official client, retries off. */
  async node(base) {
    const ChartMogul = require('chartmogul-node');
    const config = new ChartMogul.Config(KEY, base);
    config.retries = 0;
    return () => ChartMogul.DataSource.retrieve(config, UUID);
  },
};
