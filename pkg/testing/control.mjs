// What a test does to the local server besides calling it as ChartMogul:
// put records straight into its stores (`seed`) and make the next matching
// requests answer a fault (`fail`). startServer's object calls these in
// process; the /__testing/ routes (server.mjs) call them for tests in
// another process.
import { randomUUID } from 'node:crypto';
import { FAULTS } from './faults.mjs';
import { sendJson } from './respond.mjs';

/** Seed names that differ from the state's own (data sources live in `state.store`). */
const STORES = { dataSources: 'store' };

/**
 * Fills in what the server itself would have given a record (uuids, empty
 * lists); a store without an entry takes its records as they are.
 */
const FILL = {
  store: (r) => ({ uuid: `ds_${randomUUID()}`, system: 'Custom', created_at: new Date().toISOString(), status: 'idle', ...r }),
  plans: (r) => ({ uuid: `pl_${randomUUID()}`, external_id: null, ...r }),
  // Given as ChartMogul answers it (data_source_uuid, external_id), kept as
  // customers.mjs stores it: with its one data source customer.
  customers: ({ data_source_uuid, external_id, tags = [], custom = {}, ...details }, state) => {
    state.lastCustomerId = (state.lastCustomerId ?? 0) + 1;
    return { uuid: `cus_${randomUUID()}`, id: state.lastCustomerId, sources: [{ data_source_uuid, external_id }], tags, custom, ...details };
  },
  invoices: (r) => ({ uuid: `inv_${randomUUID()}`, status: 'open', disabled: false, line_items: [], transactions: [], ...r }),
  subscriptions: (r) => ({
    uuid: `sub_${randomUUID()}`, external_id: null, subscription_set_external_id: null, plan_uuid: null,
    data_source_uuid: null, cancellation_dates: [], ...r,
  }),
};

/** The state's lists that hold no records. */
const NOT_STORES = ['requests', 'faults'];

/** The stores `seed` takes, by the names it takes them under. */
export function storeNames(state) {
  const inverse = Object.fromEntries(Object.entries(STORES).map(([name, key]) => [key, name]));
  return Object.keys(state).filter((key) => Array.isArray(state[key]) && !NOT_STORES.includes(key)).map((key) => inverse[key] ?? key);
}

/** Adds `{ store: [records] }` to the stores; answers the records as stored, by store. Throws on a bad shape. */
export function seed(state, records) {
  if (!records || typeof records !== 'object' || Array.isArray(records)) throw new TypeError('seed takes { store: [records] }');
  const known = storeNames(state);
  for (const [name, list] of Object.entries(records)) {
    if (!known.includes(name)) throw new TypeError(`seed: no store named ${name} (the stores: ${known.join(', ')})`);
    if (!Array.isArray(list) || !list.every((r) => r && typeof r === 'object')) throw new TypeError(`seed: ${name} must be a list of objects`);
  }
  return Object.fromEntries(Object.entries(records).map(([name, list]) => {
    const key = STORES[name] ?? name;
    const stored = list.map((record) => FILL[key]?.(record, state) ?? { ...record });
    state[key].push(...stored);
    return [name, stored];
  }));
}

const MESSAGES = {
  429: 'Your request rate has exceeded our rate limit.',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
/** The faults of faults.mjs that need no record of their own to play. */
const NAMED = ['reset_mid_body', 'hang', 'truncated_json', 'bad_gateway_html', 'gateway_timeout', 'server_error', 'unavailable'];

/**
 * Queues a fault for the next `times` requests matching `method` and `path`
 * (a string the path must equal, or a RegExp): either `status` (a JSON
 * answer in ChartMogul's error shape, or `body`; `retryAfter` seconds as
 * Retry-After) or a named `fault` (a connection reset, a hang...).
 */
export function fail(state, { status, retryAfter, body, fault, times = 1, method, path, ...unknown } = {}) {
  const extra = Object.keys(unknown);
  if (extra.length) throw new TypeError(`fail: unknown option ${extra[0]}`);
  if ((status === undefined) === (fault === undefined)) throw new TypeError('fail takes one of status or fault');
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new TypeError('fail: status must be an HTTP error status (400 to 599)');
  }
  if (fault !== undefined && !NAMED.includes(fault)) throw new TypeError(`fail: fault must be one of ${NAMED.join(', ')}`);
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) throw new TypeError('fail: times must be a positive integer');
  state.faults.push({ status, retryAfter, body, fault, times, method: method?.toUpperCase(), path });
}

const matches = (fault, req, pathname) =>
  (!fault.method || fault.method === req.method) &&
  (fault.path === undefined || (fault.path instanceof RegExp ? fault.path.test(pathname) : fault.path === pathname));

/** Answers the request with the first queued fault it matches; false when none does. */
export function playFault(state, req, res, pathname, ended) {
  const fault = state.faults.find((f) => matches(f, req, pathname));
  if (!fault) return false;
  fault.times -= 1;
  if (!fault.times) state.faults.splice(state.faults.indexOf(fault), 1);
  if (fault.fault) {
    FAULTS[fault.fault](res, { code: 500, message: 'a fault the test asked for', param: null }, ended);
    return true;
  }
  const headers = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  sendJson(res, fault.status, fault.body ?? { code: fault.status, message: MESSAGES[fault.status] ?? 'A fault the test asked for', param: null }, headers);
  return true;
}
