// The tests line items and transactions share (line-items.test.mjs,
// transactions.test.mjs): their eleven methods against the local server's
// invoices, what each sends, their 4xx errors; input sent as given, and only
// what the request itself cannot take refused before anything is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Config, ConfigurationError, Customer, DataSource, Invoice, NotFoundError, ResourceInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

export const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });
let unique = 0;
export const fresh = (prefix) => `${prefix}_${process.pid}x${++unique}`;

/** A data source of its own, a customer and an invoice in it, made through the package's own calls. */
export async function invoiceInNewSource() {
  const ds = (await DataSource.create(config, { name: fresh('Invoice parts test') })).uuid;
  const customer = await Customer.create(config, { data_source_uuid: ds, external_id: fresh('cus') });
  const { invoices: [invoice] } = await Invoice.create(config, customer.uuid, {
    invoices: [{ external_id: fresh('INV'), date: '2025-01-01T00:00:00.000Z', currency: 'USD', line_items: [] }],
  });
  return { ds, invoice: invoice.uuid };
}

/** `verb path?query` and the body as sent (parsed; '' for none). */
const asSent = ({ method, path, query, body }) => [`${method} ${path}${query}`, body ? JSON.parse(body) : ''];

/**
 * The shared tests of one class. `Part`: the class; `key`: its path segment
 * and list field (`line_items`); `prefix`: of its uuids; `newOne(externalId)`:
 * what `create` takes; `changes`: two changes for modify and update;
 * `required`: a field `create` cannot do without.
 */
