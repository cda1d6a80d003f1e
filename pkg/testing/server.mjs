// A local server that answers like ChartMogul's API for the calls this
// package makes: Basic auth, the endpoints with ChartMogul's error bodies
// and status codes (data-sources.mjs, account.mjs, plans.mjs,
// plan-groups.mjs, customers.mjs, attributes.mjs, contacts.mjs, customer-notes.mjs, opportunities.mjs, tasks.mjs,
// subscription-events.mjs, subscriptions.mjs, subscription-attributes.mjs, json-imports.mjs, invoices.mjs,
// line-items.mjs, transactions.mjs, metrics.mjs), cursor pages (pages.mjs), and CORS. Its routes
// are the package's endpoint table (pkg/api.js, written by the build): a
// request is matched to a `Class.method` there, then to its handler. It records each
// request (its body too) so tests can check what was (or was not) sent, counts requests
// in flight per client, and takes seeded records and faults to play (control.mjs).
// Users get it as `chartmogul-wasm/testing` (server.d.mts says what startServer gives).
//
//   node pkg/testing/server.mjs [--port N] [--api-key KEY]   prints "listening on http://127.0.0.1:N"
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { endpoints } from '../api.js';
import { handlers as accountHandlers } from './account.mjs';
import { handlers as contactHandlers } from './contacts.mjs';
import { handlers as attributeHandlers } from './attributes.mjs';
import { handlers as customerHandlers } from './customers.mjs';
import { handlers as noteHandlers } from './customer-notes.mjs';
import { handlers as dataSourceHandlers, newStore } from './data-sources.mjs';
import { handlers as invoiceHandlers } from './invoices.mjs';
import { handlers as jsonImportHandlers } from './json-imports.mjs';
import { handlers as lineItemHandlers } from './line-items.mjs';
import { handlers as metricsHandlers } from './metrics.mjs';
import { handlers as planGroupHandlers } from './plan-groups.mjs';
import { handlers as opportunityHandlers } from './opportunities.mjs';
import { handlers as planHandlers } from './plans.mjs';
import { handlers as subscriptionEventHandlers } from './subscription-events.mjs';
import { handlers as subscriptionHandlers } from './subscriptions.mjs';
import { handlers as subscriptionAttributeHandlers } from './subscription-attributes.mjs';
import { handlers as taskHandlers } from './tasks.mjs';
import { handlers as transactionHandlers } from './transactions.mjs';
import { fail, playFault, seed as seedStores } from './control.mjs';
import { CORS, send, sendJson } from './respond.mjs';

const HANDLERS = {
  ...dataSourceHandlers, ...accountHandlers, ...planHandlers, ...planGroupHandlers, ...customerHandlers,
  ...contactHandlers, ...noteHandlers, ...opportunityHandlers, ...taskHandlers,
  ...subscriptionEventHandlers, ...subscriptionHandlers, ...jsonImportHandlers,
  ...invoiceHandlers, ...lineItemHandlers, ...transactionHandlers, ...attributeHandlers, ...subscriptionAttributeHandlers,
  // Last: it records the connections that customers.mjs's handlers answer.
  ...metricsHandlers,
};
/**
 * Each endpoint's path as a pattern; any prefix before /v1 is a proxy's, and
 * kept. A template's own query (`?customer_uuid={customer_uuid}`) is not
 * part of the pattern: its keys tell apart rows that share a path.
 */
const ROUTES = endpoints.map((endpoint) => {
  const [path, query = ''] = endpoint.path.split('?');
  return {
    endpoint,
    pattern: new RegExp(`^/(?:[^/]+/)*${path.slice(1).replace(/\{[^}]+\}/g, '([^/]+)')}$`),
    queryKeys: [...new URLSearchParams(query).keys()],
  };
});

