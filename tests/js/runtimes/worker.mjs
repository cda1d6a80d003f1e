// A Cloudflare Worker using the package, bundled by wrangler as users do.
import * as api from 'chartmogul-wasm';
import { check } from './check.mjs';

export default {
  async fetch(request) {
    const base = new URL(request.url).searchParams.get('base');
    return Response.json(await check(api, base));
  },
};
