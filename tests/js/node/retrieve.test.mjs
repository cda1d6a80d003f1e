// The packed package, imported as ESM, against the local server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import ChartMogul, {
  ChartMogulError, Config, ConfigurationError, ConnectionError, DataSource, ForbiddenError,
  InvalidResponseError, NotFoundError, RateLimitError, ResourceInvalidError, SchemaInvalidError,
  ServerError, TimeoutError,
} from 'chartmogul-wasm';
import { BASE, CLOSED_BASE, DOCUMENTED, KEY, takeRequests } from './helpers.mjs';

// No retries here: each error is the first answer's (reliability.test.mjs covers retries).
const config = new Config(KEY, BASE, { retries: 0 });

test('retrieve resolves with the documented record as a plain object', async () => {
  const ds = await DataSource.retrieve(config, DOCUMENTED.uuid);
  assert.deepEqual(ds, DOCUMENTED);
  assert.equal(Object.getPrototypeOf(ds), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(ds)), DOCUMENTED);
  assert.deepEqual({ ...ds }, DOCUMENTED);
});

test('a getter on an argument may call the package again', async () => {
  let inner;
  const options = {
    get timeout() {
      inner = DataSource.retrieve(config, DOCUMENTED.uuid, {}, { timeout: 5000 });
      return 5000;
    },
  };
  assert.deepEqual(await DataSource.retrieve(config, DOCUMENTED.uuid, {}, options), DOCUMENTED);
  assert.deepEqual(await inner, DOCUMENTED);
});

test('the default export holds the same API as the named exports', async () => {
  assert.equal(ChartMogul.DataSource, DataSource);
  assert.equal(ChartMogul.Config, Config);
  assert.equal(ChartMogul.NotFoundError, NotFoundError);
  const ds = await ChartMogul.DataSource.retrieve(config, DOCUMENTED.uuid);
  assert.equal(ds.name, 'In-house billing');
});

test('the request carries Basic auth, Accept, User-Agent and the flags as true/false', async () => {
  await takeRequests();
  const ds = await DataSource.retrieve(config, DOCUMENTED.uuid, {
    with_processing_status: true,
    with_auto_churn_subscription_setting: false,
    with_invoice_handling_setting: true,
  });
  const [seen] = await takeRequests();
  assert.equal(seen.method, 'GET');
  assert.equal(seen.path, `/v1/data_sources/${DOCUMENTED.uuid}`);
  assert.equal(seen.query, '?with_processing_status=true&with_auto_churn_subscription_setting=false&with_invoice_handling_setting=true');
  assert.equal(seen.authorized, true);
  assert.equal(seen.accept, 'application/json');
  assert.match(seen.userAgent, /^chartmogul-wasm\/\d+\.\d+\.\d+$/);
  assert.deepEqual(ds.processing_status, { processed: 61, pending: 8, failed: 3 });
  assert.equal(ds.auto_churn_subscription_setting, undefined);
  assert.equal(ds.invoice_handling_setting.manual.create_subscription_when_invoice_is, 'open');
});

test('a path prefix in apiBase is kept, with or without a trailing slash', async () => {
  for (const base of [`${BASE}/chartmogul/`, `${BASE}/chartmogul`]) {
    await takeRequests();
    const ds = await DataSource.retrieve(new Config(KEY, base), DOCUMENTED.uuid);
    assert.equal(ds.uuid, DOCUMENTED.uuid);
    const [seen] = await takeRequests();
    assert.equal(seen.path, `/chartmogul/v1/data_sources/${DOCUMENTED.uuid}`);
  }
});

test('the uuid is percent-encoded as one path segment', async () => {
  await takeRequests();
  await assert.rejects(DataSource.retrieve(config, 'a/b?c=1#d'), NotFoundError);
  const [seen] = await takeRequests();
  assert.equal(seen.path, '/v1/data_sources/a%2Fb%3Fc%3D1%23d');
  assert.equal(seen.query, '');
});

test('unknown fields and unknown statuses are kept as they came', async () => {
  const ds = await DataSource.retrieve(config, 'ds_scenario_extra_fields');
  assert.equal(ds.status, 'paused_by_future_feature');
  assert.equal(ds.billing_region, 'eu');
  assert.deepEqual(ds.tags, ['a']);
});