/** Answers a request by the table; false if no endpoint has its path. */
function route(req, res, url, body, context) {
  const matching = ROUTES.map(({ endpoint, pattern, queryKeys }) => [endpoint, url.pathname.match(pattern), queryKeys])
    .filter(([, match]) => match);
  if (!matching.length) return false;
  // Of the rows with this verb whose template query keys the request has,
  // the one with the most such keys, then the fewest path parameters, as
  // ChartMogul routes a literal segment before a parameter
  // (`/v1/customers/search` is not a customer's uuid, nor
  // `/v1/invoices/disabled_state` modify's `{uuid}`).
  const [found] = matching
    .filter(([endpoint, , keys]) => endpoint.verb === req.method && keys.every((key) => url.searchParams.has(key)))
    .sort(([a, , aKeys], [b, , bKeys]) => bKeys.length - aKeys.length || a.params.length - b.params.length);
  if (!found) return sendJson(res, 405, { error: 'Method not allowed' }), true;
  const [endpoint, match] = found;
  // An overloaded method's rows (two with one name) are told apart by path.
  const name = `${endpoint.class}.${endpoint.method}`;
  const handle = HANDLERS[`${name} ${endpoint.path}`] ?? HANDLERS[name];
  if (!handle) throw new Error(`the local server has no handler for ${name} (${endpoint.path})`);
  const params = match.slice(1).map(decodeURIComponent);
  handle({ req, res, params, query: url.searchParams, body, context });
  return true;
}

const UNAUTHORIZED = { code: 401, message: 'No valid API key provided', param: null };
const RATE_LIMITED = { code: 429, message: 'Your request rate has exceeded our rate limit.', param: null };

/** The key of a Basic auth header, or undefined. */
function apiKeyOf(header = '') {
  const [scheme, encoded = ''] = header.split(' ');
  if (scheme !== 'Basic') return undefined;
  const [user, password] = Buffer.from(encoded, 'base64').toString().split(':');
  return password === '' ? user : undefined;
}

/**
 * The control routes, for tests in another process (the in-process object
 * of startServer calls the same functions): under /__testing/, a path no
 * ChartMogul call has (theirs have /v1/). No key needed; keys are never
 * listed.
 *   GET|DELETE requests   what was seen (DELETE: and start afresh)
 *   GET served            the faults played per data source uuid (chaos)
 *   GET|PUT in_flight     requests in flight per client (PUT ?client=…&timeout_ms=…)
 *   GET|PUT rate_limit    a requests-a-second limit per client (PUT ?client=…&per_second=…)
 *   POST seed             JSON { store: [records] } into the stores; answers them as stored
 *   POST fail             JSON fault for the next matching requests (control.mjs)
 */
async function controlRoute(req, res, url, control) {
  const name = url.pathname.slice('/__testing/'.length);
  const query = url.searchParams;
  const routes = {
    'GET requests': () => control.requests(),
    'DELETE requests': () => control.clearRequests(),
    'GET served': () => control.served(),
    'GET in_flight': () => control.inFlight(),
    'PUT in_flight': () => (control.countInFlight(query.get('client'), Number(query.get('timeout_ms'))), control.inFlight()),
    'GET rate_limit': () => control.rateLimits(),
    'PUT rate_limit': () => (control.limitRate({ client: query.get('client') ?? undefined, perSecond: Number(query.get('per_second')) }), control.rateLimits()),
    'POST seed': async () => control.seed(JSON.parse(await bodyOf(req))),
    'POST fail': async () => (control.fail(JSON.parse(await bodyOf(req))), {}),
  };
  const action = routes[`${req.method} ${name}`];
  if (!action) return sendJson(res, 404, { error: `no control route ${req.method} ${url.pathname}` });
  try {
    sendJson(res, 200, await action());
  } catch (error) {
    sendJson(res, 400, { error: error.message });
  }
}

/**
 * Counts the request as in flight for its client until its answer is sent,
 * the server breaks its connection on purpose, or the connection closes.
 * Returns the function that ends it early (for the server's own resets).
 * A request older than the client's own timeout (less a 50 ms margin for
 * the trip here; set with countInFlight) is not
 * counted: the client has given up on it, though its socket may still be
 * closing.
 */
function trackInFlight(req, res, client, state) {
  const counts = clientCounts(state, client);
  const request = { started: Date.now() };
  counts.open.add(request);
  const live = [...counts.open].filter((r) => request.started - r.started < counts.timeoutMs - 50).length;
  counts.max = Math.max(counts.max, live);
  const end = () => counts.open.delete(request);
  res.on('finish', end);
  res.on('close', end);
  return end;
}

/**
 * ChartMogul's requests-a-second limit, enforced for a client once a test
 * asks (limitRate): a request that arrives
 * when that many came within the last second is answered 429.
 */
function rateLimited(state, client) {
  const limit = state.rateLimits.get(client);
  if (!limit) return false;
  const now = performance.now();
  while (limit.arrivals.length && limit.arrivals[0] <= now - 1000) limit.arrivals.shift();
  if (limit.arrivals.length >= limit.perSecond) return (limit.refused += 1), true;
  limit.arrivals.push(now);
  limit.served += 1;
  return false;
}

