// A local server that answers like ChartMogul's API for the calls this
// package makes: Basic auth, the data source endpoints with their query
// flags, ChartMogul's error bodies and status codes, and CORS. It records
// each request so tests can check what was (or was not) sent, counts
// requests in flight per API key, and plays faults (faults.mjs) on request:
//   ds_fault_<fault>              always that fault
//   ds_flaky_<fault>_<n>_<token>  that fault for the first n attempts, then the record
//   ds_chaos_<i>                  a seeded, reproducible mix of faults per attempt
//
//   node tests/server/server.mjs [--port N]   prints "listening on http://127.0.0.1:N"
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { DATA_SOURCES, FLAG_FIELDS, SAMPLE_API_KEY, SCENARIOS } from './data.mjs';
import { chaosFault, FAULTS } from './faults.mjs';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
  'Access-Control-Max-Age': '600',
  'Access-Control-Expose-Headers': 'Retry-After',
};
const UNAUTHORIZED = { code: 401, message: 'No valid API key provided', param: null };
const FLAGS = Object.keys(FLAG_FIELDS);

function send(res, { status, body = '', type = 'application/json', headers = {} }) {
  res.writeHead(status, { ...CORS, ...headers, ...(body ? { 'Content-Type': type } : {}) });
  res.end(body);
}

function sendJson(res, status, value, headers = {}) {
  send(res, { status, body: JSON.stringify(value), headers });
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

/** A record for generated uuids (faults, chaos), named after the uuid. */
function recordFor(uuid) {
  return { ...DATA_SOURCES[0], uuid, name: `Source ${uuid}` };
}

/** Answers the fault and data-source routes that need per-uuid state; false if `uuid` is none of them. */
function playFault(res, uuid, state) {
  const attempt = (state.attempts.get(uuid) ?? 0) + 1;
  state.attempts.set(uuid, attempt);
  let fault;
  let match;
  if ((match = uuid.match(/^ds_fault_([a-z_]+)$/))) fault = match[1];
  else if ((match = uuid.match(/^ds_flaky_([a-z_]+)_(\d+)_\w+$/))) fault = attempt <= Number(match[2]) ? match[1] : 'ok';
  else if (uuid.startsWith('ds_chaos_')) fault = chaosFault(state.seed, uuid, attempt);
  else return false;
  if (!FAULTS[fault]) return false;
  if (!state.served.has(uuid)) state.served.set(uuid, []);
  state.served.get(uuid).push(fault);
  // Some "work", as a real server has: calls overlap, so connection limits fill up.
  setTimeout(() => FAULTS[fault](res, recordFor(uuid)), 20);
  return true;
}

/** One-off answers that need the request's own context; false if `uuid` is none of them. */
function special(res, uuid, { apiKey, port }) {
  switch (uuid) {
    // A careless proxy that repeats the caller's key in its error body.
    case 'ds_scenario_echo_key':
      sendJson(res, 400, { error: `Unknown key ${apiKey} for this account` });
      break;
    // A redirect to another origin (localhost is not 127.0.0.1): must not be followed with the key.
    case 'ds_scenario_redirect':
      res.writeHead(302, { ...CORS, Location: `http://localhost:${port}/v1/data_sources/redirected_here` }).end();
      break;
    case 'ds_scenario_rate_limited_long':
      sendJson(res, 429, { code: 429, message: 'Too many requests' }, { 'Retry-After': '120' });
      break;
    case 'ds_scenario_huge': // declared too large: refused without reading
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json', 'Content-Length': String(11 * 1024 * 1024) });
      res.write('{"uuid":"');
      break;
    case 'ds_scenario_huge_chunked': // no length given: refused while reading
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
      streamForever(res);
      break;
    case 'ds_scenario_slow':
      setTimeout(() => sendJson(res, 200, recordFor(uuid)), 100);
      break;
    default:
      return false;
  }
  return true;
}

/** Writes 64 KiB chunks until the client goes away. */
function streamForever(res) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const more = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', more);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  more();
}

