// A strict TypeScript consumer of the packed package (ESM). Compiled with
// `tsc --noEmit`: every `@ts-expect-error` line must fail to compile, so
// misuse that type-checks makes this test fail.
import ChartMogul, {
  Account, ChartMogulError, Config, DataSource, endpoints, Invoice, NotFoundError, Ping, Plan, PlanGroup,
  type InvoiceList, type InvoiceRecord, type InvoiceStatusAnswer, type LineItemRecord, type AccountRecord, type PlanGroupList, type DataSourceList, type PlanList, type PlanRecord, type DataSourceQuery, type DataSourceRecord, type DataSourceStatus,
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
  // @ts-expect-error a plan needs its interval
  await Plan.create(config, { data_source_uuid: 'ds_1', name: 'Gold' });
  // @ts-expect-error per_page is a number
  await Plan.all(config, { per_page: '50' });
  // @ts-expect-error include is a string
  await Account.retrieve(config, { include: ['churn_recognition'] });
  // @ts-expect-error ping takes no uuid
  await Ping.ping(config, 'ds_1');

  const imported: InvoiceList = await Invoice.create(config, 'cus_1', {
    invoices: [{
      external_id: 'INV0001', date: '2015-11-01 00:00:00', currency: 'USD',
      line_items: [{ type: 'one_time', amount_in_cents: 2500, description: 'Setup Fees' }],
      transactions: [{ type: 'payment', date: '2015-11-05 00:14:23', result: 'successful' }],
    }],
  });
  const ofCustomer: InvoiceList = await Invoice.all(config, 'cus_1', { per_page: 10 });
  for await (const invoice of Invoice.all(config, { data_source_uuid: 'ds_1', validation_type: 'valid', with_disabled: true })) {
    const record: InvoiceRecord = invoice;
    const item: LineItemRecord | undefined = invoice.line_items?.[0];
    void [record, item];
  }
  const by = { data_source_uuid: 'ds_1', external_id: 'INV0001' };
  const disabled: boolean | undefined = (await Invoice.disableByExternalId(config, by)).disabled;
  const updated: InvoiceRecord = await Invoice.update(config, { qs: by, currency: 'EUR' });
  const destroyed: Record<string, never> = await Invoice.destroyByExternalId(config, { qs: by });
  const voided: InvoiceStatusAnswer = await Invoice.updateStatus(config, 'ds_1', 'INV0001', { status: 'voided' });
  const enabled: InvoiceRecord = await Invoice.enable(config, 'inv_1');
  void [imported, ofCustomer, disabled, updated, destroyed, voided, enabled];
  // @ts-expect-error an invoice needs a currency
  await Invoice.create(config, 'cus_1', { invoices: [{ external_id: 'I', date: '2015-11-01', line_items: [] }] });
  // @ts-expect-error a status ChartMogul sets itself
  await Invoice.updateStatus(config, 'ds_1', 'INV0001', { status: 'paid' });
  // @ts-expect-error update names its invoice in qs
  await Invoice.update(config, { ...by, currency: 'EUR' });
  // @ts-expect-error disable takes no body
  await Invoice.disable(config, 'inv_1', { disabled: true });

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
