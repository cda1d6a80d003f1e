// What the local server's notes, opportunities and tasks share: each
// belongs to one customer, is created with required fields, listed a page
// at a time (a customer's, or all), read, changed and deleted by its id. Customers live on another branch's store: any
// `customer_uuid` starting `cus_` is taken as a customer.
import { answerPage, pageOf } from './pages.mjs';
import { send, sendJson } from './respond.mjs';

const isCustomer = (uuid) => typeof uuid === 'string' && uuid.startsWith('cus_') && uuid.trim().length > 4;

/**
 * The 422 a create answers for `given` (a missing or blank required
 * field, or no such customer), sent; false if there is none.
 */
export function refusedCreate(res, given, required) {
  const missing = required.filter((field) => given[field] === undefined || given[field] === null || given[field] === '');
  if (missing.length) {
    return sendJson(res, 422, { errors: Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])) }), true;
  }
  if (!isCustomer(given.customer_uuid)) {
    return sendJson(res, 422, { errors: { customer_uuid: 'Customer not found' } }), true;
  }
  return false;
}

/** A page of the customer's `records` that pass `keep(record, query)`, under `entries`; 404 for no such customer. */
export function answerList(res, query, records, keep) {
  const customerUuid = query.get('customer_uuid');
  if (!isCustomer(customerUuid)) return sendJson(res, 404, { code: 404, message: 'Customer not found', param: null });
  const matching = records.filter((record) => record.customer_uuid === customerUuid && keep(record, query));
  const { page, error } = pageOf(matching, query, 'entries');
  error ? sendJson(res, 400, { code: 400, message: error, param: null }) : sendJson(res, 200, page);
}

/** Whether `query` leaves out `key` or `value` equals it. */
export const either = (query, key, value) => !query.has(key) || query.get(key) === value;

/**
 * A page of all `records` that pass `keep(record, query)`. (A request
 * naming `customer_uuid` routes to the customer's list, `answerList`.)
 */
export function answerAll(res, query, records, keep) {
  answerPage(res, records.filter((record) => keep(record, query)), query, 'entries');
}

/**
 * The read, change and delete handlers of `Class` on `state[store]`, its
 * records named by `id` (`uuid`, a task's `task_uuid`); `apply(record,
 * given)` changes one, or answers a 422 itself and returns false.
 */
export function byId(Class, { store, id = 'uuid', name, apply }) {
  const NOT_FOUND = { code: 404, message: `${name} not found`, param: null };
  const found = (res, state, uuid) => {
    const record = state[store].find((r) => r[id] === uuid);
    if (!record) sendJson(res, 404, NOT_FOUND);
    return record;
  };
  return {
    [`${Class}.retrieve`]: ({ res, params: [uuid], context: { state } }) => {
      const record = found(res, state, uuid);
      if (record) sendJson(res, 200, record);
    },
    [`${Class}.patch`]: ({ res, params: [uuid], body, context: { state } }) => {
      const record = found(res, state, uuid);
      const given = JSON.parse(body || '{}');
      if (!record || apply(res, record, given) === false) return;
      record.updated_at = given.updated_at ?? new Date().toISOString();
      sendJson(res, 200, record);
    },
    [`${Class}.destroy`]: ({ res, params: [uuid], context: { state } }) => {
      const record = found(res, state, uuid);
      if (!record) return;
      state[store].splice(state[store].indexOf(record), 1);
      send(res, { status: 204 });
    },
  };
}

/** `given`'s values of `fields` set on `record`; a blank one is ChartMogul's 422 (false). */
export function setFields(res, record, given, fields) {
  const blank = fields.filter((f) => given[f] === null || given[f] === '');
  if (blank.length) return sendJson(res, 422, { errors: Object.fromEntries(blank.map((f) => [f, `${f} can't be blank`])) }), false;
  for (const field of fields) if (given[field] !== undefined) record[field] = given[field];
  return true;
}