function retrieve(res, uuid, params, context) {
  if (special(res, uuid, context)) return;
  if (playFault(res, uuid, context.state)) return;
  const scenario = uuid.startsWith('ds_scenario_') && SCENARIOS[uuid.slice('ds_scenario_'.length)];
  if (scenario) return send(res, scenario);
  const found = DATA_SOURCES.find((ds) => ds.uuid === uuid);
  if (!found) return sendJson(res, 404, { error: 'Data source not found' });
  const { record, error } = withFlags(found, params);
  if (error) return sendJson(res, 400, { error });
  sendJson(res, 200, record);
}

/** Test-only introspection; DELETE answers the same and starts afresh. Keys are never listed. */
function introspect(req, res, url, state) {
  const views = {
    '/__requests': () => [...state.requests],
    '/__served': () => Object.fromEntries(state.served),
    '/__in_flight': () =>
      Object.fromEntries([...state.inFlight].map(([client, c]) => [client, { now: c.open.size, max: c.max }])),
  };
  const view = views[url.pathname];
  if (!view) return false;
  if (req.method === 'PUT' && url.pathname === '/__in_flight') {
    clientCounts(state, url.searchParams.get('client')).timeoutMs = Number(url.searchParams.get('timeout_ms'));
  }
  const seen = JSON.parse(JSON.stringify(view())); // a snapshot, before any reset
  if (req.method === 'DELETE') {
    state.requests.length = 0;
    state.served.clear();
    state.attempts.clear();
    for (const counts of state.inFlight.values()) counts.max = counts.open.size;
  }
  sendJson(res, 200, seen);
  return true;
}

/**
 * Counts the request as in flight for its client until its answer is sent or
 * its connection breaks. A request older than the client's own timeout
 * (set with PUT /__in_flight?client=…&timeout_ms=…) is not counted: the
 * client has given up on it, even if its connection is still closing.
 */
function trackInFlight(req, res, client, state) {
  const counts = clientCounts(state, client);
  const request = { started: Date.now() };
  counts.open.add(request);
  const live = [...counts.open].filter((r) => request.started - r.started < counts.timeoutMs).length;
  counts.max = Math.max(counts.max, live);
  const end = () => counts.open.delete(request);
  res.on('finish', end);
  res.on('close', end);
}

function clientCounts(state, client) {
  if (!state.inFlight.has(client)) state.inFlight.set(client, { open: new Set(), max: 0, timeoutMs: Infinity });
  return state.inFlight.get(client);
}

/**
 * Starts the server. Valid keys are `apiKey` and `apiKey_<client>` (so tests
 * can act as separate clients); `seed` fixes the chaos mix.
 */
export function startServer({ port = 0, apiKey = SAMPLE_API_KEY, seed = 42 } = {}) {
  const state = { requests: [], served: new Map(), attempts: new Map(), inFlight: new Map(), seed };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // Every answer, faults included, carries CORS headers, as ChartMogul's do.
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
    if (introspect(req, res, url, state)) return;
    if (req.method === 'OPTIONS') return send(res, { status: 204 });
    const key = apiKeyOf(req.headers.authorization);
    const authorized = key === apiKey || (key?.startsWith(`${apiKey}_`) ?? false);
    state.requests.push({
      method: req.method,
      host: req.headers.host,
      path: url.pathname,
      query: url.search,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      authorized,
    });
    if (!authorized) return sendJson(res, 401, UNAUTHORIZED);
    trackInFlight(req, res, key.slice(apiKey.length + 1) || 'default', state);
    const match = url.pathname.match(/^\/(?:[^/]+\/)*v1\/data_sources\/([^/]+)$/);
    const context = { apiKey: key, port: server.address().port, state };
    if (req.method === 'GET' && match) return retrieve(res, decodeURIComponent(match[1]), url.searchParams, context);
    sendJson(res, 404, { error: 'Not found' });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      const close = () => {
        server.closeAllConnections(); // hanging faults would hold close() forever
        return new Promise((done) => server.close(done));
      };
      resolve({ url, apiKey, close });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
  const { url } = await startServer({ port });
  console.log(`listening on ${url}`);
}
