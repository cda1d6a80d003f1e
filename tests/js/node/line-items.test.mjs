// LineItem's eleven methods against the local server (the tests shared
// with Transaction: invoice-parts.mjs), and what is LineItem's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineItem, ResourceInvalidError } from 'chartmogul-wasm';
import { config, fresh, invoiceInNewSource, testInvoicePart } from './invoice-parts.mjs';

const oneTime = (externalId) => ({ type: 'one_time', amount_in_cents: 2500, description: 'Setup fee', external_id: externalId });

testInvoicePart({
  Part: LineItem, key: 'line_items', prefix: 'li_', newOne: oneTime,
  changes: [{ amount_in_cents: 20000 }, { quantity: 3, discount_code: 'WELCOME' }], required: 'amount_in_cents',
});

test('LineItem: chartmogul-node\'s subscription line item goes in as sent', async () => {
  const { invoice } = await invoiceInNewSource();
  const sent = {
    type: 'subscription', amount_in_cents: 10000, quantity: 1, external_id: fresh('li_ext_id'),
    subscription_external_id: 'sub_added_line_item_via_api_1', plan_uuid: 'pl_3eb4efb2-d101-4dce-a664-be271b0da4de',
    service_period_start: '2022-11-01T00:00:00.000Z', service_period_end: '2022-12-01T00:00:00.000Z',
  };
  const created = await LineItem.create(config, invoice, sent);
  assert.deepEqual({ ...created, uuid: undefined }, { ...sent, uuid: undefined, disabled: false });
});

test('LineItem: a change to an external id another line item of the data source has is a 422', async () => {
  const { invoice } = await invoiceInNewSource();
  const first = await LineItem.create(config, invoice, oneTime(fresh('ext')));
  const second = await LineItem.create(config, invoice, oneTime(fresh('ext')));
  await assert.rejects(LineItem.modify(config, second.uuid, { external_id: first.external_id }), (e) =>
    e instanceof ResourceInvalidError && /already exists/.test(e.response.errors.external_id));
});
