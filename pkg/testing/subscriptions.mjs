// The Import API's subscription endpoints of the local server: a
// customer's subscriptions a page at a time, and a subscription's
// cancellations (one more, or the whole history). As ChartMogul does, the
// server makes subscriptions from imported invoices' subscription line
// items (invoices.mjs calls subscribeLineItems); tests can also seed them.
// A customer is known here once a subscription of theirs exists.
import { randomUUID } from 'node:crypto';
import { dateOf } from './dates.mjs';
import { pageOf } from './pages.mjs';
import { sendJson } from './respond.mjs';

const CUSTOMER_NOT_FOUND = { code: 404, message: 'Customer not found', param: null };
const NOT_FOUND = { code: 404, message: 'Subscription not found', param: null };

/**
 * As ChartMogul does, an imported invoice's subscription line items make
 * their subscriptions (one per data source and subscription_external_id):
 * each item is given its subscription's uuid.
 */
export function subscribeLineItems(state, invoice) {
  for (const item of invoice.line_items) {
    if (item.type !== 'subscription' || !item.subscription_external_id) continue;
    const same = (s) => s.data_source_uuid === invoice.data_source_uuid && s.external_id === item.subscription_external_id;
    let subscription = state.subscriptions.find(same);
    if (!subscription) {
      subscription = {
        uuid: `sub_${randomUUID()}`, external_id: item.subscription_external_id,
        subscription_set_external_id: item.subscription_set_external_id ?? null, plan_uuid: item.plan_uuid ?? null,
        customer_uuid: invoice.customer_uuid, data_source_uuid: invoice.data_source_uuid, cancellation_dates: [],
      };
      state.subscriptions.push(subscription);
    }
    item.subscription_uuid = subscription.uuid;
  }
}

/** `cancelled_at` adds a cancellation, `cancellation_dates` replaces them all; the 422 sent when neither fits. */
function cancel({ res, params: [uuid], body, context: { state } }) {
  const subscription = state.subscriptions.find((s) => s.uuid === uuid);
  if (!subscription) return sendJson(res, 404, NOT_FOUND);
  let given;
  try {
    given = JSON.parse(body);
  } catch {
    return sendJson(res, 400, { code: 400, message: 'The request body is not valid JSON', param: null });
  }
  const { cancelled_at: at, cancellation_dates: dates } = given ?? {};
  if (at !== undefined && at !== null) {
    const date = dateOf(at);
    if (!date) return sendJson(res, 422, { errors: { cancelled_at: 'is not a valid date' } });
    subscription.cancellation_dates = [...subscription.cancellation_dates, date.toISOString()].sort();
  } else if (Array.isArray(dates)) {
    const read = dates.map(dateOf);
    if (read.includes(null)) return sendJson(res, 422, { errors: { cancellation_dates: 'must all be dates' } });
    subscription.cancellation_dates = read.map((d) => d.toISOString()).sort();
  } else {
    return sendJson(res, 422, { errors: { cancelled_at: "can't be blank" } });
  }
  sendJson(res, 200, subscription);
}

export const handlers = {
  'Subscription.all': ({ res, params: [customerUuid], query, context: { state } }) => {
    const theirs = state.subscriptions.filter((s) => s.customer_uuid === customerUuid);
    if (!theirs.length) return sendJson(res, 404, CUSTOMER_NOT_FOUND);
    // The list gives the customer once, beside its page.
    const { page, error } = pageOf(theirs.map(({ customer_uuid, ...s }) => s), query, 'subscriptions');
    if (error) return sendJson(res, 400, { code: 400, message: error, param: null });
    sendJson(res, 200, { customer_uuid: customerUuid, ...page });
  },
  // One call under two names (the table routes `modify` here).
  'Subscription.cancel': cancel,
  'Subscription.modify': cancel,
};
