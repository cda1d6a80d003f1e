// The account and ping endpoints of the local server, by the table's `Class.method`.
import { ACCOUNT } from './data.mjs';
import { sendJson } from './respond.mjs';

export const handlers = {
  'Account.retrieve': ({ res, query }) => {
    const extra = { churn_recognition: 'immediate', churn_when_zero_mrr: 'ignore' };
    const included = (query.get('include') ?? '').split(',').filter((key) => key in extra);
    sendJson(res, 200, { ...ACCOUNT, ...Object.fromEntries(included.map((key) => [key, extra[key]])) });
  },
  'Ping.ping': ({ res }) => sendJson(res, 200, { data: 'pong!' }),
};
