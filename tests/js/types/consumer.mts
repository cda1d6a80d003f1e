// A strict TypeScript consumer of the packed package (ESM). Compiled with
// `tsc --noEmit`: every `@ts-expect-error` line must fail to compile, so
// misuse that type-checks makes this test fail.
import ChartMogul, {
  Account, ChartMogulError, Config, DataSource, endpoints, LineItem, NotFoundError, Ping, Plan, PlanGroup, Transaction,
  type ByExternalId, type LineItemList, type LineItemRecord, type TransactionList, type TransactionRecord,
  type AccountRecord, type PlanGroupList, type DataSourceList, type PlanList, type PlanRecord, type DataSourceQuery, type DataSourceRecord, type DataSourceStatus,
} from 'chartmogul-wasm';

type IsAny<T> = 0 extends 1 & T ? true : false;

export async function use(): Promise<void> {
  const config = new Config('key', 'https://api.chartmogul.com', { retries: 1, timeout: 5_000 });
  config.retries = 3;
  const query: DataSourceQuery = { with_processing_status: true };
  const ds = await DataSource.retrieve(config, 'ds_1', query, { signal: new AbortController().signal });
  const notAny: IsAny<typeof ds> = false;
  const record: DataSourceRecord = ds;
  const name: string = ds.name;
  const status: DataSourceStatus = ds.status;
  const known: DataSourceStatus = 'import_complete';
  const future: DataSourceStatus = 'some_future_status';
  const processed: number | undefined = ds.processing_status?.processed;
  const interval: number | null | undefined = ds.auto_churn_subscription_setting?.interval;
  const viaDefault: DataSourceRecord = await ChartMogul.DataSource.retrieve(config, 'ds_1');
  void [notAny, record, name, status, known, future, processed, interval, viaDefault];

  try {
    await DataSource.retrieve(config, 'ds_1');
  } catch (error) {
    if (error instanceof NotFoundError) {
      const status: number | undefined = error.httpStatus;
      const body: unknown = error.response;
      const base: ChartMogulError = error;
      void [status, body, base];
    }
  }

  const list: DataSourceList = await DataSource.all(config, { system: 'Stripe', with_processing_status: true });
  const firstName: string | undefined = list.data_sources[0]?.name;
  const created: DataSourceRecord = await DataSource.create(config, { name: 'In-house billing' });
  const gone: Record<string, never> = await DataSource.destroy(config, created.uuid);
  void [firstName, gone];
  // @ts-expect-error create needs a name
  await DataSource.create(config, {});
  // @ts-expect-error an unknown filter
  await DataSource.all(config, { nmae: 'x' });
  // @ts-expect-error destroy needs a uuid
  await DataSource.destroy(config);

  const pong: string | undefined = (await Ping.ping(config)).data;
  const account: AccountRecord = await Account.retrieve(config, { include: 'churn_recognition' });
  const currency: string = account.currency;
  const ownFetch = new Config('key', undefined, { fetch: (url, init) => fetch(url, init) });
  const firstPath: string | undefined = endpoints[0]?.path;
  void [pong, currency, ownFetch, firstPath];
  const firstPage: PlanList = await Plan.all(config, { per_page: 50 });
  for await (const plan of Plan.all(config, { data_source_uuid: 'ds_1' })) {
    const record: PlanRecord = plan;
    const unit: string = plan.interval_unit;
    void [record, unit];
  }
  const plan: PlanRecord = await Plan.create(config, {
    data_source_uuid: 'ds_1', name: 'Gold', interval_count: 1, interval_unit: 'month',
  });
  const groups: PlanGroupList = await PlanGroup.all(config, { per_page: 10 });
  const groupPlans: PlanList = await PlanGroup.all(config, 'plg_1', { per_page: 10 });
  for await (const group of PlanGroup.all(config)) void group.plans_count;
  void [groups, groupPlans];
  const paced = new Config('key', undefined, { maxRequestsPerSecond: 0 });
  paced.maxRequestsPerSecond = 40;
  void [firstPage, plan];

  const named: ByExternalId = { data_source_uuid: 'ds_1', external_id: 'li_1' };
  const item: LineItemRecord = await LineItem.create(config, 'inv_1', { type: 'one_time', amount_in_cents: 2500 });
  const items: LineItemList = await LineItem.all(config, named);
  const updated: LineItemRecord = await LineItem.update(config, { qs: named, quantity: 2 });
  const disabled: boolean | undefined = (await LineItem.disable(config, 'li_1')).disabled;
  const enabled: LineItemRecord = await LineItem.enable(config, named);
  const noLineItem: Record<string, never> = await LineItem.destroyByExternalId(config, { qs: named });
  const refund: TransactionRecord = await Transaction.create(config, 'inv_1', {
    type: 'refund', date: '2025-01-02 10:00:00', result: 'successful',
  });
  const transactions: TransactionList = await Transaction.all(config, { ...named, external_id: 'tr_1' });
  const failed: TransactionRecord = await Transaction.modify(config, 'tr_1', { result: 'failed' });
  const again: TransactionRecord = await Transaction.enableByExternalId(config, named);
  void [item, items, updated, disabled, enabled, noLineItem, refund, transactions, failed, again];
  // @ts-expect-error all needs the external id too
  await LineItem.all(config, { data_source_uuid: 'ds_1' });
  // @ts-expect-error all needs its query
  await LineItem.all(config);
  // @ts-expect-error so does Transaction's
  await Transaction.all(config);
  // @ts-expect-error destroyByExternalId takes the query in qs
  await LineItem.destroyByExternalId(config, named);
  // @ts-expect-error a line item needs its amount
  await LineItem.create(config, 'inv_1', { type: 'one_time' });
  // @ts-expect-error a transaction needs its result
  await Transaction.create(config, 'inv_1', { type: 'refund', date: '2025-01-02' });
  // @ts-expect-error a line item's amount is a number
  await LineItem.modify(config, 'li_1', { amount_in_cents: '2500' });

  // @ts-expect-error a plan needs its interval
  await Plan.create(config, { data_source_uuid: 'ds_1', name: 'Gold' });
  // @ts-expect-error per_page is a number
  await Plan.all(config, { per_page: '50' });
  // @ts-expect-error include is a string
  await Account.retrieve(config, { include: ['churn_recognition'] });
  // @ts-expect-error ping takes no uuid
  await Ping.ping(config, 'ds_1');

  // @ts-expect-error a field used as the wrong type
  const wrong: number = ds.name;
  // @ts-expect-error a string passed as config
  await DataSource.retrieve('key', 'ds_1');
  // @ts-expect-error a missing uuid
  await DataSource.retrieve(config);
  // @ts-expect-error an unknown query flag
  await DataSource.retrieve(config, 'ds_1', { with_procesing_status: true });
  // @ts-expect-error a flag that is not a boolean
  await DataSource.retrieve(config, 'ds_1', { with_processing_status: 'yes' });
  // @ts-expect-error apiBase is read-only
  config.apiBase = 'https://elsewhere';
  // @ts-expect-error the key cannot be read back
  void config.apiKey;
  void wrong;
}
