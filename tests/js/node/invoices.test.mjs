// Invoice's methods against the local server's store: imported for a
// customer, read, changed, disabled and deleted by uuid or by data source
// and external id; both overloads of `all` and their pages; the requests as
// sent, ChartMogul's 4xx answers; input sent as given, and only what the
// request itself cannot take (path parameters, non-objects, qs) refused before sending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  Config, ConfigurationError, Customer, DataSource, Invoice, NotFoundError, ResourceInvalidError, SchemaInvalidError,
} from 'chartmogul-wasm';
import { BASE, KEY, takeRequests } from './helpers.mjs';

const config = new Config(KEY, BASE, { retries: 0, maxRequestsPerSecond: 0 });

/** A customer of its own in a data source of its own. */
async function customer() {
  const { uuid: ds } = await DataSource.create(config, { name: `Invoices test ${randomUUID()}` });
  const externalId = `cus_${randomUUID()}`;
  const { uuid } = await Customer.create(config, { data_source_uuid: ds, external_id: externalId });
  return { uuid, data_source_uuid: ds, external_id: externalId };
}

/** chartmogul-node's recorded import, with its own external id. */
const invoiceOf = (externalId) => ({
  external_id: externalId,
  date: '2015-11-01 00:00:00',
  currency: 'USD',
  due_date: '2015-11-15 00:00:00',
  line_items: [
    {
      type: 'subscription', subscription_external_id: 'sub_0001', plan_uuid: 'pl_cff3a63c-3915-435e-a675-85a8a8ef4454',
      service_period_start: '2015-11-01 00:00:00', service_period_end: '2015-12-01 00:00:00', amount_in_cents: 5000,
      quantity: 1, discount_code: 'PSO86', discount_amount_in_cents: 1000, tax_amount_in_cents: 900,
      transaction_fees_currency: 'EUR', discount_description: '5 EUR', event_order: 5,
    },
    { type: 'one_time', description: 'Setup Fees', amount_in_cents: 2500, quantity: 1 },
  ],
  transactions: [{ date: '2015-11-05 00:14:23', type: 'payment', result: 'successful' }],
});

const sentOf = (requests) => requests.map((r) => [`${r.method} ${r.path}${r.query}`, r.body && JSON.parse(r.body)]);

test('create imports for a customer; retrieve, modify and destroy by uuid', async () => {
  const cus = await customer();
  await takeRequests();
  const data = { invoices: [invoiceOf('INV0001')] };
  const { invoices: [created], ...rest } = await Invoice.create(config, cus.uuid, data);
  assert.deepEqual(rest, {});
  assert.match(created.uuid, /^inv_/);
  assert.equal(created.customer_uuid, cus.uuid);
  assert.equal(created.data_source_uuid, cus.data_source_uuid, 'the customer\'s data source when none is given');
  assert.deepEqual(created.line_items.map((li) => [li.type, li.amount_in_cents]), [['subscription', 5000], ['one_time', 2500]]);
  assert.ok(created.line_items.every((li) => /^li_/.test(li.uuid)));
  assert.match(created.transactions[0].uuid, /^tr_/);
  assert.deepEqual(await Invoice.retrieve(config, created.uuid), created);
  await Invoice.retrieve(config, created.uuid, { validation_type: 'all', include_edit_histories: true, with_disabled: false });
  const changed = await Invoice.modify(config, created.uuid, { currency: 'EUR', due_date: '2015-12-01 00:00:00' });
  assert.deepEqual([changed.uuid, changed.currency, changed.due_date], [created.uuid, 'EUR', '2015-12-01 00:00:00']);
  assert.deepEqual(await Invoice.destroy(config, created.uuid), {});
  await assert.rejects(Invoice.retrieve(config, created.uuid), (e) =>
    e instanceof NotFoundError && e.httpStatus === 404 && /Invoice not found/.test(e.message));
  await assert.rejects(Invoice.destroy(config, created.uuid), NotFoundError);
  await assert.rejects(Invoice.modify(config, created.uuid, { currency: 'USD' }), NotFoundError);
  const path = `/v1/invoices/${created.uuid}`;
  assert.deepEqual(sentOf(await takeRequests()), [
    [`POST /v1/import/customers/${cus.uuid}/invoices`, data],
    [`GET ${path}`, undefined],
    [`GET ${path}?validation_type=all&include_edit_histories=true&with_disabled=false`, undefined],
    [`PATCH ${path}`, { currency: 'EUR', due_date: '2015-12-01 00:00:00' }],
    [`DELETE ${path}`, undefined],
    [`GET ${path}`, undefined], [`DELETE ${path}`, undefined], [`PATCH ${path}`, { currency: 'USD' }],
  ]);
});

