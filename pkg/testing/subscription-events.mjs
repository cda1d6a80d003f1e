// The subscription event endpoints of the local server: events of the
// server's data sources, created, listed a page at a time, changed,
// deleted and disabled or enabled. As ChartMogul, it takes each body
// wrapped in `subscription_event` (400 otherwise, the DELETE's included),
// names an event by `id` or by `data_source_uuid` and `external_id`, and
// answers 422 for a missing field, an unknown type or a duplicate external_id.
import { dateOf } from './dates.mjs';
import { pageOf } from './pages.mjs';
import { send, sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Subscription event not found', param: null };
const REQUIRED = ['data_source_uuid', 'customer_external_id', 'subscription_external_id', 'event_type', 'event_date', 'effective_date'];
const DATES = ['event_date', 'effective_date'];
/** What an event holds besides its id, in the order ChartMogul answers it. */
const FIELDS = [
  'data_source_uuid', 'customer_external_id', 'subscription_set_external_id', 'subscription_external_id',
  'plan_external_id', 'event_date', 'effective_date', 'event_type', 'external_id', 'quantity', 'currency',
  'amount_in_cents', 'tax_amount_in_cents', 'event_order', 'retracted_event_id',
];
const FILTERS = ['external_id', 'customer_external_id', 'data_source_uuid', 'subscription_external_id', 'event_type', 'plan_external_id'];
const TYPES = [
  'subscription_start', 'subscription_start_scheduled', 'scheduled_subscription_start_retracted',
  'subscription_cancelled', 'subscription_cancellation_scheduled', 'scheduled_subscription_cancellation_retracted',
  'subscription_updated', 'subscription_update_scheduled', 'scheduled_subscription_update_retracted',
  'subscription_event_retracted',
];

const badRequest = (res, message) => sendJson(res, 400, { code: 400, message, param: null });
const invalid = (res, errors) => sendJson(res, 422, { errors });
/** `2022-03-30` as ChartMogul answers it: `2022-03-30T00:00:00Z`. */
const shownDate = (date) => date.toISOString().replace('.000Z', 'Z');

/** The `subscription_event` object of a body, or undefined (the answer sent) when there is none. */
function unwrapped(res, body) {
  let given;
  try {
    given = JSON.parse(body);
  } catch {
    return badRequest(res, 'The request body is not valid JSON');
  }
  const event = given?.subscription_event;
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return badRequest(res, 'param is missing or the value is empty: subscription_event');
  }
  return event;
}

/** The event `ref` names, or undefined (the 422 or 404 sent). */
function find(res, state, { id, data_source_uuid, external_id }) {
  let event;
  if (id !== undefined) event = state.subscriptionEvents.find((e) => e.id === Number(id));
  else if (data_source_uuid && external_id) {
    event = state.subscriptionEvents.find((e) => e.data_source_uuid === data_source_uuid && e.external_id === external_id);
  } else return invalid(res, { id: 'Either id or data_source_uuid and external_id are required' });
  if (!event) return sendJson(res, 404, NOT_FOUND);
  return event;
}

/** `given`'s known fields, its dates as ChartMogul keeps them; `{ errors }` for a date it cannot read or an unknown type. */
function fieldsOf(given) {
  const fields = Object.fromEntries(FIELDS.filter((f) => given[f] !== undefined).map((f) => [f, given[f]]));
  const errors = {};
  for (const field of DATES.filter((f) => f in fields)) {
    const date = dateOf(fields[field]);
    if (date) fields[field] = shownDate(date);
    else errors[field] = 'is not a valid date';
  }
  if ('event_type' in fields && !TYPES.includes(fields.event_type)) errors.event_type = 'is not included in the list';
  return Object.keys(errors).length ? { errors } : { fields };
}

