// 导出 Excel in headless Chromium against the real demo server: on the
// month table, the hazard list and the roster of 何坝街道 the button saves
// the ledger as an .xlsx under the Chinese name the server gives, fetched
// with the session's token in the Authorization header, never in the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 30_000;
const DAY = '\\d{4}-\\d{2}-\\d{2}';
const SCREENSHOTS = join(REPO, 'tests', 'browser', 'screenshots');

let server;
let browser;
let township;

before(async () => {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  township = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('each ledger page saves its .xlsx, fetched with the bearer header', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const asked = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/exports/')) asked.push({ url: r.url(), authorization: r.headers().authorization ?? '' });
  });
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill('heba', { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('.node-summary').waitFor({ timeout: TIMEOUT });

  const ledgers = [
    ['month', '#month-excel', new RegExp(`^月度情况-${township.name}-\\d{4}-\\d{2}\\.xlsx$`)],
    ['hazards', '#hazards-excel', new RegExp(`^隐患台账-${township.name}-${DAY}\\.xlsx$`)],
    ['roster', '#roster-excel', new RegExp(`^安全员名册-${township.name}-${DAY}\\.xlsx$`)],
  ];
  for (const [path, button, name] of ledgers) {
    await page.goto(`${server.base}/node/${township.id}/${path}`, { timeout: TIMEOUT });
    const excel = page.locator(button);
    await excel.waitFor({ timeout: TIMEOUT });
    assert.equal((await excel.innerText()).trim(), '导出 Excel', `${path}: the button's label`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), excel.click()]);
    assert.match(download.suggestedFilename(), name, `${path}: the file's name`);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', `${path}: an xlsx (zip) file`);
    assert.ok(bytes.length > 4000, `${path}: a whole workbook`);
    await page.screenshot({ path: join(SCREENSHOTS, `exports-${path}-desktop.png`) });
  }
  assert.equal(asked.length, 3, 'one request per ledger');
  for (const { url, authorization } of asked) {
    assert.ok(authorization.startsWith('Bearer '), `${url}: the token in the header`);
    assert.ok(!url.includes(authorization.slice(7, 40)), `${url}: no token in the URL`);
    assert.match(url, new RegExp(`nodeId=${township.id.replace(/-/g, '%2D')}`), `${url}: the page's node`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