const ERROR_TABLE = [
  ['ds_missing', NotFoundError, 404, 'HTTP 404: Data source not found', { error: 'Data source not found' }],
  ['ds_scenario_schema_invalid', SchemaInvalidError, 400,
    'HTTP 400: Invalid request parameters (field: with_processing_status; reason: must be true or false)', undefined],
  ['ds_scenario_forbidden', ForbiddenError, 403, 'HTTP 403: Your API key has no write access',
    { code: 403, message: 'Your API key has no write access', param: null }],
  ['ds_scenario_unprocessable', ResourceInvalidError, 422, 'HTTP 422: name: A name is required for each data source.',
    { errors: { name: 'A name is required for each data source.' } }],
  ['ds_scenario_rate_limited', RateLimitError, 429, 'HTTP 429: Too many requests', undefined],
  ['ds_scenario_server_error', ServerError, 500, 'HTTP 500: Internal Server Error', 'Internal Server Error'],
  ['ds_scenario_bad_gateway', ServerError, 502, 'HTTP 502: Bad Gateway', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
  ['ds_scenario_unavailable_empty', ServerError, 503, 'HTTP 503: Service Unavailable', ''],
  ['ds_scenario_conflict', ChartMogulError, 409, 'HTTP 409: Conflict', { error: 'Conflict' }],
];

for (const [uuid, ErrorClass, status, message, response] of ERROR_TABLE) {
  test(`HTTP ${status} (${uuid}) rejects with ${ErrorClass.name} carrying the server's words`, async () => {
    const error = await DataSource.retrieve(config, uuid).then(() => assert.fail('resolved'), (e) => e);
    assert.ok(error instanceof ErrorClass);
    assert.ok(error instanceof ChartMogulError);
    assert.ok(error instanceof Error);
    assert.equal(error.name, ErrorClass.name);
    assert.equal(error.httpStatus, status);
    assert.equal(error.message, message);
    if (response !== undefined) assert.deepEqual(error.response, response);
    assert.match(error.stack, new RegExp(`^${ErrorClass.name}: `));
  });
}

test('a wrong API key rejects with ForbiddenError (401) and ChartMogul\'s message', async () => {
  const error = await DataSource.retrieve(new Config('sk_wrong_key', BASE, { retries: 0 }), DOCUMENTED.uuid).catch((e) => e);
  assert.ok(error instanceof ForbiddenError);
  assert.equal(error.httpStatus, 401);
  assert.equal(error.message, 'HTTP 401: No valid API key provided');
  assert.deepEqual(error.response, { code: 401, message: 'No valid API key provided', param: null });
});

test('a 2xx answer that is not JSON is an InvalidResponseError; any JSON resolves exactly as sent', async () => {
  const notJson = await DataSource.retrieve(config, 'ds_scenario_not_json').catch((e) => e);
  assert.ok(notJson instanceof InvalidResponseError);
  assert.equal(notJson.message, "ChartMogul's answer is not JSON");
  assert.equal(notJson.httpStatus, 200);
  assert.equal(notJson.response, '<html>maintenance</html>');

  // Records are not checked for their shape: what ChartMogul sent is what the call resolves with.
  assert.deepEqual(await DataSource.retrieve(config, 'ds_scenario_wrong_schema'), { ...DOCUMENTED, name: 42 });
  assert.deepEqual(await DataSource.retrieve(config, 'ds_scenario_wrong_nested'),
    { ...DOCUMENTED, processing_status: { processed: 'many' } });
  assert.deepEqual(await DataSource.retrieve(config, 'ds_scenario_extra_fields'),
    { ...DOCUMENTED, status: 'paused_by_future_feature', billing_region: 'eu', tags: ['a'] });
  // An empty 2xx body resolves {}.
  assert.deepEqual(await DataSource.retrieve(config, 'ds_scenario_empty_ok'), {});
});

test('no HTTP answer rejects with ConnectionError, without a status', async () => {
  const error = await DataSource.retrieve(new Config(KEY, CLOSED_BASE, { retries: 0 }), DOCUMENTED.uuid).catch((e) => e);
  assert.ok(error instanceof ConnectionError);
  assert.equal(error.httpStatus, undefined);
  assert.match(error.message, /^connection (failed|refused): /);
});

test('TimeoutError is a ConnectionError', () => {
  assert.ok(new TimeoutError('x') instanceof ConnectionError);
  assert.ok(new TimeoutError('x') instanceof ChartMogulError);
});

test('bad arguments reject with ConfigurationError and send nothing', async () => {
  await takeRequests();
  const cases = [
    [() => DataSource.retrieve({}, DOCUMENTED.uuid), /config must be a Config/],
    [() => DataSource.retrieve(null, DOCUMENTED.uuid), /config must be a Config/],
    [() => DataSource.retrieve(KEY, DOCUMENTED.uuid), /config must be a Config/],
    [() => DataSource.retrieve(config), /uuid must be a non-empty string/],
    [() => DataSource.retrieve(config, ''), /uuid must be a non-empty string/],
    [() => DataSource.retrieve(config, '   '), /uuid must be a non-empty string/],
    [() => DataSource.retrieve(config, 42), /uuid must be a non-empty string/],
    [() => DataSource.retrieve(config, '..'), /uuid must not be/],
    [() => DataSource.retrieve(config, DOCUMENTED.uuid, 'with_processing_status'), /query must be an object/],
    [() => DataSource.retrieve(config, DOCUMENTED.uuid, ['with_processing_status']), /query must be an object/],
    [() => DataSource.retrieve(config, DOCUMENTED.uuid, {}, { signal: 'now' }), /signal must be an AbortSignal/],
    [() => DataSource.retrieve(config, DOCUMENTED.uuid, {}, { timout: 5 }), /unknown field `timout`/],
    [() => DataSource.retrieve(config, DOCUMENTED.uuid, {}, { deadline: -1 }), /deadline must be a whole number/],
  ];
  for (const [call, message] of cases) {
    const promise = call();
    assert.ok(promise instanceof Promise, 'bad input rejects rather than throws');
    await assert.rejects(promise, (e) => e instanceof ConfigurationError && message.test(e.message));
  }
  assert.deepEqual(await takeRequests(), []);
});

test('a query is sent as given: an unknown field goes, a bad value is ChartMogul\'s 400', async () => {
  await takeRequests();
  assert.deepEqual(await DataSource.retrieve(config, DOCUMENTED.uuid, { with_procesing_status: true }), DOCUMENTED);
  const refused = await DataSource.retrieve(config, DOCUMENTED.uuid, { with_processing_status: 'yes' }).catch((e) => e);
  assert.ok(refused instanceof SchemaInvalidError, String(refused));
  assert.equal(refused.httpStatus, 400);
  assert.deepEqual(refused.response, { error: 'with_processing_status must be true or false' });
  const [typo, yes] = await takeRequests();
  assert.equal(typo.path, `/v1/data_sources/${DOCUMENTED.uuid}`);
  assert.equal(typo.query, '?with_procesing_status=true');
  assert.equal(yes.query, '?with_processing_status=yes');
});

test('Config refuses a bad key, base or limits with ConfigurationError', () => {
  const refused = [
    [() => new Config(''), /apiKey/],
    [() => new Config(), /apiKey/],
    [() => new Config(42), /apiKey/],
    [() => new Config(KEY, 'api.chartmogul.com'), /absolute http\(s\) URL/],
    [() => new Config(KEY, 'http://api.chartmogul.com'), /https:\/\//],
    [() => new Config(KEY, 'https://user:pass@api.chartmogul.com'), /credentials/],
    [() => new Config(KEY, 42), /apiBase must be a string/],
    [() => new Config(KEY, undefined, { retries: -1 }), /retries/],
    [() => new Config(KEY, undefined, { timeout: 0 }), /timeout/],
    [() => new Config(KEY, undefined, { retry: 1 }), /unknown field `retry`/],
    [() => new Config(KEY, undefined, { maxConcurrency: 0 }), /maxConcurrency/],
    [() => new Config(KEY, undefined, { maxRequestsPerSecond: -1 }), /maxRequestsPerSecond/],
    [() => new Config(KEY, undefined, { maxRequestsPerSecond: 2.5 }), /maxRequestsPerSecond/],
    [() => new Config(KEY, undefined, { maxRequestsPerSecond: '40' }), /maxRequestsPerSecond/],
    [() => new Config(KEY, undefined, { deadline: 1.5 }), /deadline/],
  ];
  for (const [make, message] of refused) {
    assert.throws(make, (e) => e instanceof ConfigurationError && message.test(e.message));
  }
  const c = new Config(KEY, undefined, { retries: 0, timeout: 5000 });
  assert.equal(c.apiBase, 'https://api.chartmogul.com');
  assert.equal(c.retries, 0);
  c.retries = 5;
  assert.equal(c.retries, 5);
  assert.throws(() => { c.retries = 1.5; }, ConfigurationError);
  assert.equal(c.timeout, 5000);
  assert.equal(new Config(KEY, 'http://localhost:1/').apiBase, 'http://localhost:1');
});

test('the API key never shows in inspect, JSON, strings or errors', async () => {
  const secret = 'sk_live_very_secret_0123456789';
  const c = new Config(secret, BASE);
  for (const shown of [inspect(c), inspect(c, { showHidden: true, depth: 5 }), JSON.stringify(c), String(c), `${c}`]) {
    assert.ok(!shown.includes(secret), shown);
  }
  assert.equal(inspect(c, { breakLength: Infinity }), `Config { apiBase: '${BASE}', deadline: 120000, maxConcurrency: 20, maxRequestsPerSecond: 40, retries: 2, timeout: 30000 }`);
  const errors = [
    await DataSource.retrieve(c, DOCUMENTED.uuid).catch((e) => e),
    await DataSource.retrieve(config, 'ds_scenario_echo_key').catch((e) => e),
    await DataSource.retrieve(config, 'ds_scenario_echo_key_not_json').catch((e) => e),
    await DataSource.retrieve(c, '').catch((e) => e),
  ];
  try { new Config(BASE, secret); } catch (e) { errors.push(e); }
  for (const error of errors) {
    assert.ok(error instanceof ChartMogulError);
    for (const shown of [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 5 })]) {
      assert.ok(!shown.includes(secret) && !shown.includes(KEY), shown);
    }
  }
  assert.match(errors[1].message, /Unknown key \[redacted\] for this account/);
  assert.ok(errors[2] instanceof InvalidResponseError);
  assert.equal(errors[2].response, '<html>maintenance for [redacted]</html>');
  // A 2xx JSON answer is no error: it comes back as sent, whatever its fields hold.
  assert.deepEqual(await DataSource.retrieve(config, 'ds_scenario_echo_key_bad_answer'),
    { uuid: 'ds_scenario_echo_key_bad_answer', name: 7, note: `served for ${KEY}` });
});

