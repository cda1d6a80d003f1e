// The data source endpoints of the local server: retrieve, list, create and
// destroy, on a store each server starts afresh from data.mjs, plus the
// scripted scenarios (data.mjs) and faults (faults.mjs) tests ask for by uuid:
//   ds_scenario_<name>            a fixed answer (error bodies, odd bodies, redirects, huge bodies)
//   ds_fault_<fault>              always that fault
//   ds_flaky_<fault>_<n>_<token>  that fault for the first n attempts, then the record
//   ds_chaos_<i>                  a seeded, reproducible mix of faults per attempt
// A create whose name is a ds_fault_/ds_flaky_ uuid plays that fault too.
import { randomUUID } from 'node:crypto';
import { DATA_SOURCES, FLAG_FIELDS, SCENARIOS } from './data.mjs';
import { chaosFault, FAULTS } from './faults.mjs';
import { CORS, send, sendJson } from './respond.mjs';

const FLAGS = Object.keys(FLAG_FIELDS);
/** The name `ds_scenario_chunked` sends, with characters of 2, 3 and 4 bytes. */
const CHUNKED_NAME = 'Facturación ✓ 請求 🧾';
const NAME_REQUIRED = { errors: { name: 'A name is required for each data source.' } };

/** A fresh store of data sources for one server. */
export function newStore() {
  return DATA_SOURCES.map((ds) => ({ ...ds }));
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
function playFault(res, uuid, { state, ended }) {
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
  setTimeout(() => FAULTS[fault](res, recordFor(uuid), ended), 20);
  return true;
}

/** One-off answers that need the request's own context; false if `uuid` is none of them. */
function special(res, uuid, { apiKey, port }) {
  switch (uuid) {
    // A careless proxy that repeats the caller's key in its error body.
    case 'ds_scenario_echo_key':
      sendJson(res, 400, { error: `Unknown key ${apiKey} for this account` });
      break;
    // The same in a 2xx answer that is not a data source: handed back as sent, as any answer is.
    case 'ds_scenario_echo_key_bad_answer':
      sendJson(res, 200, { uuid: uuid, name: 7, note: `served for ${apiKey}` });
      break;
    // A 2xx answer that is not JSON and repeats the key: its InvalidResponseError must not show it.
    case 'ds_scenario_echo_key_not_json':
      send(res, { status: 200, type: 'text/html', body: `<html>maintenance for ${apiKey}</html>` });
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
    case 'ds_scenario_chunked': { // no length given; a character split between two chunks
      const body = Buffer.from(JSON.stringify({ ...recordFor(uuid), name: CHUNKED_NAME }));
      const split = body.indexOf(Buffer.from('✓')) + 1;
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
      res.write(body.subarray(0, split), () => setTimeout(() => res.end(body.subarray(split)), 20));
      break;
    }
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
  if (playFault(res, uuid, context)) return;
  const scenario = uuid.startsWith('ds_scenario_') && SCENARIOS[uuid.slice('ds_scenario_'.length)];
  if (scenario) return send(res, scenario);
  const found = context.state.store.find((ds) => ds.uuid === uuid);
  if (!found) return sendJson(res, 404, { error: 'Data source not found' });
  const { record, error } = withFlags(found, params);
  if (error) return sendJson(res, 400, { error });
  sendJson(res, 200, record);
}

function list(res, params, { state }) {
  const matches = state.store.filter(
    (ds) => (!params.has('name') || ds.name === params.get('name')) &&
      (!params.has('system') || ds.system === params.get('system')),
  );
  const records = [];
  for (const ds of matches) {
    const { record, error } = withFlags(ds, params);
    if (error) return sendJson(res, 400, { error });
    records.push(record);
  }
  sendJson(res, 200, { data_sources: records });
}

function create(res, body, context) {
  let input;
  try {
    input = JSON.parse(body);
  } catch {
    return sendJson(res, 400, { error: 'The request body is not valid JSON' });
  }
  const name = typeof input?.name === 'string' ? input.name.trim() : '';
  if (!name) return sendJson(res, 422, NAME_REQUIRED);
  if (playFault(res, name, context)) return;
  if (context.state.store.some((ds) => ds.name === name)) {
    return sendJson(res, 422, { errors: { name: 'Has already been taken.' } });
  }
  const created = { uuid: `ds_${randomUUID()}`, name, system: 'Custom', created_at: new Date().toISOString(), status: 'idle' };
  context.state.store.push(created);
  sendJson(res, 201, created);
}

function destroy(res, uuid, { state }) {
  const index = state.store.findIndex((ds) => ds.uuid === uuid);
  if (index < 0) return sendJson(res, 404, { error: 'Data source not found' });
  state.store.splice(index, 1);
  send(res, { status: 204 });
}

/** The data source endpoints, by the table's `Class.method`. */
export const handlers = {
  'DataSource.retrieve': ({ res, params: [uuid], query, context }) => retrieve(res, uuid, query, context),
  'DataSource.all': ({ res, query, context }) => list(res, query, context),
  'DataSource.create': ({ res, body, context }) => create(res, body, context),
  'DataSource.destroy': ({ res, params: [uuid], context }) => destroy(res, uuid, context),
};
