// The tasks of the local server: created for a customer and listed a page
// at a time (a customer's, or all), filtered by assignee, due date and
// whether they are done; read, changed and deleted by id. Their id is
// `task_uuid`, as ChartMogul's reference shows.
import { randomUUID } from 'node:crypto';
import { answerAll, answerList, byId, either, refusedCreate, setFields } from './customer-scoped.mjs';
import { sendJson } from './respond.mjs';

function keep(task, query) {
  const after = query.get('due_date_on_or_after') ?? '';
  const before = query.get('due_date_on_or_before') ?? '\uffff';
  return either(query, 'assignee', task.assignee) && task.due_date >= after && task.due_date <= before &&
    (!query.has('completed') || (task.completed_at !== null) === (query.get('completed') === 'true'));
}

/** A create, as `Customer.createTask(config, customerUuid, data)` and `Task.create(config, data)` send it. */
const create = ({ res, body, context: { state } }) => {
  const given = JSON.parse(body || '{}');
  if (refusedCreate(res, given, ['customer_uuid', 'task_details', 'assignee', 'due_date'])) return;
  const now = new Date().toISOString();
  const { customer_uuid, task_details, assignee, due_date, completed_at = null } = given;
  const task = {
    task_uuid: randomUUID(), customer_uuid, task_details, assignee, due_date, completed_at, created_at: now, updated_at: now,
  };
  state.tasks.push(task);
  sendJson(res, 200, task);
};

export const handlers = {
  'Customer.createTask': create,
  'Task.create': create,
  'Customer.tasks': ({ res, query, context: { state } }) => answerList(res, query, state.tasks, keep),
  'Task.all': ({ res, query, context: { state } }) => answerAll(res, query, state.tasks, keep),
  ...byId('Task', {
    store: 'tasks',
    id: 'task_uuid',
    name: 'Task',
    apply: (res, task, given) => {
      if (!setFields(res, task, given, ['task_details', 'assignee', 'due_date'])) return false;
      // null opens a done task again.
      if (given.completed_at !== undefined) task.completed_at = given.completed_at;
    },
  }),
};
