// The plan endpoints of the local server: a store of plans per server,
// created, read, listed a page at a time, changed and deleted, with
// ChartMogul's 422 for a missing field or a duplicate external_id.
import { randomUUID } from 'node:crypto';
import { answerPage } from './pages.mjs';
import { send, sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Plan not found', param: null };
const REQUIRED = ['data_source_uuid', 'name', 'interval_count', 'interval_unit'];

function find(state, uuid) {
  return state.plans.find((plan) => plan.uuid === uuid);
}

export const handlers = {
  'Plan.create': ({ res, body, context: { state } }) => {
    const given = JSON.parse(body || '{}');
    // Rails' blank: left out, null, or a string of spaces.
    const missing = REQUIRED.filter((field) => given[field] === undefined || given[field] === null ||
      (typeof given[field] === 'string' && !given[field].trim()));
    if (missing.length) {
      return sendJson(res, 422, { errors: Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])) });
    }
    if (!state.store.some((ds) => ds.uuid === given.data_source_uuid)) {
      return sendJson(res, 422, { errors: { data_source_uuid: 'Data source not found' } });
    }
    const duplicate = given.external_id !== undefined && state.plans.some(
      (plan) => plan.data_source_uuid === given.data_source_uuid && plan.external_id === given.external_id,
    );
    if (duplicate) {
      return sendJson(res, 422, { errors: { external_id: 'The external ID for this plan already exists in our system.' } });
    }
    const plan = { uuid: `pl_${randomUUID()}`, external_id: given.external_id ?? null, ...given };
    state.plans.push(plan);
    sendJson(res, 201, plan);
  },
  'Plan.retrieve': ({ res, params: [uuid], context: { state } }) => {
    const plan = find(state, uuid);
    plan ? sendJson(res, 200, plan) : sendJson(res, 404, NOT_FOUND);
  },
  'Plan.all': ({ res, query, context: { state } }) => {
    const systemOf = (plan) => state.store.find((ds) => ds.uuid === plan.data_source_uuid)?.system;
    const matching = state.plans.filter((plan) =>
      ['data_source_uuid', 'external_id'].every((key) => !query.has(key) || plan[key] === query.get(key)) &&
      (!query.has('system') || systemOf(plan) === query.get('system')));
    answerPage(res, matching, query, 'plans');
  },
  'Plan.modify': ({ res, params: [uuid], body, context: { state } }) => {
    const plan = find(state, uuid);
    if (!plan) return sendJson(res, 404, NOT_FOUND);
    const { name, interval_count, interval_unit } = JSON.parse(body || '{}');
    Object.assign(plan, Object.fromEntries(
      Object.entries({ name, interval_count, interval_unit }).filter(([, value]) => value !== undefined),
    ));
    sendJson(res, 200, plan);
  },
  'Plan.destroy': ({ res, params: [uuid], context: { state } }) => {
    const index = state.plans.findIndex((plan) => plan.uuid === uuid);
    if (index < 0) return sendJson(res, 404, NOT_FOUND);
    state.plans.splice(index, 1);
    send(res, { status: 204 });
  },
};
