// The Metrics API of the local server, computed from the invoices the
// server holds (state.invoices, imported with Invoice.create): each
// subscription line item bills its subscription (customer, data source,
// subscription_external_id) over its service period, so a subscription's
// MRR on a day is its covering item's amount per month. From that: the
// nine metrics per interval of a date range, filtered by plan and country;
// each subscription's activities (new_biz on its first item, expansion or
// contraction when its amount changes, churn when its last item has ended);
// a customer's subscriptions (connected ones listed as one, as ChartMogul
// shows them, until disconnected: state.metrics.connected); and activities
// exports (state.metrics.exports), pending until first retrieved.
import { createHash, randomUUID } from 'node:crypto';
import { handlers as customerHandlers } from './customers.mjs';
import { pageOf } from './pages.mjs';
import { sendJson } from './respond.mjs';

const DAY = 86_400_000;
const INTERVALS = ['day', 'week', 'month', 'quarter'];
const ACTIVITY_TYPES = ['new_biz', 'reactivation', 'expansion', 'contraction', 'churn'];
const CUSTOMER_NOT_FOUND = { code: 404, message: 'Customer not found', param: null };

const badRequest = (res, message, param = null) => sendJson(res, 400, { code: 400, message, param });
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const round = (n, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
const change = (now, before) => (before ? round(((now - before) / before) * 100, 1) : 0);
/** A stable uuid for a key, so the same activity or subscription keeps its id. */
const uuidOf = (key) => createHash('md5').update(key).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');

/** `YYYY-MM-DD` as its day's start (ms), or undefined. */
function dayOf(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '')) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The last day of the interval holding `ms`: weeks end on Saturday, as ChartMogul's do. */
function periodEnd(ms, interval) {
  const d = new Date(ms);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  if (interval === 'day') return ms;
  if (interval === 'week') return ms + ((6 - d.getUTCDay()) * DAY);
  if (interval === 'month') return Date.UTC(y, m + 1, 0);
  return Date.UTC(y, m - (m % 3) + 3, 0);
}

/** Each subscription's billed items, oldest first: `[{ key, items, customer }]`. */
function subscriptionsOf(state, keep = () => true) {
  const byKey = new Map();
  for (const invoice of state.invoices) {
    if (invoice.disabled) continue;
    const customer = state.customers.find((c) => c.uuid === invoice.customer_uuid);
    for (const item of invoice.line_items) {
      if (item.type !== 'subscription' || item.disabled || !keep(item, customer)) continue;
      const key = `${invoice.customer_uuid}/${invoice.data_source_uuid}/${item.subscription_external_id}`;
      if (!byKey.has(key)) byKey.set(key, { key, customer, invoice, items: [] });
      byKey.get(key).items.push(item);
    }
  }
  const start = (item) => Date.parse(item.service_period_start);
  for (const sub of byKey.values()) sub.items.sort((a, b) => start(a) - start(b));
  return [...byKey.values()];
}

/** An item's amount per month, in cents. */
function monthly(item) {
  const days = (Date.parse(item.service_period_end) - Date.parse(item.service_period_start)) / DAY;
  return Math.round((item.amount_in_cents ?? 0) / Math.max(1, Math.round(days / 30.4)));
}

/** A subscription's MRR at the end of day `ms`. */
function mrrAt(sub, ms) {
  const item = sub.items.findLast((i) => Date.parse(i.service_period_start) <= ms + DAY - 1 && ms < Date.parse(i.service_period_end));
  return item ? monthly(item) : 0;
}

/** Each customer's MRR at the end of day `ms`. */
function customersAt(subs, ms) {
  const mrr = new Map();
  for (const sub of subs) mrr.set(sub.customer?.uuid ?? sub.key, (mrr.get(sub.customer?.uuid ?? sub.key) ?? 0) + mrrAt(sub, ms));
  return mrr;
}

