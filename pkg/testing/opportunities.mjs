// The opportunities of the local server: created for a customer and listed
// a page at a time (a customer's, or all), filtered by owner, pipeline,
// stage and close date; read, changed and deleted by uuid.
// Custom fields are sent as a list of { key, value } and answered as an object.
import { randomUUID } from 'node:crypto';
import { answerAll, answerList, byId, either, refusedCreate, setFields } from './customer-scoped.mjs';
import { sendJson } from './respond.mjs';

const REQUIRED = [
  'customer_uuid', 'owner', 'pipeline', 'pipeline_stage', 'estimated_close_date', 'currency', 'amount_in_cents',
];
const CHANGEABLE = [...REQUIRED.slice(1), 'type', 'forecast_category', 'win_likelihood'];
const byKey = (list = []) => Object.fromEntries(list.map(({ key, value }) => [key, value]));

function keep(o, query) {
  const after = query.get('estimated_close_date_on_or_after') ?? '';
  const before = query.get('estimated_close_date_on_or_before') ?? '\uffff';
  return ['owner', 'pipeline', 'pipeline_stage'].every((key) => either(query, key, o[key])) &&
    o.estimated_close_date >= after && o.estimated_close_date <= before;
}

/** A create, as `Customer.createOpportunity(config, customerUuid, data)` and `Opportunity.create(config, data)` send it. */
const create = ({ res, body, context: { state } }) => {
  const given = JSON.parse(body || '{}');
  if (refusedCreate(res, given, REQUIRED)) return;
  const now = new Date().toISOString();
  const opportunity = {
    uuid: randomUUID(),
    ...Object.fromEntries(REQUIRED.map((field) => [field, given[field]])),
    type: given.type ?? 'recurring',
    forecast_category: given.forecast_category ?? 'pipeline',
    win_likelihood: given.win_likelihood ?? null,
    custom: byKey(given.custom),
    created_at: now,
    updated_at: now,
  };
  state.opportunities.push(opportunity);
  sendJson(res, 200, opportunity);
};

export const handlers = {
  'Customer.createOpportunity': create,
  'Opportunity.create': create,
  'Customer.opportunities': ({ res, query, context: { state } }) => answerList(res, query, state.opportunities, keep),
  'Opportunity.all': ({ res, query, context: { state } }) => answerAll(res, query, state.opportunities, keep),
  ...byId('Opportunity', {
    store: 'opportunities',
    name: 'Opportunity',
    apply: (res, opportunity, given) => {
      if (!setFields(res, opportunity, given, CHANGEABLE)) return false;
      if (given.custom) Object.assign(opportunity.custom, byKey(given.custom));
    },
  }),
};
