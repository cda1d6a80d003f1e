// The invoice endpoints of the local server: invoices imported for a
// customer (each holding its line items, `li_…`, and transactions, `tr_…`,
// which LineItem and Transaction read from the same store), read, listed a
// page at a time, changed, disabled, given a status and deleted, by uuid or
// by data source and external id. An invoice's subscription line items
// make their subscriptions (subscriptions.mjs).
import { randomUUID } from 'node:crypto';
import { pageOf } from './pages.mjs';
import { send, sendJson } from './respond.mjs';
import { subscribeLineItems } from './subscriptions.mjs';

const NOT_FOUND = { code: 404, message: 'Invoice not found', param: null };
const CUSTOMER_NOT_FOUND = { code: 404, message: 'Customer not found', param: null };
const REQUIRED = ['external_id', 'date', 'currency'];
const STATUSES = ['voided', 'written_off'];
const VALIDATION_TYPES = ['valid', 'invalid', 'all'];

const blank = (value) => value === undefined || value === null || (typeof value === 'string' && !value.trim());
const customerOf = (state, uuid) => state.customers.find((customer) => customer.uuid === uuid);
const byUuid = (state, uuid) => state.invoices.find((invoice) => invoice.uuid === uuid);
const byExternalId = (state, query) => state.invoices.find((invoice) =>
  invoice.data_source_uuid === query.get('data_source_uuid') && invoice.external_id === query.get('external_id'));

