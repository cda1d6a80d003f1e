// The demo page's logic: read the form, call DataSource.retrieve, show the
// object or the error's class, status and message.
import { Config, DataSource } from './pkg/browser.js';

const $ = (id) => document.getElementById(id);
const FLAGS = ['with_processing_status', 'with_auto_churn_subscription_setting', 'with_invoice_handling_setting'];

// `npm run www` serves defaults for its local server; elsewhere there are none.
fetch('./local-defaults.json')
  .then((res) => (res.ok ? res.json() : {}))
  .then(({ apiBase, apiKey } = {}) => {
    if (apiBase) $('api-base').value = apiBase;
    if (apiKey) $('api-key').value = apiKey;
  })
  .catch(() => {});

function show({ record, error }) {
  $('result').hidden = !record;
  $('error').hidden = !error;
  if (record) {
    $('status').textContent = 'Retrieved:';
    $('result').textContent = JSON.stringify(record, null, 2);
  } else {
    $('status').textContent = 'Failed:';
    $('error-class').textContent = error.name;
    $('error-status').textContent = error.httpStatus === undefined ? '(no HTTP status)' : `(HTTP ${error.httpStatus})`;
    $('error-message').textContent = error.message;
  }
}

$('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('status').textContent = 'Retrieving…';
  try {
    const config = new Config($('api-key').value, $('api-base').value, {
      dangerouslyAllowBrowser: $('allow-browser').checked,
    });
    const query = Object.fromEntries(FLAGS.filter((flag) => $(flag).checked).map((flag) => [flag, true]));
    show({ record: await DataSource.retrieve(config, $('uuid').value, query) });
  } catch (error) {
    show({ error });
  }
});
