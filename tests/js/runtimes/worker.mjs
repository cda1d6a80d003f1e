// A Cloudflare Worker using the package, bundled by wrangler as users do.
import * as api from 'chartmogul-wasm';
import { check, retrieveOnly } from './check.mjs';

export default {
  async fetch(request) {
    const params = new URL(request.url).searchParams;
    const base = params.get('base');
    // `retrieve`: one call only, for requests sent in quick succession.
    if (params.has('retrieve')) return Response.json(await retrieveOnly(api, base));
    return Response.json(await check(api, base));
  },
};