function create(res, body, state) {
  const given = unwrapped(res, body);
  if (!given) return;
  const missing = REQUIRED.filter((f) => given[f] === undefined || given[f] === null || given[f] === '');
  if (missing.length) return invalid(res, Object.fromEntries(missing.map((f) => [f, "can't be blank"])));
  if (!state.store.some((ds) => ds.uuid === given.data_source_uuid)) {
    return invalid(res, { data_source_uuid: 'Data source not found' });
  }
  const duplicate = given.external_id !== undefined && state.subscriptionEvents.some(
    (e) => e.data_source_uuid === given.data_source_uuid && e.external_id === given.external_id,
  );
  if (duplicate) return invalid(res, { external_id: 'has already been taken' });
  const { fields, errors } = fieldsOf(given);
  if (errors) return invalid(res, errors);
  const now = shownDate(new Date(Math.floor(Date.now() / 1000) * 1000));
  const event = {
    id: (state.subscriptionEvents.at(-1)?.id ?? 73966000) + 1,
    ...Object.fromEntries(FIELDS.map((f) => [f, null])),
    ...fields,
    errors: {}, created_at: now, updated_at: now, disabled: false,
  };
  state.subscriptionEvents.push(event);
  sendJson(res, 201, event);
}

function update(res, body, state) {
  const given = unwrapped(res, body);
  const event = given && find(res, state, given);
  if (!event) return;
  const { data_source_uuid, external_id, ...changes } = given;
  const { fields, errors } = fieldsOf(changes);
  if (errors) return invalid(res, errors);
  Object.assign(event, fields, { updated_at: shownDate(new Date()) });
  sendJson(res, 200, event);
}

function destroy(res, body, state) {
  const given = unwrapped(res, body);
  const event = given && find(res, state, given);
  if (!event) return;
  state.subscriptionEvents.splice(state.subscriptionEvents.indexOf(event), 1);
  send(res, { status: 204 });
}

/** `disable` and `enable` share their verb and path: the server routes both here, and the body says which. */
function setDisabled({ res, params: [id], body, context: { state } }) {
  let disabled;
  try {
    ({ disabled } = JSON.parse(body));
  } catch {
    return badRequest(res, 'The request body is not valid JSON');
  }
  if (typeof disabled !== 'boolean') return badRequest(res, 'disabled must be true or false');
  const event = find(res, state, { id });
  if (!event) return;
  event.disabled = disabled;
  sendJson(res, 200, event);
}

/**
 * `disableByExternalId` and `enableByExternalId`, as chartmogul-ruby sends
 * them: the event named in `subscription_event`, `disabled` beside it.
 */
function setDisabledByExternalId({ res, body, context: { state } }) {
  const named = unwrapped(res, body);
  if (!named) return;
  const { disabled } = JSON.parse(body);
  if (typeof disabled !== 'boolean') return badRequest(res, 'disabled must be true or false');
  const event = find(res, state, { data_source_uuid: named.data_source_uuid, external_id: named.external_id });
  if (!event) return;
  event.disabled = disabled;
  sendJson(res, 200, event);
}

function list(res, query, state) {
  const dates = Object.fromEntries(DATES.filter((f) => query.has(f)).map((f) => [f, dateOf(query.get(f))]));
  if (Object.values(dates).includes(null)) return badRequest(res, 'event_date and effective_date must be dates');
  const matching = state.subscriptionEvents.filter((e) =>
    FILTERS.every((key) => !query.has(key) || e[key] === query.get(key)) &&
    Object.entries(dates).every(([key, date]) => e[key] === shownDate(date)));
  const { page, error } = pageOf(matching, query, 'subscription_events');
  error ? badRequest(res, error) : sendJson(res, 200, page);
}

export const handlers = {
  'SubscriptionEvent.all': ({ res, query, context: { state } }) => list(res, query, state),
  'SubscriptionEvent.create': ({ res, body, context: { state } }) => create(res, body, state),
  'SubscriptionEvent.updateWithParams': ({ res, body, context: { state } }) => update(res, body, state),
  'SubscriptionEvent.deleteWithParams': ({ res, body, context: { state } }) => destroy(res, body, state),
  'SubscriptionEvent.disable': setDisabled,
  'SubscriptionEvent.enable': setDisabled,
  'SubscriptionEvent.disableByExternalId': setDisabledByExternalId,
  'SubscriptionEvent.enableByExternalId': setDisabledByExternalId,
};