test('disable and enable send their fixed bodies, by uuid and by data source and external id', async () => {
  const cus = await customer();
  const { invoices: [invoice] } = await Invoice.create(config, cus.uuid, { invoices: [invoiceOf('INV_D')] });
  const by = { data_source_uuid: cus.data_source_uuid, external_id: 'INV_D' };
  await takeRequests();
  const disabled = await Invoice.disable(config, invoice.uuid);
  assert.equal(disabled.disabled, true);
  assert.equal(typeof disabled.disabled_at, 'string');
  assert.equal((await Invoice.enable(config, invoice.uuid)).disabled, false);
  assert.equal((await Invoice.disableByExternalId(config, by)).disabled, true);
  const enabled = await Invoice.enableByExternalId(config, by);
  assert.deepEqual([enabled.uuid, enabled.disabled], [invoice.uuid, false]);
  await assert.rejects(Invoice.disable(config, 'inv_nonexistent'), NotFoundError);
  await assert.rejects(Invoice.enableByExternalId(config, { ...by, external_id: 'INV_NONE' }), NotFoundError);
  const query = `?data_source_uuid=${cus.data_source_uuid}&external_id=INV_D`;
  assert.deepEqual(sentOf(await takeRequests()), [
    [`PATCH /v1/invoices/${invoice.uuid}/disabled_state`, { disabled: true }],
    [`PATCH /v1/invoices/${invoice.uuid}/disabled_state`, { disabled: false }],
    [`PATCH /v1/invoices/disabled_state${query}`, { disabled: true }],
    [`PATCH /v1/invoices/disabled_state${query}`, { disabled: false }],
    ['PATCH /v1/invoices/inv_nonexistent/disabled_state', { disabled: true }],
    [`PATCH /v1/invoices/disabled_state?data_source_uuid=${cus.data_source_uuid}&external_id=INV_NONE`, { disabled: false }],
  ]);
});

