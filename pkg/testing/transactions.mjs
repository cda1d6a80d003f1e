// The transaction endpoints of the local server: transactions inside the
// invoices of `state.invoices` (invoice-parts.mjs does the work).
import { partHandlers } from './invoice-parts.mjs';

export const handlers = partHandlers({
  className: 'Transaction', key: 'transactions', prefix: 'tr_', noun: 'Transaction',
  required: ['type', 'date', 'result'],
  changeable: ['type', 'date', 'result', 'amount_in_cents', 'transaction_fees_in_cents', 'transaction_fees_currency'],
});
