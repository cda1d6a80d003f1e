// The opportunities of the local server: created for a customer and listed
// a page at a time, filtered by owner, pipeline, stage and close date.
// Custom fields are sent as a list of { key, value } and answered as an object.
import { randomUUID } from 'node:crypto';
import { answerList, either, refusedCreate } from './customer-scoped.mjs';
import { sendJson } from './respond.mjs';

const REQUIRED = [
  'customer_uuid', 'owner', 'pipeline', 'pipeline_stage', 'estimated_close_date', 'currency', 'amount_in_cents',
];

export const handlers = {
  'Customer.createOpportunity': ({ res, body, context: { state } }) => {
    const given = JSON.parse(body || '{}');
    if (refusedCreate(res, given, REQUIRED)) return;
    const now = new Date().toISOString();
    const opportunity = {
      uuid: randomUUID(),
      ...Object.fromEntries(REQUIRED.map((field) => [field, given[field]])),
      type: given.type ?? 'recurring',
      forecast_category: given.forecast_category ?? 'pipeline',
      win_likelihood: given.win_likelihood ?? null,
      custom: Object.fromEntries((given.custom ?? []).map(({ key, value }) => [key, value])),
      created_at: now,
      updated_at: now,
    };
    state.opportunities.push(opportunity);
    sendJson(res, 200, opportunity);
  },
  'Customer.opportunities': ({ res, query, context: { state } }) => {
    const after = query.get('estimated_close_date_on_or_after') ?? '';
    const before = query.get('estimated_close_date_on_or_before') ?? '\uffff';
    answerList(res, query, state.opportunities, (o) =>
      ['owner', 'pipeline', 'pipeline_stage'].every((key) => either(query, key, o[key])) &&
      o.estimated_close_date >= after && o.estimated_close_date <= before);
  },
};
