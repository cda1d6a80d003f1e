// The plan group endpoints of the local server: groups of the server's
// plans, created, read, listed a page at a time (the groups, and the plans
// of one group), changed and deleted.
import { randomUUID } from 'node:crypto';
import { answerPage } from './pages.mjs';
import { send, sendJson } from './respond.mjs';

const NOT_FOUND = { code: 404, message: 'Plan group not found', param: null };

/** The group as ChartMogul answers it: its plans counted, not listed. */
const shown = ({ uuid, name, plans }) => ({ uuid, name, plans_count: plans.length });

/** `plans` checked against the store: the first unknown uuid, if any. */
const unknownPlan = (state, plans) => plans.find((uuid) => !state.plans.some((plan) => plan.uuid === uuid));

export const handlers = {
  'PlanGroup.create': ({ res, body, context: { state } }) => {
    const { name, plans } = JSON.parse(body || '{}');
    if (!name || !Array.isArray(plans) || !plans.length) {
      return sendJson(res, 422, { errors: { plans: 'A plan group needs a name and at least one plan.' } });
    }
    const unknown = unknownPlan(state, plans);
    if (unknown) return sendJson(res, 422, { errors: { plans: `Plan ${unknown} not found` } });
    const group = { uuid: `plg_${randomUUID()}`, name, plans: [...plans] };
    state.planGroups.push(group);
    sendJson(res, 201, shown(group));
  },
  'PlanGroup.retrieve': ({ res, params: [uuid], context: { state } }) => {
    const group = state.planGroups.find((g) => g.uuid === uuid);
    group ? sendJson(res, 200, shown(group)) : sendJson(res, 404, NOT_FOUND);
  },
  'PlanGroup.all /v1/plan_groups': ({ res, query, context: { state } }) => {
    answerPage(res, state.planGroups.map(shown), query, 'plan_groups');
  },
  'PlanGroup.all /v1/plan_groups/{uuid}/plans': ({ res, params: [uuid], query, context: { state } }) => {
    const group = state.planGroups.find((g) => g.uuid === uuid);
    if (!group) return sendJson(res, 404, NOT_FOUND);
    answerPage(res, group.plans.map((planUuid) => state.plans.find((plan) => plan.uuid === planUuid)).filter(Boolean), query, 'plans');
  },
  'PlanGroup.modify': ({ res, params: [uuid], body, context: { state } }) => {
    const group = state.planGroups.find((g) => g.uuid === uuid);
    if (!group) return sendJson(res, 404, NOT_FOUND);
    const { name, plans } = JSON.parse(body || '{}');
    if (plans !== undefined) {
      const unknown = unknownPlan(state, plans);
      if (unknown) return sendJson(res, 422, { errors: { plans: `Plan ${unknown} not found` } });
      group.plans = [...plans];
    }
    if (name !== undefined) group.name = name;
    sendJson(res, 200, shown(group));
  },
  'PlanGroup.destroy': ({ res, params: [uuid], context: { state } }) => {
    const index = state.planGroups.findIndex((g) => g.uuid === uuid);
    if (index < 0) return sendJson(res, 404, NOT_FOUND);
    state.planGroups.splice(index, 1);
    send(res, { status: 204 });
  },
};
