// Sample data and scripted answers of the local ChartMogul-compatible server.

export const SAMPLE_API_KEY = 'local_test_key';

/** Data sources the server knows, as ChartMogul stores them. */
export const DATA_SOURCES = [
  {
    uuid: 'ds_fef05d54-47b4-431b-aed2-eb6b9e545430',
    name: 'In-house billing',
    system: 'Custom',
    created_at: '2023-01-10T15:34:05.918Z',
    status: 'idle',
  },
  {
    uuid: 'ds_ade45e52-47a0-11f0-9a1a-7b8c3b3e1a10',
    name: 'Stripe (EU)',
    system: 'Stripe',
    created_at: '2024-06-02T09:12:44.120Z',
    status: 'import_complete',
  },
];

/** The extra fields each `with_*` flag adds, as ChartMogul sends them. */
export const FLAG_FIELDS = {
  with_processing_status: { processing_status: { processed: 61, pending: 8, failed: 3 } },
  with_auto_churn_subscription_setting: { auto_churn_subscription_setting: { enabled: true, interval: 30 } },
  with_invoice_handling_setting: {
    invoice_handling_setting: {
      manual: {
        create_subscription_when_invoice_is: 'open',
        update_subscription_when_invoice_is: 'open',
        prevent_subscription_for_invoice_voided: true,
        prevent_subscription_for_invoice_refunded: false,
        prevent_subscription_for_invoice_written_off: true,
      },
      automatic: { prevent_subscription_for_invoice_written_off: true },
    },
  },
};

const json = (status, body, headers = {}) => ({ status, body: JSON.stringify(body), type: 'application/json', headers });
const text = (status, body, type = 'text/plain') => ({ status, body, type, headers: {} });

/**
 * Scripted answers for the uuid `ds_scenario_<name>`: each body shape
 * ChartMogul (or a proxy in front of it) is known to send.
 */
export const SCENARIOS = {
  schema_invalid: json(400, {
    error: 'Invalid request parameters',
    error_details: [{ field: 'with_processing_status', reason: 'must be true or false' }],
  }),
  forbidden: json(403, { code: 403, message: 'Your API key has no write access', param: null }),
  unprocessable: json(422, { errors: { name: 'A name is required for each data source.' } }),
  rate_limited: json(429, { code: 429, message: 'Too many requests' }, { 'Retry-After': '1' }),
  server_error: text(500, 'Internal Server Error'),
  bad_gateway: text(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html'),
  unavailable_empty: text(503, ''),
  conflict: json(409, { error: 'Conflict' }),
  not_json: text(200, '<html>maintenance</html>', 'text/html'),
  wrong_schema: json(200, { ...DATA_SOURCES[0], name: 42 }),
  wrong_nested: json(200, { ...DATA_SOURCES[0], processing_status: { processed: 'many' } }),
  empty_ok: text(200, ''),
  extra_fields: json(200, { ...DATA_SOURCES[0], status: 'paused_by_future_feature', billing_region: 'eu', tags: ['a'] }),
};

/** The account the sample key belongs to, as ChartMogul's reference shows it. */
export const ACCOUNT = {
  id: 'acc_93b06efd-30f0-2153-890f-709a64cf8292',
  name: 'ChartMogul',
  currency: 'USD',
  time_zone: 'Europe/Berlin',
  week_start_on: 'monday',
};