/** Every metric for the day `ms`, moved from the day `before`. */
function metricsAt(subs, ms, before) {
  const [now, then] = [customersAt(subs, ms), customersAt(subs, before)];
  const moves = { new: 0, expansion: 0, contraction: 0, churn: 0, newCount: 0, churnCount: 0 };
  for (const [customer, mrr] of now) {
    const was = then.get(customer) ?? 0;
    if (!was && mrr) Object.assign(moves, { new: moves.new + mrr, newCount: moves.newCount + 1 });
    else if (was && !mrr) Object.assign(moves, { churn: moves.churn - was, churnCount: moves.churnCount + 1 });
    else if (mrr > was) moves.expansion += mrr - was;
    else moves.contraction += mrr - was;
  }
  const mrr = [...now.values()].reduce((a, b) => a + b, 0);
  const previousMrr = [...then.values()].reduce((a, b) => a + b, 0);
  const customers = [...now.values()].filter(Boolean).length;
  const previousCustomers = [...then.values()].filter(Boolean).length;
  const arpa = customers ? Math.round(mrr / customers) : 0;
  const customerChurnRate = previousCustomers ? round((moves.churnCount / previousCustomers) * 100) : 0;
  const lost = -(moves.churn + moves.contraction) - moves.expansion;
  return {
    date: isoDay(ms),
    'customer-churn-rate': customerChurnRate,
    'mrr-churn-rate': previousMrr ? round((lost / previousMrr) * 100) : 0,
    ltv: customerChurnRate ? round(arpa / (customerChurnRate / 100)) : 0,
    customers,
    asp: moves.newCount ? Math.round(moves.new / moves.newCount) : 0,
    arpa,
    arr: mrr * 12,
    mrr,
    movements: {
      'mrr-new-business': moves.new, 'mrr-expansion': moves.expansion, 'mrr-contraction': moves.contraction,
      'mrr-churn': moves.churn, 'mrr-reactivation': 0,
    },
  };
}

/** The query's range and interval, or the 400 ChartMogul answers (sent; undefined returned). */
function rangeOf(res, query) {
  for (const param of ['start-date', 'end-date']) {
    if (!query.has(param)) return badRequest(res, `${param} is required`, param);
    if (dayOf(query.get(param)) === undefined) return badRequest(res, `${param} must be a date as YYYY-MM-DD`, param);
  }
  const [start, end] = [dayOf(query.get('start-date')), dayOf(query.get('end-date'))];
  if (end < start) return badRequest(res, 'end-date must not be before start-date', 'end-date');
  const interval = query.get('interval') ?? 'month';
  if (!INTERVALS.includes(interval)) return badRequest(res, `interval must be one of ${INTERVALS.join(', ')}`, 'interval');
  return { start, end, interval };
}

/** The subscriptions a metrics query covers: of the `plans` (names, uuids or external ids) and `geo` (countries) given. */
function coveredBy(state, query) {
  const list = (key) => query.get(key)?.split(',').map((s) => s.trim()).filter(Boolean);
  const [plans, geo] = [list('plans'), list('geo')];
  return subscriptionsOf(state, (item, customer) => {
    const plan = state.plans.find((p) => p.uuid === item.plan_uuid);
    const named = !plans || plans.some((p) => [plan?.name, plan?.external_id, item.plan_uuid].includes(p));
    return named && (!geo || geo.includes(customer?.country));
  });
}

/** The handler of one metric: `key` its entries' field (undefined: `all`). */
function metric(key) {
  return ({ res, query, context: { state } }) => {
    const range = rangeOf(res, query);
    if (!range) return;
    const subs = coveredBy(state, query);
    const entries = [];
    let before = range.start - DAY;
    for (let day = range.start; day <= range.end; day = periodEnd(day, range.interval) + DAY) {
      const at = Math.min(periodEnd(day, range.interval), range.end);
      entries.push(metricsAt(subs, at, before));
      before = at;
    }
    if (!key) return sendJson(res, 200, { entries: entries.map(({ movements, ...all }) => all) });
    const first = metricsAt(subs, range.start - DAY, range.start - 2 * DAY)[key];
    const shown = entries.map((entry, i) => ({
      date: entry.date,
      [key]: entry[key],
      ...(key === 'mrr' ? entry.movements : {}),
      'percentage-change': change(entry[key], i ? entries[i - 1][key] : first),
    }));
    const current = entries.at(-1)[key];
    sendJson(res, 200, { entries: shown, summary: { current, previous: first, 'percentage-change': change(current, first) } });
  };
}

