// What every runtime must do with the installed package: retrieve a data
// source from the local server, and get a 404 as NotFoundError; call the
// other classes the endpoint table makes (Ping, Account); send through a
// Config's own fetch; create plans and go through them a page at a time
// with `for await`; and run the demo's import (scripts/demo/import-flow.mjs,
// copied next to this file with it by scripts/test.mjs).
import { importFlow } from './import-flow.mjs';

export const EXPECTED = {
  name: 'In-house billing',
  processed: 61,
  notFound: true,
  status: 404,
  message: 'HTTP 404: Data source not found',
  timeout: 'TimeoutError after 1 attempt',
  abort: 'rejected with the reason',
  ping: 'pong!',
  account: 'ChartMogul',
  ownFetchCalls: 1,
  pagedPlans: 2,
  imported: { customer: 'Adam Smith', plan: 'Gold monthly', invoices: 2 },
};

const DS = 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430';

export async function check(api, base) {
  const config = new api.Config('local_test_key', base);
  // Cancellation first, so that the last timer the calls leave is the
  // default 30 s one, which must not keep the process alive (resultOf).
  const cancelled = await cancellation(api, config);
  const ds = await api.DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430', {
    with_processing_status: true,
  });
  const missing = await api.DataSource.retrieve(config, 'ds_missing').then(() => undefined, (e) => e);
  let ownFetchCalls = 0;
  const fetch = (url, init) => (ownFetchCalls++, globalThis.fetch(url, init));
  const viaOwn = new api.Config('local_test_key', base, { fetch });
  await api.DataSource.retrieve(viaOwn, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430');
  return {
    name: ds.name,
    processed: ds.processing_status?.processed,
    notFound: missing instanceof api.NotFoundError && missing instanceof api.ChartMogulError && missing instanceof Error,
    status: missing?.httpStatus,
    message: missing?.message,
    ...cancelled,
    ping: (await api.Ping.ping(config)).data,
    account: (await api.Account.retrieve(config)).name,
    ownFetchCalls,
    pagedPlans: await pagedPlans(api, config),
    imported: await imported(api, config),
  };
}

/** Just the retrieve: `{ name }`. */
export async function retrieveOnly(api, base) {
  const config = new api.Config('local_test_key', base);
  return { name: (await api.DataSource.retrieve(config, 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430')).name };
}

/** A hanging server: the timeout ends the attempt, and an abort ends the call with its reason. */
async function cancellation(api, config) {
  const timedOut = await api.DataSource.retrieve(config, 'ds_fault_hang', {}, { timeout: 100, deadline: 150 })
    .then(() => undefined, (e) => e);
  const controller = new AbortController();
  const reason = new Error('stopped');
  setTimeout(() => controller.abort(reason), 50);
  const aborted = await api.DataSource.retrieve(config, 'ds_fault_hang', {}, { signal: controller.signal })
    .then(() => undefined, (e) => e);
  return {
    timeout: timedOut instanceof api.TimeoutError ? `TimeoutError after ${timedOut.attempts} attempt` : String(timedOut),
    abort: aborted === reason ? 'rejected with the reason' : String(aborted),
  };
}

/** Two new plans, then `for await` over a list of one plan a page, broken off after two. */
async function pagedPlans(api, config) {
  const stamp = `${Date.now()}_${Math.random().toString(36).slice(2)}`;
  for (const i of [1, 2]) {
    await api.Plan.create(config, {
      data_source_uuid: DS, name: `Runtime plan ${i}`, interval_count: 1, interval_unit: 'month', external_id: `rt_${stamp}_${i}`,
    });
  }
  let seen = 0;
  for await (const plan of api.Plan.all(config, { data_source_uuid: DS, per_page: 1 })) {
    if (plan.uuid && ++seen === 2) break;
  }
  return seen;
}

/** The demo's import: who, which plan, how many invoices read back. */
async function imported(api, config) {
  const { customer, plan, invoices } = await importFlow(api, config);
  return { customer, plan, invoices: invoices.length };
}

/** The one line a runner prints, for the test to read. */
export function report(result) {
  console.log(`RESULT ${JSON.stringify(result)}`);
}
