// Transaction's eleven methods against the local server (the tests shared
// with LineItem: invoice-parts.mjs).
import { Transaction } from 'chartmogul-wasm';
import { testInvoicePart } from './invoice-parts.mjs';

testInvoicePart({
  Part: Transaction, key: 'transactions', prefix: 'tr_',
  newOne: (externalId) => ({ type: 'payment', date: '2025-01-02 10:00:00', result: 'successful', amount_in_cents: 2500, external_id: externalId }),
  changes: [{ result: 'failed' }, { amount_in_cents: 1000, transaction_fees_in_cents: 30 }], required: 'date',
});