function clientCounts(state, client) {
  if (!state.inFlight.has(client)) state.inFlight.set(client, { open: new Set(), max: 0, timeoutMs: Infinity });
  return state.inFlight.get(client);
}

async function bodyOf(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** The functions behind both the control routes and startServer's object. */
function controlOf(state) {
  const snapshot = (value) => JSON.parse(JSON.stringify(value));
  return {
    requests: () => snapshot(state.requests),
    clearRequests: () => {
      const seen = snapshot(state.requests);
      state.requests.length = 0;
      state.served.clear();
      state.attempts.clear();
      for (const counts of state.inFlight.values()) counts.max = counts.open.size;
      return seen;
    },
    served: () => snapshot(Object.fromEntries(state.served)),
    inFlight: () => Object.fromEntries([...state.inFlight].map(([client, c]) => [client, { now: c.open.size, max: c.max }])),
    countInFlight: (client, timeoutMs) => {
      clientCounts(state, client ?? 'default').timeoutMs = timeoutMs;
    },
    rateLimits: () =>
      Object.fromEntries([...state.rateLimits].map(([client, l]) => [client, { perSecond: l.perSecond, served: l.served, refused: l.refused }])),
    limitRate: ({ perSecond, client = 'default' }) => {
      if (!(perSecond > 0)) throw new TypeError('limitRate: perSecond must be a positive number');
      state.rateLimits.set(client, { perSecond, arrivals: [], served: 0, refused: 0 });
    },
    seed: (records) => seedStores(state, records),
    fail: (fault) => fail(state, fault),
  };
}

/**
 * Starts the server on 127.0.0.1 (`port` 0: one the system picks). Any
 * non-empty key is accepted, all as one client, unless `apiKey` is given:
 * then only `apiKey` and `apiKey_<client>` (so tests can act as separate
 * clients, counted apart in flight and by limitRate). `seed` fixes the
 * chaos mix of the data sources' fault scenarios.
 */
export function startServer({ port = 0, apiKey, seed = 42 } = {}) {
  if (apiKey !== undefined && (typeof apiKey !== 'string' || !apiKey)) throw new TypeError('apiKey must be a non-empty string');
  const state = {
    requests: [], served: new Map(), attempts: new Map(), inFlight: new Map(), rateLimits: new Map(), faults: [], seed, store: newStore(), plans: [], planGroups: [],
    customers: [], contacts: [], notes: [], opportunities: [], tasks: [],
    subscriptionEvents: [], subscriptions: [], jsonImports: [], invoices: [],
    metrics: { exports: [], connected: [] },
  };
  const control = controlOf(state);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // Every answer, faults included, carries CORS headers, as ChartMogul's do.
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
    if (url.pathname.startsWith('/__testing/')) return controlRoute(req, res, url, control);
    if (req.method === 'OPTIONS') return send(res, { status: 204 });
    const key = apiKeyOf(req.headers.authorization);
    const authorized = apiKey === undefined ? Boolean(key) : key === apiKey || (key?.startsWith(`${apiKey}_`) ?? false);
    const { authorization, ...headers } = req.headers; // the key is never recorded
    const request = {
      method: req.method,
      host: req.headers.host,
      path: url.pathname,
      query: url.search,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      headers,
      authorized,
    };
    state.requests.push(request);
    if (!authorized) return sendJson(res, 401, UNAUTHORIZED);
    const client = (apiKey !== undefined && key.slice(apiKey.length + 1)) || 'default';
    if (rateLimited(state, client)) return sendJson(res, 429, RATE_LIMITED, { 'Retry-After': '1' });
    const ended = trackInFlight(req, res, client, state);
    const context = { apiKey: key, port: server.address().port, state, ended };
    const body = await bodyOf(req);
    // The body as sent, for tests to check; cut short, so the log stays small.
    if (body) request.body = body.slice(0, 2000);
    if (playFault(state, req, res, url.pathname, ended)) return;
    if (!route(req, res, url, body, context)) sendJson(res, 404, { error: 'Not found' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      const close = () => {
        server.closeAllConnections(); // hanging faults would hold close() forever
        return new Promise((done) => server.close(done));
      };
      const { served, countInFlight, ...shown } = control;
      resolve({ url, port: server.address().port, apiKey, close, ...shown });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
  const keyArg = process.argv.indexOf('--api-key');
  const { url } = await startServer({ port, apiKey: keyArg > 0 ? process.argv[keyArg + 1] : undefined });
  console.log(`listening on ${url}`);
}
