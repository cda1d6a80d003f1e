// The demo page in real headless Chromium, loading the installed package:
// a retrieve, a 404 shown as NotFoundError, and the refusal without the
// browser opt-in. PACKAGE_DIR is the installed package, PLAYWRIGHT the
// playwright-core entry, CHROMIUM the browser binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWww } from '../../../scripts/www.mjs';

const { chromium } = await import(process.env.PLAYWRIGHT);
let www;
let browser;
let page;

before(async () => {
  www = await startWww({ packageDir: process.env.PACKAGE_DIR });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(www.url);
  // The page fills in the local server's base and key by itself.
  await page.waitForFunction((api) => document.getElementById('api-base').value === api, www.apiUrl);
});

after(async () => {
  await browser?.close();
  await www?.close();
});

async function retrieve(uuid, { allowBrowser = true, processingStatus = false } = {}) {
  await page.fill('#uuid', uuid);
  await page.setChecked('#allow-browser', allowBrowser);
  await page.setChecked('#with_processing_status', processingStatus);
  await page.click('#retrieve');
  await page.waitForFunction(() => !document.getElementById('status').textContent.startsWith('Retrieving'));
  return page.evaluate(() => ({
    status: document.getElementById('status').textContent,
    result: document.getElementById('result').hidden ? null : JSON.parse(document.getElementById('result').textContent),
    errorClass: document.getElementById('error').hidden ? null : document.getElementById('error-class').textContent,
    errorStatus: document.getElementById('error-status').textContent,
    errorMessage: document.getElementById('error-message').textContent,
  }));
}

test('the page retrieves a data source with a query flag', async () => {
  const shown = await retrieve('ds_fef05d54-47b4-431b-aed2-eb6b9e545430', { processingStatus: true });
  assert.equal(shown.status, 'Retrieved:');
  assert.equal(shown.result.name, 'In-house billing');
  assert.deepEqual(shown.result.processing_status, { processed: 61, pending: 8, failed: 3 });
});

test('a missing data source shows NotFoundError with its status and message', async () => {
  const shown = await retrieve('ds_missing');
  assert.equal(shown.errorClass, 'NotFoundError');
  assert.equal(shown.errorStatus, '(HTTP 404)');
  assert.equal(shown.errorMessage, 'HTTP 404: Data source not found');
});

test('without dangerouslyAllowBrowser the call is refused before anything is sent', async () => {
  await fetch(`${www.apiUrl}/__testing/requests`, { method: 'DELETE' });
  const shown = await retrieve('ds_fef05d54-47b4-431b-aed2-eb6b9e545430', { allowBrowser: false });
  assert.equal(shown.errorClass, 'ConfigurationError');
  assert.match(shown.errorMessage, /anyone who opens the page can read the API key/);
  assert.match(shown.errorMessage, /dangerouslyAllowBrowser: true/);
  const sent = await (await fetch(`${www.apiUrl}/__testing/requests`, { method: 'DELETE' })).json();
  assert.deepEqual(sent, []);
});