/** ChartMogul's 422: the first invoice's problems, by field. */
function invalid(state, customer, invoices) {
  if (!Array.isArray(invoices) || !invoices.length) return { invoices: 'No invoices given' };
  for (const given of invoices) {
    const missing = REQUIRED.filter((field) => blank(given[field]));
    if (missing.length) return Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`]));
    if (!Array.isArray(given.line_items)) return { line_items: "line_items can't be blank" };
    const dataSource = given.data_source_uuid ?? customer.sources[0].data_source_uuid;
    const taken = (invoice) => invoice.data_source_uuid === dataSource && invoice.external_id === given.external_id;
    if (state.invoices.some(taken) || invoices.filter((other) => other.external_id === given.external_id).length > 1) {
      return { external_id: 'The external ID for this invoice already exists in our system.' };
    }
  }
  return undefined;
}

/** An invoice as stored, from what was imported. */
function stored(customer, given) {
  const paid = (given.transactions ?? []).some((t) => t.type === 'payment' && t.result === 'successful');
  return {
    uuid: `inv_${randomUUID()}`,
    customer_uuid: customer.uuid,
    data_source_uuid: given.data_source_uuid ?? customer.sources[0].data_source_uuid,
    external_id: given.external_id,
    date: given.date,
    currency: given.currency,
    due_date: given.due_date ?? null,
    status: paid ? 'paid' : 'open',
    disabled: false,
    line_items: given.line_items.map((item) => ({ uuid: `li_${randomUUID()}`, external_id: null, ...item })),
    transactions: (given.transactions ?? []).map((t) => ({ uuid: `tr_${randomUUID()}`, external_id: null, ...t })),
  };
}

function answerPage(res, records, query, extra = {}) {
  const { page, error } = pageOf(records, query, 'invoices');
  error ? sendJson(res, 400, { code: 400, message: error, param: null }) : sendJson(res, 200, { ...extra, ...page });
}

/** PATCH …/disabled_state for both disable and enable (they share verb and path): the body says which. */
function setDisabled(res, invoice, body) {
  if (!invoice) return sendJson(res, 404, NOT_FOUND);
  const { disabled } = JSON.parse(body || '{}');
  if (typeof disabled !== 'boolean') return sendJson(res, 400, { code: 400, message: 'disabled must be a boolean', param: null });
  Object.assign(invoice, { disabled, disabled_at: disabled ? new Date().toISOString() : null, disabled_by: disabled ? 'api' : null });
  sendJson(res, 200, invoice);
}

/** PATCH with an invoice's new date, due date or currency. */
function change(res, invoice, body) {
  if (!invoice) return sendJson(res, 404, NOT_FOUND);
  const { date, due_date, currency } = JSON.parse(body || '{}');
  const changes = Object.entries({ date, due_date, currency }).filter(([, value]) => value !== undefined);
  const emptied = changes.filter(([field, value]) => field !== 'due_date' && blank(value));
  if (emptied.length) return sendJson(res, 422, { errors: Object.fromEntries(emptied.map(([f]) => [f, `${f} can't be blank`])) });
  Object.assign(invoice, Object.fromEntries(changes));
  sendJson(res, 200, invoice);
}

function remove(res, state, invoice) {
  if (!invoice) return sendJson(res, 404, NOT_FOUND);
  state.invoices.splice(state.invoices.indexOf(invoice), 1);
  send(res, { status: 204 });
}

const disabledState = ({ res, params: [uuid], body, context: { state } }) => setDisabled(res, byUuid(state, uuid), body);
const disabledStateByExternalId = ({ res, query, body, context: { state } }) => setDisabled(res, byExternalId(state, query), body);

export const handlers = {
  'Invoice.create': ({ res, params: [customerUuid], body, context: { state } }) => {
    const customer = customerOf(state, customerUuid);
    if (!customer) return sendJson(res, 422, { errors: { customer: `Customer ${customerUuid} not found` } });
    const { invoices } = JSON.parse(body || '{}');
    const errors = invalid(state, customer, invoices);
    if (errors) return sendJson(res, 422, { errors });
    const created = invoices.map((given) => stored(customer, given));
    state.invoices.push(...created);
    for (const invoice of created) subscribeLineItems(state, invoice);
    sendJson(res, 201, { invoices: created });
  },
  'Invoice.retrieve': ({ res, params: [uuid], context: { state } }) => {
    const invoice = byUuid(state, uuid);
    invoice ? sendJson(res, 200, invoice) : sendJson(res, 404, NOT_FOUND);
  },
  'Invoice.all /v1/import/customers/{customer_uuid}/invoices': ({ res, params: [customerUuid], query, context: { state } }) => {
    if (!customerOf(state, customerUuid)) return sendJson(res, 404, CUSTOMER_NOT_FOUND);
    answerPage(res, state.invoices.filter((i) => i.customer_uuid === customerUuid), query, { customer_uuid: customerUuid });
  },
  'Invoice.all /v1/invoices': ({ res, query, context: { state } }) => {
    const validation = query.get('validation_type') ?? 'all';
    if (!VALIDATION_TYPES.includes(validation)) {
      return sendJson(res, 400, { code: 400, message: `validation_type must be one of ${VALIDATION_TYPES.join(', ')}`, param: null });
    }
    // Every stored invoice is valid; disabled ones only when asked for.
    const matching = state.invoices.filter((invoice) =>
      ['customer_uuid', 'data_source_uuid', 'external_id'].every((key) => !query.has(key) || invoice[key] === query.get(key)) &&
      (query.get('with_disabled') === 'true' || !invoice.disabled) && validation !== 'invalid');
    answerPage(res, matching, query);
  },
  'Invoice.destroy': ({ res, params: [uuid], context: { state } }) => remove(res, state, byUuid(state, uuid)),
  'Invoice.destroyAll': ({ res, params: [dataSourceUuid, customerUuid], context: { state } }) => {
    if (!state.store.some((ds) => ds.uuid === dataSourceUuid)) {
      return sendJson(res, 404, { code: 404, message: 'Data source not found', param: null });
    }
    if (!customerOf(state, customerUuid)) return sendJson(res, 404, CUSTOMER_NOT_FOUND);
    state.invoices = state.invoices.filter((i) => i.data_source_uuid !== dataSourceUuid || i.customer_uuid !== customerUuid);
    send(res, { status: 204 });
  },
  'Invoice.updateStatus': ({ res, params: [dataSourceUuid, externalId], body, context: { state } }) => {
    const invoice = state.invoices.find((i) => i.data_source_uuid === dataSourceUuid && i.external_id === externalId);
    if (!invoice) return sendJson(res, 404, NOT_FOUND);
    const { status } = JSON.parse(body || '{}');
    if (!STATUSES.includes(status)) return sendJson(res, 422, { message: 'Status transition is not allowed' });
    invoice.status = status;
    sendJson(res, 200, { message: 'Invoice updated' });
  },
  'Invoice.disable': disabledState,
  'Invoice.enable': disabledState,
  'Invoice.modify': ({ res, params: [uuid], body, context: { state } }) => change(res, byUuid(state, uuid), body),
  'Invoice.update': ({ res, query, body, context: { state } }) => change(res, byExternalId(state, query), body),
  'Invoice.destroyByExternalId': ({ res, query, context: { state } }) => remove(res, state, byExternalId(state, query)),
  'Invoice.disableByExternalId': disabledStateByExternalId,
  'Invoice.enableByExternalId': disabledStateByExternalId,
};
