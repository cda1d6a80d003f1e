// The tasks of the local server: created for a customer and listed a page
// at a time, filtered by assignee, due date and whether they are done.
// Their id is `task_uuid`, as ChartMogul's reference shows.
import { randomUUID } from 'node:crypto';
import { answerList, either, refusedCreate } from './customer-scoped.mjs';
import { sendJson } from './respond.mjs';

export const handlers = {
  'Customer.createTask': ({ res, body, context: { state } }) => {
    const given = JSON.parse(body || '{}');
    if (refusedCreate(res, given, ['customer_uuid', 'task_details', 'assignee', 'due_date'])) return;
    const now = new Date().toISOString();
    const { customer_uuid, task_details, assignee, due_date, completed_at = null } = given;
    const task = {
      task_uuid: randomUUID(), customer_uuid, task_details, assignee, due_date, completed_at, created_at: now, updated_at: now,
    };
    state.tasks.push(task);
    sendJson(res, 200, task);
  },
  'Customer.tasks': ({ res, query, context: { state } }) => {
    const after = query.get('due_date_on_or_after') ?? '';
    const before = query.get('due_date_on_or_before') ?? '\uffff';
    answerList(res, query, state.tasks, (task) =>
      either(query, 'assignee', task.assignee) && task.due_date >= after && task.due_date <= before &&
      (!query.has('completed') || (task.completed_at !== null) === (query.get('completed') === 'true')));
  },
};