export function testInvoicePart({ Part, key, prefix, newOne, changes: [change, update], required }) {
  const name = Part.name;
  const byId = (ds, externalId) => ({ data_source_uuid: ds, external_id: externalId });
  const query = (ds, externalId) => `?data_source_uuid=${ds}&external_id=${externalId}`;

  test(`${name}: create, retrieve, all, modify, update, destroyByExternalId and destroy`, async () => {
    const { ds, invoice } = await invoiceInNewSource();
    const externalId = fresh('ext');
    await takeRequests();
    const created = await Part.create(config, invoice, newOne(externalId));
    assert.ok(created.uuid.startsWith(prefix));
    assert.deepEqual({ ...created, uuid: undefined }, { ...newOne(externalId), uuid: undefined, disabled: false });
    assert.deepEqual(await Part.retrieve(config, created.uuid), created);
    assert.deepEqual(await Part.all(config, byId(ds, externalId)), { [key]: [created] });
    assert.deepEqual(await Part.all(config, byId(ds, 'nobody')), { [key]: [] });
    const modified = await Part.modify(config, created.uuid, change);
    assert.deepEqual(modified, { ...created, ...change });
    const updated = await Part.update(config, { qs: byId(ds, externalId), ...update });
    assert.deepEqual(updated, { ...modified, ...update });
    assert.deepEqual(await Part.destroyByExternalId(config, { qs: byId(ds, externalId) }), {});
    await assert.rejects(Part.retrieve(config, created.uuid), NotFoundError);
    const other = await Part.create(config, invoice, newOne(fresh('ext')));
    assert.deepEqual(await Part.destroy(config, other.uuid), {});
    await assert.rejects(Part.retrieve(config, other.uuid), NotFoundError);
    const path = `/v1/${key}`;
    assert.deepEqual((await takeRequests()).map(asSent), [
      [`POST /v1/import/invoices/${invoice}/${key}`, newOne(externalId)],
      [`GET ${path}/${created.uuid}`, ''],
      [`GET ${path}${query(ds, externalId)}`, ''],
      [`GET ${path}${query(ds, 'nobody')}`, ''],
      [`PATCH ${path}/${created.uuid}`, change],
      [`PATCH ${path}${query(ds, externalId)}`, update],
      [`DELETE ${path}${query(ds, externalId)}`, ''],
      [`GET ${path}/${created.uuid}`, ''],
      [`POST /v1/import/invoices/${invoice}/${key}`, newOne(other.external_id)],
      [`DELETE ${path}/${other.uuid}`, ''],
      [`GET ${path}/${other.uuid}`, ''],
    ]);
  });

  test(`${name}: disable and enable, by uuid, by a query and ByExternalId, send their fixed body`, async () => {
    const { ds, invoice } = await invoiceInNewSource();
    const externalId = fresh('ext');
    const { uuid } = await Part.create(config, invoice, newOne(externalId));
    await takeRequests();
    const calls = [
      [() => Part.disable(config, uuid), true], [() => Part.enable(config, uuid), false],
      [() => Part.disable(config, byId(ds, externalId)), true], [() => Part.enable(config, byId(ds, externalId)), false],
      [() => Part.disableByExternalId(config, byId(ds, externalId)), true],
      [() => Part.enableByExternalId(config, byId(ds, externalId)), false],
    ];
    for (const [call, disabled] of calls) {
      const answer = await call();
      assert.equal(answer.uuid, uuid);
      assert.equal(answer.disabled, disabled);
    }
    const byUuid = `PATCH /v1/${key}/${uuid}/disabled_state`;
    const byQuery = `PATCH /v1/${key}/disabled_state${query(ds, externalId)}`;
    assert.deepEqual((await takeRequests()).map(asSent), [
      [byUuid, { disabled: true }], [byUuid, { disabled: false }],
      [byQuery, { disabled: true }], [byQuery, { disabled: false }],
      [byQuery, { disabled: true }], [byQuery, { disabled: false }],
    ]);
  });

  test(`${name}: ChartMogul's 404s and 422s as NotFoundError and ResourceInvalidError`, async () => {
    const { ds, invoice } = await invoiceInNewSource();
    const externalId = fresh('ext');
    await Part.create(config, invoice, newOne(externalId));
    const { uuid: withoutId } = await Part.create(config, invoice, newOne());
    const notFound = (message) => (e) => e instanceof NotFoundError && e.httpStatus === 404 && e.response.message === message;
    const invalid = (field) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 && field in e.response.errors;
    const noun = name === 'LineItem' ? 'Line item' : name;
    const cases = [
      [() => Part.create(config, 'inv_missing', newOne(fresh('ext'))), notFound('Invoice not found')],
      [() => Part.create(config, invoice, newOne(externalId)), invalid('external_id')],
      [() => Part.retrieve(config, `${prefix}missing`), notFound(`${noun} not found`)],
      [() => Part.modify(config, `${prefix}missing`, change), notFound(`${noun} not found`)],
      [() => Part.update(config, { qs: byId(ds, 'nobody'), ...update }), notFound(`${noun} not found`)],
      [() => Part.destroy(config, `${prefix}missing`), notFound(`${noun} not found`)],
      [() => Part.destroyByExternalId(config, { qs: byId(ds, 'nobody') }), notFound(`${noun} not found`)],
      [() => Part.disable(config, `${prefix}missing`), notFound(`${noun} not found`)],
      [() => Part.enableByExternalId(config, byId(ds, 'nobody')), notFound(`${noun} not found`)],
      // ChartMogul disables only what has an external id.
      [() => Part.disable(config, withoutId), invalid('external_id')],
    ];
    for (const [call, fits] of cases) await assert.rejects(call(), fits);
  });

  test(`${name}: what a request cannot take is refused before anything is sent`, async () => {
    const { ds, invoice } = await invoiceInNewSource();
    const ok = newOne(fresh('ext'));
    const qs = byId(ds, ok.external_id);
    await takeRequests();
    const refused = [
      [() => Part.create(config, '', ok), /invoice_uuid must be a non-empty string/],
      [() => Part.create(config, invoice), /data must be an object/],
      [() => Part.create(config, invoice, [ok]), /data must be an object/],
      [() => Part.create(config, invoice, { ...ok, amount_in_cents: 10n }), /data cannot be sent as JSON/],
      [() => Part.retrieve(config, ''), /uuid/],
      [() => Part.retrieve(config, '.'), /uuid must not be/],
      [() => Part.all(config, 'external_id'), /query must be an object/],
      [() => Part.modify(config, '..', change), /uuid/],
      [() => Part.modify(config, 'x', [change]), /data must be an object/],
      [() => Part.update(config, { ...qs, ...update }), /data.qs must be an object/],
      [() => Part.update(config, { qs: 'external_id=x', ...update }), /data.qs must be an object/],
      [() => Part.destroy(config, ''), /uuid/],
      [() => Part.destroyByExternalId(config, qs), /data.qs must be an object/],
      [() => Part.disable(config, ''), /uuid/],
      [() => Part.disable(config), /query must be an object/],
      [() => Part.enable(config, [qs]), /query must be an object/],
      [() => Part.enableByExternalId(config, 'uuid_1'), /query must be an object/],
    ];
    for (const [call, message] of refused) {
      await assert.rejects(call(), (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
    }
    assert.deepEqual(await takeRequests(), [], 'nothing was sent');
  });

  test(`${name}: other input is sent exactly as given; ChartMogul's 422 is the error`, async () => {
    const { ds, invoice } = await invoiceInNewSource();
    const ok = newOne(fresh('ext'));
    const qs = byId(ds, ok.external_id);
    const created = await Part.create(config, invoice, ok);
    await takeRequests();
    const { [required]: _, ...withoutRequired } = ok;
    const blankType = { ...ok, external_id: fresh('ext'), type: '' };
    // A number as a string, and a field ChartMogul does not know: both sent as they are.
    const loose = { ...ok, external_id: fresh('ext'), amount_in_cents: '2500', colour: 'red' };
    const invalid = (...fields) => (e) => e instanceof ResourceInvalidError && e.httpStatus === 422 &&
      JSON.stringify(Object.keys(e.response.errors)) === JSON.stringify(fields);
    await assert.rejects(Part.create(config, invoice, withoutRequired), invalid(required));
    await assert.rejects(Part.create(config, invoice, blankType), invalid('type'));
    const looseCreated = await Part.create(config, invoice, loose);
    assert.ok(looseCreated.uuid.startsWith(prefix));
    assert.equal(looseCreated.amount_in_cents, '2500');
    await assert.rejects(Part.all(config), invalid('data_source_uuid', 'external_id'));
    await assert.rejects(Part.all(config, { data_source_uuid: ds }), invalid('external_id'));
    await assert.rejects(Part.all(config, { ...qs, data_source_uuid: '' }), invalid('data_source_uuid'));
    assert.deepEqual(await Part.all(config, { ...qs, per_page: 10 }), { [key]: [created] });
    // ChartMogul changes only what it knows: the rest is ignored.
    assert.deepEqual(await Part.modify(config, created.uuid, { disabled: true }), created);
    await assert.rejects(Part.update(config, { qs: { data_source_uuid: ds }, ...update }), invalid('external_id'));
    assert.deepEqual(await Part.update(config, { qs, colour: 'red' }), created);
    await assert.rejects(Part.disable(config, { external_id: 'x' }), invalid('data_source_uuid'));
    await assert.rejects(Part.disableByExternalId(config, { ...qs, external_id: '' }), invalid('external_id'));
    assert.equal((await Part.enableByExternalId(config, { ...qs, disabled: true })).disabled, false, 'the fixed body wins');
    assert.deepEqual(await Part.destroyByExternalId(config, { qs, hard: true }), {});
    await assert.rejects(Part.retrieve(config, created.uuid), NotFoundError);

    const path = `/v1/${key}`;
    const q = query(ds, ok.external_id);
    assert.deepEqual((await takeRequests()).map(asSent), [
      [`POST /v1/import/invoices/${invoice}/${key}`, withoutRequired],
      [`POST /v1/import/invoices/${invoice}/${key}`, blankType],
      [`POST /v1/import/invoices/${invoice}/${key}`, loose],
      [`GET ${path}`, ''],
      [`GET ${path}?data_source_uuid=${ds}`, ''],
      [`GET ${path}?data_source_uuid=&external_id=${ok.external_id}`, ''],
      [`GET ${path}${q}&per_page=10`, ''],
      [`PATCH ${path}/${created.uuid}`, { disabled: true }],
      [`PATCH ${path}?data_source_uuid=${ds}`, update],
      [`PATCH ${path}${q}`, { colour: 'red' }],
      [`PATCH ${path}/disabled_state?external_id=x`, { disabled: true }],
      [`PATCH ${path}/disabled_state?data_source_uuid=${ds}&external_id=`, { disabled: true }],
      [`PATCH ${path}/disabled_state${q}&disabled=true`, { disabled: false }],
      [`DELETE ${path}${q}`, { hard: true }],
      [`GET ${path}/${created.uuid}`, ''],
    ]);
  });
}
