// The customer endpoints of the local server: a store of customers per
// server (`state.customers`), created, read, listed and searched a page at a
// time, changed, deleted, merged and unmerged, with their attributes and
// contacts (`state.contacts`), and ChartMogul's 404 and 422 bodies.
// A customer holds its data source customers (`sources`): one when
// created, more after merges; unmerging takes one out again. Without
// subscriptions here, every customer is a `Lead`.
import { randomUUID } from 'node:crypto';
import { answerPage } from './pages.mjs';
import { send, sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Customer not found', param: null };
const DETAILS = ['name', 'email', 'company', 'country', 'state', 'city', 'zip', 'lead_created_at',
  'free_trial_started_at', 'owner', 'website_url'];
export const CONTACT_FIELDS = ['first_name', 'last_name', 'title', 'email', 'phone', 'linked_in', 'twitter', 'notes'];
const MOVABLE = ['tasks', 'opportunities', 'notes'];

const invalid = (res, errors) => sendJson(res, 422, { errors });
const blank = (value) => typeof value !== 'string' || value.trim() === '';
const bodyOf = (body) => JSON.parse(body || '{}');
const pick = (given, fields) => Object.fromEntries(fields.filter((f) => given[f] !== undefined).map((f) => [f, given[f]]));
/** `[{ key, value }]` (what create takes) as `{ key: value }` (what ChartMogul answers). */
export const byKey = (list = []) => Object.fromEntries(list.map(({ key, value }) => [key, value]));

export function find(state, uuid) {
  return state.customers.find((customer) => customer.uuid === uuid);
}

/** The customer as ChartMogul answers it. */
export function shown(state, customer) {
  const { sources, tags, custom, ...details } = customer;
  const [primary] = sources;
  const system = state.store.find((ds) => ds.uuid === primary.data_source_uuid)?.system;
  return {
    id: customer.id,
    uuid: customer.uuid,
    external_id: primary.external_id,
    external_ids: sources.map((s) => s.external_id),
    data_source_uuid: primary.data_source_uuid,
    data_source_uuids: [...new Set(sources.map((s) => s.data_source_uuid))],
    company: '', status: 'Lead', lead_created_at: null, free_trial_started_at: null, owner: null,
    ...details,
    'customer-since': null,
    address: { address_zip: details.zip ?? null, city: details.city ?? null, state: details.state ?? null, country: details.country ?? null },
    attributes: { tags, custom, stripe: {}, clearbit: {} },
    mrr: 0,
    arr: 0,
    'billing-system-type': system === 'Custom' ? 'ImportApi' : system ?? null,
    'billing-system-url': null,
    'chartmogul-url': `https://app.chartmogul.com/#/customers/${customer.id}`,
    currency: 'USD',
    'currency-sign': '$',
  };
}

/** A new customer of one data source customer, with its details, tags and custom attributes. */
function newCustomer(state, source, details, tags = [], custom = {}) {
  state.lastCustomerId = (state.lastCustomerId ?? 0) + 1;
  const customer = { uuid: `cus_${randomUUID()}`, id: state.lastCustomerId, sources: [source], tags, custom, ...details };
  state.customers.push(customer);
  return customer;
}

export function newContact(state, customer, given) {
  const source = customer.sources.find((s) => s.data_source_uuid === given.data_source_uuid);
  const own = state.contacts.filter((c) => c.customer_uuid === customer.uuid);
  const contact = {
    uuid: `con_${randomUUID()}`,
    customer_uuid: customer.uuid,
    customer_external_id: given.customer_external_id ?? source.external_id,
    data_source_uuid: given.data_source_uuid,
    position: given.position ?? own.length + 1,
    ...Object.fromEntries(CONTACT_FIELDS.map((f) => [f, given[f] ?? null])),
    custom: byKey(given.custom),
  };
  state.contacts.push(contact);
  return contact;
}

/** The customer a merge names, by uuid or by one of its data source customers. */
function resolve(state, ref = {}) {
  if (ref.customer_uuid) return find(state, ref.customer_uuid);
  return state.customers.find((customer) => customer.sources.some(
    (s) => s.data_source_uuid === ref.data_source_uuid && s.external_id === ref.external_id,
  ));
}

/** The body of connect/disconnect: a list of subscriptions by data source and uuid or external id. */
function linksError(given) {
  const { subscriptions } = given;
  if (!Array.isArray(subscriptions) || !subscriptions.length) return 'subscriptions must be a non-empty list';
  const bad = subscriptions.find((s) => blank(s?.data_source_uuid) || (blank(s.uuid) && blank(s.external_id)));
  return bad ? 'each subscription needs data_source_uuid and uuid or external_id' : undefined;
}

function linkSubscriptions({ res, params: [uuid], body, context: { state } }) {
  if (!find(state, uuid)) return sendJson(res, 404, NOT_FOUND);
  const error = linksError(bodyOf(body));
  if (error) return sendJson(res, 400, { code: 400, message: error, param: 'subscriptions' });
  send(res, { status: 202 });
}

export const handlers = {
  'Customer.create': ({ res, body, context: { state } }) => {
    const given = bodyOf(body);
    const missing = ['data_source_uuid', 'external_id'].filter((field) => blank(given[field]));
    if (missing.length) return invalid(res, Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])));
    if (!state.store.some((ds) => ds.uuid === given.data_source_uuid)) {
      return invalid(res, { data_source_uuid: 'Data source not found' });
    }
    const source = { data_source_uuid: given.data_source_uuid, external_id: given.external_id };
    if (resolve(state, source)) {
      return invalid(res, { external_id: 'The external ID for this customer already exists in our system.' });
    }
    const { tags, custom } = given.attributes ?? {};
    const customer = newCustomer(state, source, pick(given, DETAILS), tags, byKey(custom));
    if (given.primary_contact) newContact(state, customer, { ...given.primary_contact, data_source_uuid: source.data_source_uuid });
    sendJson(res, 201, shown(state, customer));
  },
  'Customer.retrieve': ({ res, params: [uuid], context: { state } }) => {
    const customer = find(state, uuid);
    customer ? sendJson(res, 200, shown(state, customer)) : sendJson(res, 404, NOT_FOUND);
  },
  'Customer.all': ({ res, query, context: { state } }) => {
    const systems = (c) => c.sources.map((s) => state.store.find((ds) => ds.uuid === s.data_source_uuid)?.system);
    const matching = state.customers.filter((c) =>
      (!query.has('data_source_uuid') || c.sources.some((s) => s.data_source_uuid === query.get('data_source_uuid'))) &&
      (!query.has('external_id') || c.sources.some((s) => s.external_id === query.get('external_id'))) &&
      (!query.has('status') || query.get('status') === 'Lead') &&
      (!query.has('system') || systems(c).includes(query.get('system'))));
    answerPage(res, matching.map((c) => shown(state, c)), query, 'entries');
  },
  'Customer.modify': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = find(state, uuid);
    if (!customer) return sendJson(res, 404, NOT_FOUND);
    const given = bodyOf(body);
    Object.assign(customer, pick(given, DETAILS));
    if (given.attributes?.tags) customer.tags = [...given.attributes.tags];
    if (given.attributes?.custom) Object.assign(customer.custom, given.attributes.custom);
    if (given.primary_contact) {
      const primary = state.contacts.find((c) => c.customer_uuid === uuid && c.position === 1);
      if (primary) Object.assign(primary, pick(given.primary_contact, CONTACT_FIELDS));
      else newContact(state, customer, { ...given.primary_contact, data_source_uuid: customer.sources[0].data_source_uuid });
    }
    sendJson(res, 200, shown(state, customer));
  },
  'Customer.destroy': ({ res, params: [uuid], context: { state } }) => {
    const index = state.customers.findIndex((customer) => customer.uuid === uuid);
    if (index < 0) return sendJson(res, 404, NOT_FOUND);
    state.customers.splice(index, 1);
    state.contacts = state.contacts.filter((c) => c.customer_uuid !== uuid);
    send(res, { status: 204 });
  },
  // `from` joins `into` (its data source customers, tags, custom attributes
  // not already set, contacts) and is gone; ChartMogul answers 202 `{}`.
  'Customer.merge': ({ res, body, context: { state } }) => {
    const { from, into } = bodyOf(body);
    const [source, target] = [resolve(state, from), resolve(state, into)];
    if (!source || !target) return sendJson(res, 404, NOT_FOUND);
    if (source === target) return invalid(res, { into: 'A customer cannot be merged into itself.' });
    target.sources.push(...source.sources);
    target.tags = [...new Set([...target.tags, ...source.tags])];
    target.custom = { ...source.custom, ...target.custom };
    for (const contact of state.contacts) if (contact.customer_uuid === source.uuid) contact.customer_uuid = target.uuid;
    state.customers.splice(state.customers.indexOf(source), 1);
    sendJson(res, 202, {});
  },
  // The data source customer gets a customer of its own, with the same
  // details, and takes its contacts along.
  'Customer.unmerge': ({ res, body, context: { state } }) => {
    const given = bodyOf(body);
    const missing = ['customer_uuid', 'data_source_uuid', 'external_id'].filter((f) => blank(given[f]));
    if (missing.length) return invalid(res, Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])));
    const moved = given.move_to_new_customer ?? [];
    if (!Array.isArray(moved) || moved.some((m) => !MOVABLE.includes(m))) {
      return invalid(res, { move_to_new_customer: `may hold only ${MOVABLE.join(', ')}` });
    }
    const customer = find(state, given.customer_uuid);
    if (!customer) return sendJson(res, 404, NOT_FOUND);
    const index = customer.sources.findIndex(
      (s) => s.data_source_uuid === given.data_source_uuid && s.external_id === given.external_id,
    );
    if (index < 0) return invalid(res, { external_id: 'No such data source customer in this customer.' });
    if (customer.sources.length === 1) return invalid(res, { customer_uuid: 'Only merged customers can be unmerged.' });
    const [source] = customer.sources.splice(index, 1);
    const { uuid, id, sources, tags, custom, ...details } = customer;
    const unmerged = newCustomer(state, source, details, [...tags], { ...custom });
    for (const contact of state.contacts) {
      const ofSource = contact.data_source_uuid === source.data_source_uuid && contact.customer_external_id === source.external_id;
      if (contact.customer_uuid === uuid && ofSource) contact.customer_uuid = unmerged.uuid;
    }
    sendJson(res, 202, {});
  },
  'Customer.search': ({ res, query, context: { state } }) => {
    const email = query.get('email');
    if (!email) return sendJson(res, 400, { code: 400, message: 'email is required', param: 'email' });
    const matching = state.customers.filter((c) => c.email?.toLowerCase() === email.toLowerCase());
    answerPage(res, matching.map((c) => shown(state, c)), query, 'entries');
  },
  'Customer.attributes': ({ res, params: [uuid], context: { state } }) => {
    const customer = find(state, uuid);
    if (!customer) return sendJson(res, 404, NOT_FOUND);
    sendJson(res, 200, shown(state, customer).attributes);
  },
  'Customer.contacts': ({ res, params: [uuid], query, context: { state } }) => {
    if (!find(state, uuid)) return sendJson(res, 404, NOT_FOUND);
    answerPage(res, state.contacts.filter((c) => c.customer_uuid === uuid), query, 'entries');
  },
  'Customer.createContact': ({ res, params: [uuid], body, context: { state } }) => {
    const customer = find(state, uuid);
    if (!customer) return sendJson(res, 404, NOT_FOUND);
    const given = bodyOf(body);
    if (blank(given.data_source_uuid)) return invalid(res, { data_source_uuid: "data_source_uuid can't be blank" });
    if (!customer.sources.some((s) => s.data_source_uuid === given.data_source_uuid)) {
      return invalid(res, { data_source_uuid: 'The customer has no data source customer in this data source.' });
    }
    sendJson(res, 201, newContact(state, customer, given));
  },
  'Customer.connectSubscriptions': linkSubscriptions,
  'Customer.disconnectSubscriptions': linkSubscriptions,
};
