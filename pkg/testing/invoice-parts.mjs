// What line items and transactions share on the local server: records kept
// inside the invoices of `state.invoices` (each invoice's `line_items` or
// `transactions`), added to an invoice, found by uuid or by their invoice's
// data source and their external id, changed, deleted, disabled and
// enabled, with ChartMogul's 404 and 422 answers.
import { randomUUID } from 'node:crypto';
import { send, sendJson } from './respond.mjs';

const INVOICE_NOT_FOUND = { code: 404, message: 'Invoice not found', param: null };
const given = (value) => value !== undefined && value !== null && value !== '';

/**
 * The handlers of one kind of invoice part. `className`: the table's class
 * (`LineItem`); `key`: the invoice's field holding them and the path's
 * segment (`line_items`); `prefix`: of their uuids (`li_`); `noun`: for
 * messages (`Line item`); `required`: what a new one must give;
 * `changeable`: what modify and update may change.
 */
export function partHandlers({ className, key, prefix, noun, required, changeable }) {
  const notFound = { code: 404, message: `${noun} not found`, param: null };

  /** Every record of this kind, with the invoice holding it. */
  const everyOne = (state) => state.invoices.flatMap((invoice) => invoice[key].map((record) => ({ invoice, record })));
  const withUuid = (state, uuid) => everyOne(state).find(({ record }) => record.uuid === uuid);
  /** Those named by `data_source_uuid` and `external_id` (a URLSearchParams). */
  const withExternalId = (state, query) => everyOne(state).filter(({ invoice, record }) =>
    invoice.data_source_uuid === query.get('data_source_uuid') && record.external_id === query.get('external_id'));
  /** ChartMogul's 422 when the query does not name a record, else undefined. */
  const unnamed = (query) => {
    const missing = ['data_source_uuid', 'external_id'].filter((field) => !given(query.get(field)));
    if (missing.length) return { errors: Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])) };
  };
  /** The 422 of an external id another record of the data source has. */
  const taken = (state, dataSourceUuid, externalId, self) => given(externalId) && everyOne(state).some(
    ({ invoice, record }) => record !== self && invoice.data_source_uuid === dataSourceUuid && record.external_id === externalId,
  );
  const TAKEN = { errors: { external_id: `The external ID for this ${noun.toLowerCase()} already exists in our system.` } };

  /** Answers `found` (one `{ invoice, record }` or none) changed by `body`'s changeable fields. */
  function change(res, state, found, body) {
    if (!found) return sendJson(res, 404, notFound);
    const changes = Object.fromEntries(Object.entries(JSON.parse(body || '{}')).filter(([field]) => changeable.includes(field)));
    if (taken(state, found.invoice.data_source_uuid, changes.external_id, found.record)) return sendJson(res, 422, TAKEN);
    Object.assign(found.record, changes);
    sendJson(res, 200, found.record);
  }

  function remove(res, found) {
    if (!found) return sendJson(res, 404, notFound);
    const records = found.invoice[key];
    records.splice(records.indexOf(found.record), 1);
    send(res, { status: 204 });
  }

  /** `{"disabled": true|false}`, as one handler for disable and enable: the table routes both here. */
  function setDisabled(res, found, body) {
    if (!found) return sendJson(res, 404, notFound);
    const { disabled } = JSON.parse(body || '{}');
    if (typeof disabled !== 'boolean') return sendJson(res, 422, { errors: { disabled: 'disabled must be true or false' } });
    if (!given(found.record.external_id)) {
      return sendJson(res, 422, { errors: { external_id: `Only a ${noun.toLowerCase()} with an external ID can be disabled.` } });
    }
    found.record.disabled = disabled;
    sendJson(res, 200, found.record);
  }

  const byUuid = ({ res, params: [uuid], body, context: { state } }) => setDisabled(res, withUuid(state, uuid), body);
  const byExternalId = ({ res, query, body, context: { state } }) => {
    const error = unnamed(query);
    error ? sendJson(res, 422, error) : setDisabled(res, withExternalId(state, query)[0], body);
  };
  const path = `/v1/${key}`;
  return {
    [`${className}.create`]: ({ res, params: [invoiceUuid], body, context: { state } }) => {
      const invoice = state.invoices.find((i) => i.uuid === invoiceUuid);
      if (!invoice) return sendJson(res, 404, INVOICE_NOT_FOUND);
      const fields = JSON.parse(body || '{}');
      const missing = required.filter((field) => !given(fields[field]));
      if (missing.length) {
        return sendJson(res, 422, { errors: Object.fromEntries(missing.map((f) => [f, `${f} can't be blank`])) });
      }
      if (taken(state, invoice.data_source_uuid, fields.external_id)) return sendJson(res, 422, TAKEN);
      const record = { uuid: `${prefix}${randomUUID()}`, external_id: null, ...fields, disabled: false };
      invoice[key].push(record);
      sendJson(res, 201, record);
    },
    [`${className}.retrieve`]: ({ res, params: [uuid], context: { state } }) => {
      const found = withUuid(state, uuid);
      found ? sendJson(res, 200, found.record) : sendJson(res, 404, notFound);
    },
    [`${className}.all`]: ({ res, query, context: { state } }) => {
      const error = unnamed(query);
      error ? sendJson(res, 422, error) : sendJson(res, 200, { [key]: withExternalId(state, query).map((f) => f.record) });
    },
    [`${className}.modify`]: ({ res, params: [uuid], body, context: { state } }) => change(res, state, withUuid(state, uuid), body),
    [`${className}.update`]: ({ res, query, body, context: { state } }) => {
      const error = unnamed(query);
      error ? sendJson(res, 422, error) : change(res, state, withExternalId(state, query)[0], body);
    },
    [`${className}.destroy`]: ({ res, params: [uuid], context: { state } }) => remove(res, withUuid(state, uuid)),
    [`${className}.destroyByExternalId`]: ({ res, query, context: { state } }) => {
      const error = unnamed(query);
      error ? sendJson(res, 422, error) : remove(res, withExternalId(state, query)[0]);
    },
    // Rows sharing a route reach its first row's handler; each name has it all the same.
    [`${className}.disable ${path}/{uuid}/disabled_state`]: byUuid,
    [`${className}.enable ${path}/{uuid}/disabled_state`]: byUuid,
    [`${className}.disable ${path}/disabled_state`]: byExternalId,
    [`${className}.enable ${path}/disabled_state`]: byExternalId,
    [`${className}.disableByExternalId`]: byExternalId,
    [`${className}.enableByExternalId`]: byExternalId,
  };
}
