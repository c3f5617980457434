// Field work on a 360×740 phone, in headless Chromium against the real
// server: the group liaison lingyun-1 records a patrol with a photo and
// reports a hazard found on it; then, with the network cut, records
// another patrol, sees it wait in the outbox (also after reopening the app
// with no signal: the service worker's shell), and, with the network
// back, sees it arrive exactly once, as the township admin heba confirms
// through GraphQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = join(REPO, 'tests', 'browser', 'screenshots');
const PHOTO = join(REPO, 'tests', 'browser', 'fixtures', 'patrol-photo.jpg');
const TIMEOUT = 30_000;
const PHONE = { width: 360, height: 740 };

let server;
let browser;
// Shared by the two tests: the desk test opens the hazard the phone reported.
const STAMP = Date.now();
const HAZARD_TITLE = `村口电杆电线老化 ${STAMP}`;

before(async () => {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/// Inspections heba (何坝街道) can see whose notes are exactly `notes`.
async function inspectionsWithNotes(notes) {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const found = [];
  let after = null;
  for (;;) {
    const data = await graphql(
      server.base,
      `query($after: String) { inspections(first: 100, after: $after) {
         pageInfo { hasNextPage endCursor }
         edges { node { id notes kind authorName node { name } photos { id thumbnailUrl } } } } }`,
      { after },
      token,
    );
    found.push(...data.inspections.edges.map((e) => e.node).filter((n) => n.notes === notes));
    if (!data.inspections.pageInfo.hasNextPage) return found;
    after = data.inspections.pageInfo.endCursor;
  }
}

async function hazardsTitled(title) {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const data = await graphql(
    server.base,
    'query { hazards(first: 100) { edges { node { id title state deadline inspectionId photos { id } } } } }',
    {},
    token,
  );
  return data.hazards.edges.map((e) => e.node).filter((h) => h.title === title);
}

async function shot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function noOverflow(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the 360px phone`);
}

/// Fills the patrol form: the first sector, the notes, optionally a photo.
async function fillPatrol(page, notes, withPhoto) {
  await page.locator('#patrol-form').waitFor({ timeout: TIMEOUT });
  await page.locator('.sector-check').first().click();
  await page.locator('#patrol-notes').fill(notes);
  if (withPhoto) {
    await page.locator('#patrol-photos').setInputFiles(PHOTO);
    await page.locator('.photo-preview img').first().waitFor({ timeout: TIMEOUT });
  }
}

test('a liaison records patrols and a hazard on a phone, and an offline patrol arrives exactly once', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const firstNotes = `村口柴草堆放检查 ${STAMP}`;
  const hazardTitle = HAZARD_TITLE;
  const offlineNotes = `无信号时的巡查 ${STAMP}`;
  try {
    // The app's files and worker are served as the PWA needs them.
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const response = await fetch(`${server.base}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('cache-control'), 'no-cache', path);
    }
    const worker = await (await fetch(`${server.base}/sw.js`)).text();
    assert.match(worker, /\/safegrid-[0-9a-f]{8}_bg\.wasm/, 'the worker lists the hashed bundle');
    assert.doesNotMatch(worker, /\{\{/, 'the worker template was filled in');

    await page.goto(`${server.base}/`, { timeout: TIMEOUT });
    await page.locator('#username').fill('lingyun-1', { timeout: TIMEOUT });
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#login-submit').click();

    // A liaison on a phone lands on the field actions.
    await page.locator('.field-action-patrol').waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    await shot(page, 'field-home-360x740');

    // 1. A patrol with a photo, sent at once.
    await page.locator('.field-action-patrol').click();
    await fillPatrol(page, firstNotes, true);
    await noOverflow(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'patrol-form-360x740.png'), fullPage: true });
    await page.locator('#patrol-submit').click();
    await page.locator('#saved-state[data-sent="true"]').waitFor({ timeout: TIMEOUT });
    await shot(page, 'patrol-sent-360x740');

    // 2. A hazard found on that patrol, to be rectified by a deadline.
    await page.locator('.found-hazard').click();
    await page.locator('#hazard-form').waitFor({ timeout: TIMEOUT });
    await page.locator('#hazard-title').fill(hazardTitle);
    await page.locator('#hazard-description').fill('电线外皮破损，离地不足两米');
    await page.locator('#fixed-no').check();
    await page.locator('#hazard-measures').fill('通知供电所更换电线，设置警示牌');
    await page.locator('#hazard-photos').setInputFiles(PHOTO);
    await page.locator('.photo-preview img').first().waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'hazard-form-360x740.png'), fullPage: true });
    await page.locator('#hazard-submit').click();
    await page.locator('#saved-state[data-sent="true"]').waitFor({ timeout: TIMEOUT });

    const first = await inspectionsWithNotes(firstNotes);
    assert.equal(first.length, 1, 'the first patrol arrived once');
    assert.equal(first[0].kind, 'GROUP_PATROL');
    assert.equal(first[0].photos.length, 1, 'with its photo');
    const hazards = await hazardsTitled(hazardTitle);
    assert.equal(hazards.length, 1, 'the hazard arrived once');
    assert.equal(hazards[0].photos.length, 1, 'with its photo');
    assert.equal(hazards[0].inspectionId, first[0].id, 'linked to the patrol it was found on');
    assert.equal(hazards[0].state, 'RECTIFYING', 'with its rectification deadline');

    // The app shell is in the service worker's cache by now.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cached = await page.evaluate(async () => (await caches.keys()).length);
    assert.ok(cached >= 1, 'the service worker keeps the app shell');

    // 3. No signal: the patrol waits in the outbox.
    await page.goto(`${server.base}/field/patrol`, { timeout: TIMEOUT });
    await context.setOffline(true);
    await fillPatrol(page, offlineNotes, false);
    await page.locator('#patrol-submit').click();
    await page.locator('#saved-state[data-sent="false"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#outbox-count', { hasText: '待发送 1 条' }).waitFor({ timeout: TIMEOUT });
    await page.locator('.outbox-badge').click();
    const waiting = page.locator('.outbox-item', { hasText: '组级安全巡查' });
    await waiting.waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    await shot(page, 'outbox-offline-360x740');

    // Reopened with no signal, the app still opens, and the record still waits.
    await page.reload({ timeout: TIMEOUT });
    await page.locator('.outbox-item').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('.outbox-item').count(), 1, 'one record waits after reopening offline');
    assert.equal((await inspectionsWithNotes(offlineNotes)).length, 0, 'nothing arrived while offline');
    await shot(page, 'outbox-reopened-offline-360x740');

    // 4. The signal returns: it is sent without waiting for the back-off.
    await context.setOffline(false);
    await page.locator('#outbox-empty').waitFor({ timeout: TIMEOUT });
    await shot(page, 'outbox-sent-360x740');
    const arrived = await inspectionsWithNotes(offlineNotes);
    assert.equal(arrived.length, 1, 'the offline patrol arrived exactly once');
    // And stays once: no late duplicate from a retry.
    await page.waitForTimeout(3000);
    assert.equal((await inspectionsWithNotes(offlineNotes)).length, 1, 'still exactly once');
    assert.equal(await page.locator('#outbox-count').count(), 0, 'the waiting indicator is gone');

    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-field-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('the township desk sees the month table and the reported hazard, and the verifier must differ from the rectifier', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await page.goto(`${server.base}/`, { timeout: TIMEOUT });
    await page.locator('#username').fill('heba', { timeout: TIMEOUT });
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#login-submit').click();

    // The month at a glance: one row per village, 凌云村 among them.
    await page.locator('.month-link').click({ timeout: TIMEOUT });
    await page.locator('#month-table th', { hasText: '凌云村' }).waitFor({ timeout: TIMEOUT });
    await page.locator('#quota-table, .quota-card .empty').first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(SCREENSHOTS, 'month-1280x800.png'), fullPage: true });

    // The hazard list of the township, then the hazard's page.
    await page.goBack();
    await page.locator('.hazards-link').click({ timeout: TIMEOUT });
    await page.locator('.hazard-row', { hasText: HAZARD_TITLE }).locator('.record-link').click({ timeout: TIMEOUT });
    await page.locator('#hazard-title', { hasText: HAZARD_TITLE }).waitFor({ timeout: TIMEOUT });
    // Its photo, fetched with the bearer token, shows as a blob: URL.
    await page.locator('.hazard-summary img.thumb[src^="blob:"]').waitFor({ timeout: TIMEOUT });
    assert.ok((await page.locator('#hazard-history .history-item').count()) >= 1, 'the history shows the report');

    // heba rectifies; then she is not offered the check of her own fix
    // (the server would refuse it: the verifier must be someone else).
    await page.locator('#act-rectify').click({ timeout: TIMEOUT });
    await page.locator('#step-note').fill('已更换电线并设置警示牌');
    await page.locator('#step-submit').click();
    await page.locator('#hazard-state', { hasText: '已整改待复查' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#act-verify').count(), 0, 'no check of her own fix is offered');
    assert.equal(await page.locator('#hazard-state').innerText(), '已整改待复查', 'still waiting for another verifier');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'hazard-1280x800.png'), fullPage: true });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-desk-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('a record the server refuses stays in the outbox with the reason until it is edited and resent', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const notes = `补记的巡查 ${STAMP}`;
  try {
    await page.goto(`${server.base}/`, { timeout: TIMEOUT });
    await page.locator('#username').fill('lingyun-1', { timeout: TIMEOUT });
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#login-submit').click();
    await page.locator('.field-action-patrol').click({ timeout: TIMEOUT });
    // A patrol dated years back: outside the open period, so refused.
    await fillPatrol(page, notes, true);
    await page.locator('#patrol-time').fill('2020-01-06T09:30');
    await page.locator('#patrol-submit').click();
    await page.locator('#outbox-count', { hasText: '1 条被退回' }).waitFor({ timeout: TIMEOUT });
    await page.locator('.outbox-badge').click();
    const refused = page.locator('.outbox-item.failed', { hasText: notes });
    await refused.locator('.outbox-error').waitFor({ timeout: TIMEOUT });
    assert.match(await refused.locator('.outbox-error').innerText(), /巡查时间/, 'the reason names the field');
    assert.equal((await inspectionsWithNotes(notes)).length, 0, 'nothing arrived');
    await shot(page, 'outbox-refused-360x740');

    // Edit: the form opens with the record as it was, photo included.
    await refused.locator('a', { hasText: '修改后重发' }).click();
    await page.locator('#patrol-notes').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#patrol-notes').inputValue(), notes);
    assert.equal(await page.locator('.photo-preview').count(), 1, 'the photo is still there');
    const now = await page.evaluate(() => {
      const d = new Date(Date.now() - 60_000);
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await page.locator('#patrol-time').fill(now);
    await page.locator('#patrol-submit').click();
    await page.locator('#saved-state[data-sent="true"]').waitFor({ timeout: TIMEOUT });
    const arrived = await inspectionsWithNotes(notes);
    assert.equal(arrived.length, 1, 'the corrected patrol arrived once');
    assert.equal(arrived[0].photos.length, 1, 'with the photo uploaded before the refusal');
    assert.equal(await page.locator('#outbox-count').count(), 0, 'nothing waits or is refused any more');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-refused-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
