// A subscription's custom attributes on the local server, kept on the
// subscription records (`state.subscriptions`, `custom` by key), as
// ChartMogul's reference shows them: added as a list of { type, key,
// value }, changed as an object of keys the subscription has, taken off as
// a list of keys (answering `message`: `success`, or `noop` when none had
// a value). A malformed body is ChartMogul's 400, an update of a key the
// subscription lacks its 422, an unknown subscription its 404.
import { sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Subscription not found', param: null };
const schemaError = (res, message) => sendJson(res, 400, { code: 400, message, param: 'custom' });
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The subscription named by the path, its `custom` ready, or undefined after answering 404. */
function subscriptionOf(res, state, uuid) {
  const subscription = state.subscriptions.find((s) => s.uuid === uuid);
  if (!subscription) return sendJson(res, 404, NOT_FOUND);
  subscription.custom ??= {};
  return subscription;
}

/** The body's `custom`, or undefined after answering 400. */
function customOf(res, body, fits, expected) {
  let custom;
  try {
    ({ custom } = JSON.parse(body || '{}'));
  } catch {
    return schemaError(res, 'The request body is not valid JSON');
  }
  if (!fits(custom)) return schemaError(res, `custom must be ${expected}`);
  return custom;
}

function add({ res, params: [uuid], body, context: { state } }) {
  const isAttribute = (a) => isObject(a) && typeof a.key === 'string' && typeof a.type === 'string' && 'value' in a;
  const custom = customOf(res, body, (c) => Array.isArray(c) && c.every(isAttribute), 'a list of { type, key, value }');
  const subscription = custom && subscriptionOf(res, state, uuid);
  if (!subscription) return;
  for (const { key, value } of custom) subscription.custom[key] = value;
  sendJson(res, 200, { custom: subscription.custom });
}

function update({ res, params: [uuid], body, context: { state } }) {
  const custom = customOf(res, body, isObject, 'an object of values by key');
  const subscription = custom && subscriptionOf(res, state, uuid);
  if (!subscription) return;
  const unknown = Object.keys(custom).filter((key) => !(key in subscription.custom));
  if (unknown.length) return sendJson(res, 422, { errors: { custom: `unknown keys: ${unknown.join(', ')}` } });
  Object.assign(subscription.custom, custom);
  sendJson(res, 200, { custom: subscription.custom });
}

function remove({ res, params: [uuid], body, context: { state } }) {
  const custom = customOf(res, body, (c) => Array.isArray(c) && c.every((k) => typeof k === 'string'), 'a list of keys');
  const subscription = custom && subscriptionOf(res, state, uuid);
  if (!subscription) return;
  const held = custom.filter((key) => key in subscription.custom);
  for (const key of held) delete subscription.custom[key];
  sendJson(res, 200, { custom: subscription.custom, message: held.length ? 'success' : 'noop' });
}

export const handlers = {
  'SubscriptionCustomAttribute.retrieve': ({ res, params: [uuid], context: { state } }) => {
    const subscription = subscriptionOf(res, state, uuid);
    if (subscription) sendJson(res, 200, { custom: subscription.custom });
  },
  'SubscriptionCustomAttribute.add': add,
  'SubscriptionCustomAttribute.update': update,
  'SubscriptionCustomAttribute.remove': remove,
};