/** A subscription's activities, as ChartMogul lists them. */
function activitiesOf(sub, state) {
  const plan = (item) => state.plans.find((p) => p.uuid === item.plan_uuid);
  const activity = (item, type, date, mrr, movement) => ({
    uuid: uuidOf(`${sub.key}/${type}/${date}`),
    description: `${type === 'churn' ? 'cancelled' : 'purchased'} the ${plan(item)?.name ?? item.plan_uuid} plan`,
    'activity-mrr-movement': movement,
    'activity-mrr': mrr,
    'activity-arr': mrr * 12,
    date: new Date(date).toISOString().replace('.000Z', '+00:00'),
    type,
    currency: sub.invoice.currency,
    'currency-sign': '$',
    'subscription-external-id': item.subscription_external_id,
    'plan-external-id': plan(item)?.external_id ?? null,
    'customer-name': sub.customer?.name ?? null,
    'customer-uuid': sub.invoice.customer_uuid,
    'customer-external-id': sub.customer?.sources[0].external_id ?? null,
    'billing-connector-uuid': sub.invoice.data_source_uuid,
  });
  const found = [];
  let was = 0;
  for (const item of sub.items) {
    const mrr = monthly(item);
    const at = Date.parse(item.service_period_start);
    if (!was) found.push(activity(item, 'new_biz', at, mrr, mrr));
    else if (mrr !== was) found.push(activity(item, mrr > was ? 'expansion' : 'contraction', at, mrr, mrr - was));
    was = mrr;
  }
  const last = sub.items.at(-1);
  const ended = Date.parse(last.service_period_end);
  if (ended < Date.now()) found.push(activity(last, 'churn', ended, 0, -was));
  return found;
}

function answerEntries(res, records, query, extra = {}) {
  const { page, error } = pageOf(records, query, 'entries');
  error ? badRequest(res, error) : sendJson(res, 200, { ...page, ...extra });
}

/** The customer's subscriptions, a connected group shown as its first, as the Metrics API lists them. */
function customerSubscriptions(state, customerUuid) {
  const subs = subscriptionsOf(state).filter((sub) => sub.invoice.customer_uuid === customerUuid);
  const uuid = (sub) => `sub_${uuidOf(sub.key)}`;
  const hidden = new Set(state.metrics.connected.filter((g) => g.customer === customerUuid).flatMap((g) => g.uuids.slice(1)));
  return subs.filter((sub) => !hidden.has(uuid(sub))).map((sub) => {
    const [first, last] = [sub.items[0], sub.items.at(-1)];
    const plan = state.plans.find((p) => p.uuid === last.plan_uuid);
    const mrr = mrrAt(sub, Date.now());
    return {
      id: parseInt(uuidOf(sub.key).slice(0, 7), 16),
      uuid: uuid(sub),
      external_id: last.subscription_external_id,
      plan: plan?.name ?? last.plan_uuid,
      quantity: last.quantity ?? 1,
      mrr,
      arr: mrr * 12,
      status: mrr ? 'active' : 'inactive',
      'billing-cycle': plan?.interval_unit ?? 'month',
      'billing-cycle-count': plan?.interval_count ?? 1,
      'start-date': new Date(first.service_period_start).toISOString().replace('.000Z', '+00:00'),
      'end-date': new Date(last.service_period_end).toISOString().replace('.000Z', '+00:00'),
      currency: sub.invoice.currency,
      'currency-sign': '$',
      data_source_uuid: sub.invoice.data_source_uuid,
    };
  });
}

/**
 * Connect and disconnect (the Customer rows and the Metrics.Customer rows
 * share their routes): the customers' handler checks and answers; a
 * request it takes is recorded here, as a group of subscription uuids.
 */
function linking(connect) {
  const answer = customerHandlers[connect ? 'Customer.connectSubscriptions' : 'Customer.disconnectSubscriptions'];
  return (request) => {
    const { res, params: [customer], body, context: { state } } = request;
    res.once('finish', () => {
      if (res.statusCode !== 202) return;
      const uuids = JSON.parse(body).subscriptions.map((s) => s.uuid).filter(Boolean);
      const groups = state.metrics.connected;
      const touched = groups.filter((g) => g.customer === customer && g.uuids.some((u) => uuids.includes(u)));
      state.metrics.connected = groups.filter((g) => !touched.includes(g));
      if (connect) state.metrics.connected.push({ customer, uuids: [...new Set([...touched.flatMap((g) => g.uuids), ...uuids])] });
    });
    answer(request);
  };
}

/** An export's `params` as ChartMogul echoes them. */
const exportParams = (given) => ({
  kind: 'activities',
  params: { activity_type: given.type ?? null, start_date: given['start-date'] ?? null, end_date: given['end-date'] ?? null },
});