test('an answer that holds text like the key comes back as sent: only errors are redacted', async () => {
  // A short test key is a word of ordinary data: 'Fla' + key + 'y' must stay a name.
  const shortKey = `${KEY}_k`;
  const short = new Config(shortKey, BASE);
  const name = `Fla${shortKey}y billing`;
  const created = await DataSource.create(short, { name });
  assert.equal(created.name, name);
  assert.equal((await DataSource.retrieve(short, created.uuid)).name, name);
  await DataSource.destroy(short, created.uuid);
});

test('an aborted signal rejects with its reason and sends nothing', async () => {
  await takeRequests();
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  controller.abort(reason);
  await assert.rejects(DataSource.retrieve(config, DOCUMENTED.uuid, {}, { signal: controller.signal }), (e) => e === reason);
  assert.deepEqual(await takeRequests(), []);
});

test('50 calls in flight each get their own data source', async () => {
  const uuids = Array.from({ length: 50 }, (_, i) =>
    i % 3 === 0 ? 'ds_missing' : i % 2 ? DOCUMENTED.uuid : 'ds_ade45e52-47a0-11f0-9a1a-7b8c3b3e1a10');
  const results = await Promise.allSettled(uuids.map((uuid) => DataSource.retrieve(config, uuid)));
  results.forEach((result, i) => {
    if (uuids[i] === 'ds_missing') assert.ok(result.reason instanceof NotFoundError);
    else assert.equal(result.value.uuid, uuids[i]);
  });
});
