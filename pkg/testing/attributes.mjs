// A customer's tags and custom attributes on the local server, kept on the
// customer records of customers.mjs (`state.customers`: `tags`, `custom`
// by key), so `Customer.attributes` and `Customer.retrieve` see them.
// Added to one customer, or to every customer with an email (case aside);
// changed and taken off one customer. A malformed body is ChartMogul's 400;
// a value that does not fit its type, or an update of a key the customer
// lacks, its 422; an unknown customer its 404.
import { shown } from './customers.mjs';
import { sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Customer not found', param: null };
const BOOLEANS = ['TRUE', 'true', 't', '1', 'FALSE', 'false', 'f', '0', true, false, 1, 0];
/** Whether `value` fits a custom attribute of `type`, by ChartMogul's rules. */
const FITS = {
  String: (v) => typeof v === 'string' && v.length <= 255,
  Integer: (v) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number.isInteger(Number(v)),
  Decimal: (v) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number.isFinite(Number(v)),
  Timestamp: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  Boolean: (v) => BOOLEANS.includes(v),
};
/** The value as ChartMogul keeps it for `type`. */
const STORED = {
  String: String, Integer: Number, Decimal: Number, Timestamp: String,
  Boolean: (v) => ['TRUE', 'true', 't', '1', true, 1].includes(v),
};

const bodyOf = (body) => JSON.parse(body || '{}');
const schemaError = (res, param, message) => sendJson(res, 400, { code: 400, message, param });
const words = (list) => Array.isArray(list) && list.length > 0 && list.every((w) => typeof w === 'string' && w.trim() !== '');

/** The customer named by the path, or undefined after answering 404. */
function customerOf(res, state, uuid) {
  const customer = state.customers.find((c) => c.uuid === uuid);
  if (!customer) sendJson(res, 404, NOT_FOUND);
  return customer;
}

function byEmail(state, email) {
  return state.customers.filter((c) => c.email?.toLowerCase() === email.toLowerCase());
}

function addTags(customer, tags) {
  customer.tags = [...new Set([...customer.tags, ...tags])];
}

/** The 400 or 422 a list of new custom attributes earns, or undefined. */
function customRefused(res, custom) {
  const wellFormed = Array.isArray(custom) && custom.length > 0 &&
    custom.every((a) => a && typeof a.key === 'string' && a.key.trim() !== '' && typeof a.type === 'string' && 'value' in a);
  if (!wellFormed) return schemaError(res, 'custom', 'custom must be a non-empty list of { type, key, value }'), true;
  const unknown = custom.find((a) => !FITS[a.type]);
  if (unknown) return sendJson(res, 422, { errors: { [unknown.key]: `Unknown type ${unknown.type}` } }), true;
  const misfit = custom.find((a) => !FITS[a.type](a.value));
  if (misfit) return sendJson(res, 422, { errors: { [misfit.key]: `The value is not a valid ${misfit.type}` } }), true;
  return false;
}

function addCustom(customer, custom) {
  for (const { type, key, value } of custom) customer.custom[key] = STORED[type](value);
}

export const handlers = {
  'Tag.add /v1/customers/{customer_uuid}/attributes/tags': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = customerOf(res, state, uuid);
    if (!customer) return;
    const { tags } = bodyOf(body);
    if (!words(tags)) return schemaError(res, 'tags', 'tags must be a non-empty list of strings');
    addTags(customer, tags);
    sendJson(res, 200, { tags: customer.tags });
  },
  'Tag.add /v1/customers/attributes/tags': ({ res, body, context: { state } }) => {
    const { email, tags } = bodyOf(body);
    if (typeof email !== 'string' || !email.trim()) return schemaError(res, 'email', 'email is required');
    if (!words(tags)) return schemaError(res, 'tags', 'tags must be a non-empty list of strings');
    const customers = byEmail(state, email);
    for (const customer of customers) addTags(customer, tags);
    sendJson(res, 200, { entries: customers.map((c) => shown(state, c)) });
  },
  'Tag.remove': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = customerOf(res, state, uuid);
    if (!customer) return;
    const { tags } = bodyOf(body);
    if (!words(tags)) return schemaError(res, 'tags', 'tags must be a non-empty list of strings');
    customer.tags = customer.tags.filter((tag) => !tags.includes(tag));
    sendJson(res, 200, { tags: customer.tags });
  },
  'CustomAttribute.add /v1/customers/{customer_uuid}/attributes/custom': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = customerOf(res, state, uuid);
    if (!customer) return;
    const { custom } = bodyOf(body);
    if (customRefused(res, custom)) return;
    addCustom(customer, custom);
    sendJson(res, 200, { custom: customer.custom });
  },
  'CustomAttribute.add /v1/customers/attributes/custom': ({ res, body, context: { state } }) => {
    const { email, custom } = bodyOf(body);
    if (typeof email !== 'string' || !email.trim()) return schemaError(res, 'email', 'email is required');
    if (customRefused(res, custom)) return;
    const customers = byEmail(state, email);
    for (const customer of customers) addCustom(customer, custom);
    sendJson(res, 200, { entries: customers.map((c) => shown(state, c)) });
  },
  // New values of keys the customer has: `{ key: value }` or `{ key: { value, source } }`.
  'CustomAttribute.update': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = customerOf(res, state, uuid);
    if (!customer) return;
    const { custom } = bodyOf(body);
    if (!custom || typeof custom !== 'object' || Array.isArray(custom) || !Object.keys(custom).length) {
      return schemaError(res, 'custom', 'custom must be an object of keys and values');
    }
    const missing = Object.keys(custom).find((key) => !(key in customer.custom));
    if (missing) return sendJson(res, 422, { errors: { [missing]: 'Attribute must first be created using the POST call' } });
    for (const [key, given] of Object.entries(custom)) {
      customer.custom[key] = given && typeof given === 'object' && 'value' in given ? given.value : given;
    }
    sendJson(res, 200, { custom: customer.custom });
  },
  'CustomAttribute.remove': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = customerOf(res, state, uuid);
    if (!customer) return;
    const { custom } = bodyOf(body);
    if (!words(custom)) return schemaError(res, 'custom', 'custom must be a non-empty list of keys');
    for (const key of custom) delete customer.custom[key];
    sendJson(res, 200, { custom: customer.custom });
  },
};