export const handlers = {
  'Metrics.all': metric(),
  'Metrics.mrr': metric('mrr'),
  'Metrics.arr': metric('arr'),
  'Metrics.arpa': metric('arpa'),
  'Metrics.asp': metric('asp'),
  'Metrics.customerCount': metric('customers'),
  'Metrics.customerChurnRate': metric('customer-churn-rate'),
  'Metrics.mrrChurnRate': metric('mrr-churn-rate'),
  'Metrics.ltv': metric('ltv'),
  'Metrics.Customer.activities': ({ res, params: [uuid], query, context: { state } }) => {
    if (!state.customers.some((c) => c.uuid === uuid)) return sendJson(res, 404, CUSTOMER_NOT_FOUND);
    const subs = subscriptionsOf(state).filter((sub) => sub.invoice.customer_uuid === uuid);
    const activities = subs.flatMap((sub) => activitiesOf(sub, state)).sort((a, b) => a.date.localeCompare(b.date));
    answerEntries(res, activities, query);
  },
  'Metrics.Customer.subscriptions': ({ res, params: [uuid], query, context: { state } }) => {
    if (!state.customers.some((c) => c.uuid === uuid)) return sendJson(res, 404, CUSTOMER_NOT_FOUND);
    const perPage = Number(query.get('per_page') ?? 200);
    answerEntries(res, customerSubscriptions(state, uuid), query, { per_page: perPage });
  },
  'Customer.connectSubscriptions': linking(true),
  'Customer.disconnectSubscriptions': linking(false),
  'Metrics.Activity.all': ({ res, query, context: { state } }) => {
    const [from, to] = ['start-date', 'end-date'].map((k) => (query.has(k) ? Date.parse(query.get(k)) : undefined));
    if (Number.isNaN(from) || Number.isNaN(to)) return badRequest(res, 'start-date and end-date must be dates');
    if (to !== undefined && from === undefined) return badRequest(res, 'end-date needs start-date', 'start-date');
    const type = query.get('type');
    if (type && !ACTIVITY_TYPES.includes(type)) return badRequest(res, `type must be one of ${ACTIVITY_TYPES.join(', ')}`, 'type');
    const order = query.get('order') ?? 'date';
    if (!['date', '-date'].includes(order)) return badRequest(res, 'order must be date or -date', 'order');
    const activities = subscriptionsOf(state).flatMap((sub) => activitiesOf(sub, state)).filter((a) => {
      const at = Date.parse(a.date);
      return (from === undefined || at >= from) && (to === undefined || at <= to) && (!type || a.type === type);
    });
    activities.sort((a, b) => (order === 'date' ? 1 : -1) * a.date.localeCompare(b.date) || a.uuid.localeCompare(b.uuid));
    answerEntries(res, activities, query);
  },
  'Metrics.ActivitiesExport.create': ({ res, body, context: { state } }) => {
    const given = JSON.parse(body || '{}');
    const errors = {};
    if (given.type !== undefined && !ACTIVITY_TYPES.includes(given.type)) errors.type = `type must be one of ${ACTIVITY_TYPES.join(', ')}`;
    for (const key of ['start-date', 'end-date']) {
      if (given[key] !== undefined && Number.isNaN(Date.parse(given[key]))) errors[key] = `${key} is not a valid date`;
    }
    if (Object.keys(errors).length) return sendJson(res, 422, { errors });
    const created = {
      id: randomUUID(), status: 'pending', file_url: null, params: exportParams(given), expires_at: null,
      created_at: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'),
    };
    state.metrics.exports.push(created);
    sendJson(res, 200, created);
  },
  // An export is done by the time it is asked for: it succeeds on its first retrieval.
  'Metrics.ActivitiesExport.retrieve': ({ res, params: [id], context: { port, state } }) => {
    const found = state.metrics.exports.find((e) => e.id === id);
    if (!found) return sendJson(res, 404, { code: 404, message: 'Activities export not found', param: null });
    if (found.status === 'pending') {
      Object.assign(found, {
        status: 'succeeded',
        file_url: `http://127.0.0.1:${port}/exports/activities-${id}.zip`,
        expires_at: new Date(Date.now() + 7 * DAY).toISOString().replace(/\.\d+Z$/, '+00:00'),
      });
    }
    sendJson(res, 200, found);
  },
};