test('update and destroyByExternalId send qs as the query and the rest as the body; updateStatus PUTs; destroyAll', async () => {
  const cus = await customer();
  const ds = cus.data_source_uuid;
  await Invoice.create(config, cus.uuid, { invoices: [invoiceOf('INV_A'), invoiceOf('INV_B'), invoiceOf('INV_C')] });
  await takeRequests();
  const updated = await Invoice.update(config, { qs: { data_source_uuid: ds, external_id: 'INV_A' }, currency: 'EUR' });
  assert.deepEqual([updated.external_id, updated.currency], ['INV_A', 'EUR']);
  assert.deepEqual(await Invoice.updateStatus(config, ds, 'INV_B', { status: 'voided' }), { message: 'Invoice updated' });
  assert.equal((await Invoice.all(config, { external_id: 'INV_B', data_source_uuid: ds })).invoices[0].status, 'voided');
  await assert.rejects(Invoice.updateStatus(config, ds, 'INV_B', { status: 'paid' }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 && /Status transition is not allowed/.test(e.message));
  await assert.rejects(Invoice.updateStatus(config, ds, 'INV_NONE', { status: 'voided' }), NotFoundError);
  assert.deepEqual(await Invoice.destroyByExternalId(config, { qs: { data_source_uuid: ds, external_id: 'INV_A' } }), {});
  await assert.rejects(Invoice.destroyByExternalId(config, { qs: { data_source_uuid: ds, external_id: 'INV_A' } }), NotFoundError);
  await assert.rejects(Invoice.update(config, { qs: { data_source_uuid: ds, external_id: 'INV_A' }, currency: 'USD' }), NotFoundError);
  assert.deepEqual(await Invoice.destroyAll(config, ds, cus.uuid), {});
  assert.deepEqual((await Invoice.all(config, cus.uuid)).invoices, []);
  await assert.rejects(Invoice.destroyAll(config, ds, 'cus_unknown'), NotFoundError);
  const a = `?data_source_uuid=${ds}&external_id=INV_A`;
  assert.deepEqual(sentOf(await takeRequests()), [
    [`PATCH /v1/invoices${a}`, { currency: 'EUR' }],
    [`PUT /v1/data_sources/${ds}/invoices/INV_B/status`, { status: 'voided' }],
    // The query as given, in its own order.
    [`GET /v1/invoices?external_id=INV_B&data_source_uuid=${ds}`, undefined],
    [`PUT /v1/data_sources/${ds}/invoices/INV_B/status`, { status: 'paid' }],
    [`PUT /v1/data_sources/${ds}/invoices/INV_NONE/status`, { status: 'voided' }],
    [`DELETE /v1/invoices${a}`, undefined], [`DELETE /v1/invoices${a}`, undefined],
    [`PATCH /v1/invoices${a}`, { currency: 'USD' }],
    [`DELETE /v1/data_sources/${ds}/customers/${cus.uuid}/invoices`, undefined],
    [`GET /v1/import/customers/${cus.uuid}/invoices`, undefined],
    [`DELETE /v1/data_sources/${ds}/customers/cus_unknown/invoices`, undefined],
  ]);
});

test('ChartMogul\'s 422 for a duplicate external_id, an unknown customer or a missing field', async () => {
  const cus = await customer();
  await Invoice.create(config, cus.uuid, { invoices: [invoiceOf('INV_DUP')] });
  await assert.rejects(Invoice.create(config, cus.uuid, { invoices: [invoiceOf('INV_DUP')] }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 &&
    e.response.errors.external_id === 'The external ID for this invoice already exists in our system.');
  await assert.rejects(Invoice.create(config, 'cus_unknown', { invoices: [invoiceOf('INV_X')] }), (e) =>
    e instanceof ResourceInvalidError && /Customer cus_unknown not found/.test(e.message));
  // A missing field is sent as given: ChartMogul's 422 says what is wrong.
  const { currency, ...noCurrency } = invoiceOf('INV_Y');
  void currency;
  await takeRequests();
  await assert.rejects(Invoice.create(config, cus.uuid, { invoices: [noCurrency] }), (e) =>
    e instanceof ResourceInvalidError && e.httpStatus === 422 &&
    JSON.stringify(e.response) === JSON.stringify({ errors: { currency: "currency can't be blank" } }));
  const [sent] = await takeRequests();
  assert.equal(sent.path, `/v1/import/customers/${cus.uuid}/invoices`);
  assert.deepEqual(JSON.parse(sent.body), { invoices: [noCurrency] });
});

test('what a request cannot take is refused with ConfigurationError before anything is sent', async () => {
  const cus = await customer();
  const by = { data_source_uuid: cus.data_source_uuid, external_id: 'INV0001' };
  await takeRequests();
  const refused = [
    [() => Invoice.create(config, '', { invoices: [invoiceOf('I')] }), /customer_uuid must be a non-empty string/],
    [() => Invoice.create(config, cus.uuid, [invoiceOf('I')]), /data must be an object/],
    [() => Invoice.create(config, cus.uuid, 'INV0001'), /data must be an object/],
    [() => Invoice.create(config, cus.uuid), /data must be an object/],
    [() => Invoice.create(config, cus.uuid, { invoices: [{ ...invoiceOf('I'), amount: 5n }] }), /data cannot be sent as JSON/],
    [() => Invoice.retrieve(config, ' '), /uuid must be a non-empty string/],
    [() => Invoice.retrieve(config, '..'), /uuid must not be/],
    [() => Invoice.retrieve(config, 'inv_1', 'with_disabled'), /query must be an object/],
    [() => Invoice.all(config, cus.uuid, ['per_page']), /query must be an object/],
    [() => Invoice.destroy(config, ''), /uuid/],
    [() => Invoice.destroyAll(config, cus.data_source_uuid, ''), /customer_uuid must be a non-empty string/],
    [() => Invoice.updateStatus(config, '', 'INV0001', { status: 'voided' }), /data_source_uuid must be a non-empty string/],
    [() => Invoice.updateStatus(config, cus.data_source_uuid, 'INV0001', 'voided'), /data must be an object/],
    [() => Invoice.disable(config, ''), /uuid/],
    [() => Invoice.enable(config), /uuid/],
    [() => Invoice.modify(config, 'inv_1', ['EUR']), /data must be an object/],
    [() => Invoice.update(config, { currency: 'EUR' }), /data\.qs must be an object/],
    [() => Invoice.update(config, { qs: 'external_id=INV0001', currency: 'EUR' }), /data\.qs must be an object/],
    [() => Invoice.destroyByExternalId(config, by), /data\.qs must be an object/],
    [() => Invoice.destroyByExternalId(config, { qs: [by] }), /data\.qs must be an object/],
    [() => Invoice.disableByExternalId(config), /query must be an object/],
    [() => Invoice.enableByExternalId(config, [by]), /query must be an object/],
  ];
  for (const [call, message] of refused) {
    await assert.rejects(call, (e) => e instanceof ConfigurationError && message.test(e.message), String(message));
  }
  assert.deepEqual(await takeRequests(), [], 'nothing was sent');
});

test('other input is sent exactly as given; ChartMogul\'s 422 or 400 is the error', async () => {
  const cus = await customer();
  const ds = cus.data_source_uuid;
  const by = { data_source_uuid: ds, external_id: 'INV0001' };
  const { invoices: [invoice] } = await Invoice.create(config, cus.uuid, { invoices: [invoiceOf('INV0001')] });
  const { date, ...noDate } = invoiceOf('I');
  void date;
  const blankCurrency = { invoices: [{ ...invoiceOf('I'), currency: ' ' }] };
  const loose = { invoices: [{ ...invoiceOf('I_LOOSE'), amount: 5, line_items: [{ type: 'one_time', amount_in_cents: '25' }] }] };
  const invalid = (status, response) => (e) => e instanceof (status === 400 ? SchemaInvalidError : ResourceInvalidError) &&
    e.httpStatus === status && JSON.stringify(e.response) === JSON.stringify(response);
  await takeRequests();

  await assert.rejects(Invoice.create(config, cus.uuid, { invoices: [] }), invalid(422, { errors: { invoices: 'No invoices given' } }));
  await assert.rejects(Invoice.create(config, cus.uuid, blankCurrency), invalid(422, { errors: { currency: "currency can't be blank" } }));
  await assert.rejects(Invoice.create(config, cus.uuid, { invoices: [noDate] }), invalid(422, { errors: { date: "date can't be blank" } }));
  // Not wrapped in `invoices`: sent so, and ChartMogul finds no invoices.
  await assert.rejects(Invoice.create(config, cus.uuid, invoiceOf('I')), invalid(422, { errors: { invoices: 'No invoices given' } }));
  // Unknown fields and a string amount go as they are; ChartMogul takes them.
  const { invoices: [looseCreated] } = await Invoice.create(config, cus.uuid, loose);
  assert.equal(looseCreated.line_items[0].amount_in_cents, '25');
  assert.equal((await Invoice.retrieve(config, invoice.uuid, { with_disabled: 'yes' })).uuid, invoice.uuid);
  await assert.rejects(Invoice.all(config, { per_page: 201 }),
    invalid(400, { code: 400, message: 'per_page must be an integer from 1 to 200', param: null }));
  await assert.rejects(Invoice.all(config, cus.uuid, { per_page: 0 }), SchemaInvalidError);
  assert.equal((await Invoice.all(config, cus.uuid, { external_id: 'x' })).customer_uuid, cus.uuid);
  assert.ok(Array.isArray((await Invoice.all(config, { page: 2, customer_uuid: cus.uuid })).invoices));
  await assert.rejects(Invoice.updateStatus(config, ds, 'INV0001', { status: '' }), invalid(422, { message: 'Status transition is not allowed' }));
  await assert.rejects(Invoice.updateStatus(config, ds, 'INV0001', {}), invalid(422, { message: 'Status transition is not allowed' }));
  await assert.rejects(Invoice.modify(config, invoice.uuid, { currency: '' }), invalid(422, { errors: { currency: "currency can't be blank" } }));
  assert.equal((await Invoice.modify(config, invoice.uuid, { line_items: [] })).currency, 'USD');
  await assert.rejects(Invoice.update(config, { qs: { ...by, external_id: ' ' }, currency: 'EUR' }), NotFoundError);
  await assert.rejects(Invoice.update(config, { qs: { data_source_uuid: ds }, currency: 'EUR' }), NotFoundError);
  assert.equal((await Invoice.update(config, { qs: by, curency: 'EUR' })).currency, 'USD', 'ChartMogul ignores a field it does not know');
  await assert.rejects(Invoice.disableByExternalId(config, { ...by, data_source_uuid: '' }), NotFoundError);
  await assert.rejects(Invoice.enableByExternalId(config, { qs: by }), NotFoundError);
  assert.deepEqual(await Invoice.destroyByExternalId(config, { qs: by, force: true }), {});

  const q = `?data_source_uuid=${ds}&external_id=INV0001`;
  const customerPath = `/v1/import/customers/${cus.uuid}/invoices`;
  assert.deepEqual(sentOf(await takeRequests()), [
    [`POST ${customerPath}`, { invoices: [] }],
    [`POST ${customerPath}`, blankCurrency],
    [`POST ${customerPath}`, { invoices: [noDate] }],
    [`POST ${customerPath}`, invoiceOf('I')],
    [`POST ${customerPath}`, loose],
    [`GET /v1/invoices/${invoice.uuid}?with_disabled=yes`, undefined],
    ['GET /v1/invoices?per_page=201', undefined],
    [`GET ${customerPath}?per_page=0`, undefined],
    [`GET ${customerPath}?external_id=x`, undefined],
    [`GET /v1/invoices?page=2&customer_uuid=${cus.uuid}`, undefined],
    [`PUT /v1/data_sources/${ds}/invoices/INV0001/status`, { status: '' }],
    [`PUT /v1/data_sources/${ds}/invoices/INV0001/status`, {}],
    [`PATCH /v1/invoices/${invoice.uuid}`, { currency: '' }],
    [`PATCH /v1/invoices/${invoice.uuid}`, { line_items: [] }],
    [`PATCH /v1/invoices?data_source_uuid=${ds}&external_id=%20`, { currency: 'EUR' }],
    [`PATCH /v1/invoices?data_source_uuid=${ds}`, { currency: 'EUR' }],
    [`PATCH /v1/invoices${q}`, { curency: 'EUR' }],
    ['PATCH /v1/invoices/disabled_state?data_source_uuid=&external_id=INV0001', { disabled: true }],
    [`PATCH /v1/invoices/disabled_state?qs%5Bdata_source_uuid%5D=${ds}&qs%5Bexternal_id%5D=INV0001`, { disabled: false }],
    [`DELETE /v1/invoices${q}`, { force: true }],
  ]);
});

test('all: a customer\'s invoices, or every invoice filtered; for await goes through every page', async () => {
  const cus = await customer();
  const other = await customer();
  const externalIds = Array.from({ length: 7 }, (_, i) => `INV_P${i}`);
  await Invoice.create(config, cus.uuid, { invoices: externalIds.map(invoiceOf) });
  await Invoice.create(config, other.uuid, { invoices: [invoiceOf('INV_OTHER')] });
  await Invoice.disableByExternalId(config, { data_source_uuid: cus.data_source_uuid, external_id: 'INV_P6' });
  await takeRequests();

  const first = await Invoice.all(config, cus.uuid, { per_page: 3 });
  assert.equal(first.customer_uuid, cus.uuid);
  assert.deepEqual(first.invoices.map((i) => i.external_id), externalIds.slice(0, 3));
  assert.equal(first.has_more, true);
  const ofCustomer = [];
  for await (const invoice of Invoice.all(config, cus.uuid, { per_page: 3 })) ofCustomer.push(invoice.external_id);
  assert.deepEqual(ofCustomer, externalIds);

  const enabled = [];
  for await (const invoice of Invoice.all(config, { customer_uuid: cus.uuid, per_page: 2 })) enabled.push(invoice.external_id);
  assert.deepEqual(enabled, externalIds.slice(0, 6), 'disabled invoices are left out');
  const withDisabled = [];
  for await (const i of Invoice.all(config, { data_source_uuid: cus.data_source_uuid, with_disabled: true, per_page: 4 })) {
    withDisabled.push(i.external_id);
  }
  assert.deepEqual(withDisabled, externalIds);
  assert.deepEqual((await Invoice.all(config, { customer_uuid: cus.uuid, validation_type: 'invalid' })).invoices, []);
  await assert.rejects(Invoice.all(config, 'cus_unknown'), NotFoundError);

  const sent = (await takeRequests()).map((r) => [r.path, Object.fromEntries(new URLSearchParams(r.query))]);
  assert.equal(sent.length, 1 + 3 + 3 + 2 + 1 + 1, 'one request per page');
  const customerPath = `/v1/import/customers/${cus.uuid}/invoices`;
  assert.deepEqual(sent.slice(0, 4).map(([path, { per_page }]) => [path, per_page]), Array(4).fill([customerPath, '3']));
  assert.deepEqual(sent.slice(1, 4).map(([, { cursor }]) => typeof cursor), ['undefined', 'string', 'string']);
  assert.deepEqual(sent.slice(4, 7).map(([path, { customer_uuid }]) => [path, customer_uuid]), Array(3).fill(['/v1/invoices', cus.uuid]));
});
