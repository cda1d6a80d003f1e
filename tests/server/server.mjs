// A local server that answers like ChartMogul's API for the calls this
// package makes: Basic auth, the data source endpoints with their query
// flags, ChartMogul's error bodies and status codes, and CORS. It records
// each request so tests can check what was (or was not) sent.
//
//   node tests/server/server.mjs [--port N]   prints "listening on http://127.0.0.1:N"
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { DATA_SOURCES, FLAG_FIELDS, SAMPLE_API_KEY, SCENARIOS } from './data.mjs';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
  'Access-Control-Max-Age': '600',
};
const UNAUTHORIZED = { code: 401, message: 'No valid API key provided', param: null };
const FLAGS = Object.keys(FLAG_FIELDS);

function send(res, { status, body = '', type = 'application/json', headers = {} }) {
  res.writeHead(status, { ...CORS, ...headers, ...(body ? { 'Content-Type': type } : {}) });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, { status, body: JSON.stringify(value) });
}

/** The key of a Basic auth header, or undefined. */
function apiKeyOf(header = '') {
  const [scheme, encoded = ''] = header.split(' ');
  if (scheme !== 'Basic') return undefined;
  const [user, password] = Buffer.from(encoded, 'base64').toString().split(':');
  return password === '' ? user : undefined;
}

/** Adds the fields asked for with `with_*=true`; other values are a 400, as ChartMogul does. */
function withFlags(record, params) {
  const out = { ...record };
  for (const flag of FLAGS) {
    const value = params.get(flag);
    if (value === null || value === 'false') continue;
    if (value !== 'true') return { error: `${flag} must be true or false` };
    Object.assign(out, FLAG_FIELDS[flag]);
  }
  return { record: out };
}

function retrieve(res, uuid, params, apiKey) {
  // A careless proxy that repeats the caller's key in its error body.
  if (uuid === 'ds_scenario_echo_key') return sendJson(res, 400, { error: `Unknown key ${apiKey} for this account` });
  const scenario = uuid.startsWith('ds_scenario_') && SCENARIOS[uuid.slice('ds_scenario_'.length)];
  if (scenario) return send(res, scenario);
  const found = DATA_SOURCES.find((ds) => ds.uuid === uuid);
  if (!found) return sendJson(res, 404, { error: 'Data source not found' });
  const { record, error } = withFlags(found, params);
  if (error) return sendJson(res, 400, { error });
  sendJson(res, 200, record);
}

export function startServer({ port = 0, apiKey = SAMPLE_API_KEY } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/__requests') {
      // Test-only introspection: what reached the server, keys not included.
      // DELETE answers the same list and starts a new one.
      const seen = [...requests];
      if (req.method === 'DELETE') requests.length = 0;
      return sendJson(res, 200, seen);
    }
    if (req.method === 'OPTIONS') return send(res, { status: 204 });
    requests.push({
      method: req.method,
      path: url.pathname,
      query: url.search,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      authorized: apiKeyOf(req.headers.authorization) === apiKey,
    });
    if (apiKeyOf(req.headers.authorization) !== apiKey) return sendJson(res, 401, UNAUTHORIZED);
    const match = url.pathname.match(/^\/(?:[^/]+\/)*v1\/data_sources\/([^/]+)$/);
    if (req.method === 'GET' && match) return retrieve(res, decodeURIComponent(match[1]), url.searchParams, apiKey);
    sendJson(res, 404, { error: 'Not found' });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({ url, apiKey, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
  const { url } = await startServer({ port });
  console.log(`listening on ${url}`);
}
