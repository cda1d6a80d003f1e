// The line item endpoints of the local server: line items inside the
// invoices of `state.invoices` (invoice-parts.mjs does the work).
import { partHandlers } from './invoice-parts.mjs';

/** What "Update a line item" changes: the fields a new one takes. */
const FIELDS = [
  'type', 'amount_in_cents', 'external_id', 'subscription_external_id', 'subscription_set_external_id', 'plan_uuid',
  'service_period_start', 'service_period_end', 'cancelled_at', 'prorated', 'proration_type', 'quantity', 'discount_code',
  'discount_amount_in_cents', 'discount_description', 'tax_amount_in_cents', 'transaction_fees_in_cents',
  'transaction_fees_currency', 'description', 'event_order', 'account_code',
];

export const handlers = partHandlers({
  className: 'LineItem', key: 'line_items', prefix: 'li_', noun: 'Line item',
  required: ['type', 'amount_in_cents'], changeable: FIELDS,
});
