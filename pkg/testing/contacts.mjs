// The Contact endpoints of the local server, on the contacts the customer
// endpoints keep (`state.contacts`): created for the customer named in the
// body, read, listed a page at a time by customer, data source, customer
// external id or email, changed, deleted, and merged (the contact `into`
// takes the fields it lacks from `from`, which is gone).
import { answerPage } from './pages.mjs';
import { CONTACT_FIELDS, byKey, find, newContact } from './customers.mjs';
import { send, sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Contact not found', param: null };
const FILTERS = ['customer_uuid', 'data_source_uuid', 'customer_external_id', 'email'];
const blank = (value) => typeof value !== 'string' || value.trim() === '';
const empty = (value) => value === null || value === undefined || value === '';
const invalid = (res, errors) => sendJson(res, 422, { errors });

/** The contact `uuid` names, or undefined after answering 404. */
function found(res, state, uuid) {
  const contact = state.contacts.find((c) => c.uuid === uuid);
  if (!contact) sendJson(res, 404, NOT_FOUND);
  return contact;
}

/** `given`'s fields set on `contact`: its details, `external_id`, `position`, custom fields by key. */
function change(contact, given) {
  for (const field of [...CONTACT_FIELDS, 'external_id', 'position']) {
    if (given[field] !== undefined) contact[field] = given[field];
  }
  if (given.custom) Object.assign(contact.custom, byKey(given.custom));
  return contact;
}

export const handlers = {
  'Contact.create': ({ res, body, context: { state } }) => {
    const given = JSON.parse(body || '{}');
    const missing = ['customer_uuid', 'data_source_uuid'].filter((field) => blank(given[field]));
    if (missing.length) return invalid(res, Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])));
    const customer = find(state, given.customer_uuid);
    if (!customer) return invalid(res, { customer_uuid: 'Customer not found' });
    if (!customer.sources.some((s) => s.data_source_uuid === given.data_source_uuid)) {
      return invalid(res, { data_source_uuid: 'The customer has no data source customer in this data source.' });
    }
    const contact = newContact(state, customer, given);
    contact.external_id = given.external_id ?? null;
    sendJson(res, 200, contact);
  },
  'Contact.retrieve': ({ res, params: [uuid], context: { state } }) => {
    const contact = found(res, state, uuid);
    if (contact) sendJson(res, 200, contact);
  },
  'Contact.all': ({ res, query, context: { state } }) => {
    const matching = state.contacts.filter((c) => FILTERS.every((key) => !query.has(key) || c[key] === query.get(key)));
    answerPage(res, matching, query, 'entries');
  },
  'Contact.modify': ({ res, params: [uuid], body, context: { state } }) => {
    const contact = found(res, state, uuid);
    if (contact) sendJson(res, 200, change(contact, JSON.parse(body || '{}')));
  },
  'Contact.destroy': ({ res, params: [uuid], context: { state } }) => {
    if (!found(res, state, uuid)) return;
    state.contacts = state.contacts.filter((c) => c.uuid !== uuid);
    send(res, { status: 204 });
  },
  'Contact.merge': ({ res, params: [intoUuid, fromUuid], context: { state } }) => {
    const into = found(res, state, intoUuid);
    const from = into && found(res, state, fromUuid);
    if (!from) return;
    if (into === from) return invalid(res, { from_uuid: 'A contact cannot be merged into itself' });
    for (const field of [...CONTACT_FIELDS, 'external_id']) if (empty(into[field])) into[field] = from[field] ?? null;
    into.custom = { ...from.custom, ...into.custom };
    state.contacts = state.contacts.filter((c) => c !== from);
    sendJson(res, 200, into);
  },
};
