// The JSON import endpoints of the local server: an import of a data
// source's objects, accepted with 202 and `queued`, and found afterwards
// (by its id or its external_id) `completed`, each kind of object sent
// reported `imported`. Nothing is imported into the other stores.
import { randomUUID } from 'node:crypto';
import { sendJson } from './respond.mjs';

const KINDS = ['customers', 'plans', 'invoices', 'line_items', 'transactions', 'subscription_events'];
const DS_NOT_FOUND = { code: 404, message: 'Data source not found', param: null };
const NOT_FOUND = { code: 404, message: 'Import not found', param: null };

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export const handlers = {
  'JsonImport.create': ({ res, params: [dsUuid], body, context: { state } }) => {
    if (!state.store.some((ds) => ds.uuid === dsUuid)) return sendJson(res, 404, DS_NOT_FOUND);
    let given;
    try {
      given = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { code: 400, message: 'The request body is not valid JSON', param: null });
    }
    if (typeof given?.external_id !== 'string' || !given.external_id.trim()) {
      return sendJson(res, 422, { errors: { external_id: "can't be blank" } });
    }
    const notList = KINDS.find((kind) => given[kind] !== undefined && !Array.isArray(given[kind]));
    if (notList) return sendJson(res, 400, { code: 400, message: `${notList} must be an array`, param: null });
    if (state.jsonImports.some(({ record }) => record.data_source_uuid === dsUuid && record.external_id === given.external_id)) {
      return sendJson(res, 422, { errors: { external_id: 'has already been taken' } });
    }
    const created = now();
    const record = {
      id: randomUUID(), data_source_uuid: dsUuid, status: 'queued', external_id: given.external_id,
      status_details: {}, created_at: created, updated_at: created,
    };
    state.jsonImports.push({ record, kinds: KINDS.filter((kind) => given[kind]?.length) });
    sendJson(res, 202, record);
  },
  'JsonImport.retrieve': ({ res, params: [dsUuid, id], context: { state } }) => {
    const found = state.jsonImports.find(({ record }) =>
      record.data_source_uuid === dsUuid && (record.id === id || record.external_id === id));
    if (!found) return sendJson(res, 404, NOT_FOUND);
    // Imported by the time anyone asks.
    if (found.record.status === 'queued') {
      const details = Object.fromEntries(found.kinds.map((kind) => [kind, { status: 'imported' }]));
      Object.assign(found.record, { status: 'completed', status_details: details, updated_at: now() });
    }
    sendJson(res, 200, found.record);
  },
};
