// What the local server's notes, opportunities and tasks share: each
// belongs to one customer, is created with required fields and listed a
// page at a time. Customers live on another branch's store: any
// `customer_uuid` starting `cus_` is taken as a customer.
import { pageOf } from './pages.mjs';
import { sendJson } from './respond.mjs';

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
