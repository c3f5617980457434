// The group liaison's own records on a 360×740 phone against the real
// server. lingyun-1 (a liaison of the demo) is offered exactly the record
// forms its allowedActions name; with the network cut it records a ceremony
// notice and registers a vehicle (a mistyped plate is caught on the phone,
// with no signal); both wait in the outbox and, once the network returns,
// arrive exactly once and appear in the group's lists. A second vehicle
// with the same plate is refused by the server and the outbox says why from
// the error's key; in English the plate check speaks English. An account that may not register vehicles opening
// the form by URL gets the not-allowed page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(REPO, 'tests', 'browser', 'screenshots');
const README_SHOTS = join(REPO, 'frontend', 'screenshots');
const PHOTO = join(REPO, 'tests', 'browser', 'fixtures', 'patrol-photo.jpg');
const TIMEOUT = 30_000;
const PHONE = { width: 360, height: 740 };
const STAMP = Date.now();
const HOST = `王德明${STAMP}`;
// Five digits of the stamp: a plate no demo vehicle has.
const PLATE = `贵C${String(STAMP).slice(-5)}`;
const LIAISON_ACTIONS = {
  RECORD_CEREMONY_NOTICE: '.field-action-ceremony',
  RECORD_ON_SITE_REMINDER: '.field-action-reminder',
  REGISTER_VEHICLE: '.field-action-vehicle',
  RECORD_PERSUASION: '.field-action-persuasion',
};

let server;
let browser;

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

/// Every page of a liaison list (`ceremonyNotices`, `vehicles`) the liaison sees.
async function listAll(field, fields, token) {
  const found = [];
  let after = null;
  for (;;) {
    const data = await graphql(
      server.base,
      `query($after: String) { ${field}(first: 100, after: $after) {
         pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`,
      { after },
      token,
    );
    found.push(...data[field].nodes);
    if (!data[field].pageInfo.hasNextPage) return found;
    after = data[field].pageInfo.endCursor;
  }
}

async function noticesOf(token) {
  return (await listAll('ceremonyNotices', 'id kind hostName date place expectedGuests node { name } photos { id }', token))
    .filter((n) => n.hostName === HOST);
}

async function vehiclesOf(token) {
  return (await listAll('vehicles', 'id plate kind ownerName licensed node { name }', token))
    .filter((v) => v.plate === PLATE);
}

async function signIn(page, username) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
}

async function noOverflow(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the 360px phone`);
}

/// A full-page shot for the tests and, under its README name, for the README.
async function readmeShot(page, name, readmeName) {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  mkdirSync(README_SHOTS, { recursive: true });
  copyFileSync(path, join(README_SHOTS, readmeName));
}

test('a liaison records a ceremony notice and a vehicle offline; each arrives exactly once', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    const token = await login(server.base, 'lingyun-1', DEMO_PASSWORD);
    const me = await graphql(server.base, 'query { me { allowedActions node { name } } }', {}, token);
    const allowed = me.me.allowedActions;
    assert.ok(allowed.includes('RECORD_CEREMONY_NOTICE'), 'lingyun-1 may record a ceremony notice');
    assert.ok(allowed.includes('REGISTER_VEHICLE'), 'lingyun-1 may register a vehicle');
    const group = me.me.node.name;

    await signIn(page, 'lingyun-1');
    await page.locator('.field-action-patrol').waitFor({ timeout: TIMEOUT });
    // Each liaison form is offered exactly when the server allows it.
    for (const [action, selector] of Object.entries(LIAISON_ACTIONS)) {
      assert.equal(await page.locator(selector).count(), allowed.includes(action) ? 1 : 0, action);
    }
    await noOverflow(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);

    // 1. The ceremony notice, with a photo.
    await page.locator('.field-action-ceremony').click();
    await page.locator('#ceremony-form').waitFor({ timeout: TIMEOUT });
    await page.locator('#ceremony-kind').selectOption('FUNERAL');
    await page.locator('#ceremony-host').fill(HOST);
    await page.locator('#ceremony-place').fill('王家院坝');
    await page.locator('#ceremony-guests').fill('0');
    await page.locator('#ceremony-submit').click();
    await page.locator('#ceremony-guests-error', { hasText: '请填写预计人数' }).waitFor({ timeout: TIMEOUT });
    await page.locator('#ceremony-guests').fill('120');
    await page.locator('#ceremony-notes').fill('厨师已办健康证，燃放地点定在晒坝');
    await page.locator('#ceremony-photos').setInputFiles(PHOTO);
    await page.locator('.photo-preview img').first().waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    await readmeShot(page, 'ceremony-form-360x740', 'ceremony-phone.png');
    await page.locator('#ceremony-submit').click();
    await page.locator('#saved-state[data-sent="false"]').waitFor({ timeout: TIMEOUT });

    // 2. The vehicle: a mistyped plate is caught with no signal.
    await page.goBack();
    await page.locator('.field-action-vehicle').click({ timeout: TIMEOUT });
    await page.locator('#vehicle-form').waitFor({ timeout: TIMEOUT });
    await page.locator('#vehicle-plate').fill('贵C1234');
    await page.locator('#vehicle-kind').selectOption('TRICYCLE');
    await page.locator('#vehicle-owner').fill('李四');
    await page.locator('#vehicle-phone').fill('138 0000 8000');
    await page.locator('#vehicle-submit').click();
    await page.locator('#vehicle-plate-error', { hasText: '车牌号格式不正确' }).waitFor({ timeout: TIMEOUT });
    // Written as people write it: lower case, a dot after the office letter.
    await page.locator('#vehicle-plate').fill(`贵c·${PLATE.slice(2)}`);
    await page.locator('#vehicle-licensed').uncheck();
    await noOverflow(page);
    await readmeShot(page, 'vehicle-form-360x740', 'vehicle-phone.png');
    await page.locator('#vehicle-submit').click();
    await page.locator('#saved-state[data-sent="false"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#outbox-count', { hasText: '待发送 2 条' }).waitFor({ timeout: TIMEOUT });
    assert.equal((await noticesOf(token)).length, 0, 'no notice arrived while offline');
    assert.equal((await vehiclesOf(token)).length, 0, 'no vehicle arrived while offline');

    await context.setOffline(false);
    await page.locator('#saved-state[data-sent="true"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#outbox-count').waitFor({ state: 'detached', timeout: TIMEOUT });
    const notices = await noticesOf(token);
    assert.equal(notices.length, 1, 'the offline notice arrived exactly once');
    assert.equal(notices[0].kind, 'FUNERAL');
    assert.equal(notices[0].expectedGuests, 120);
    assert.equal(notices[0].place, '王家院坝');
    assert.equal(notices[0].node.name, group);
    assert.equal(notices[0].photos.length, 1, 'with its photo');
    const vehicles = await vehiclesOf(token);
    assert.equal(vehicles.length, 1, 'the offline vehicle arrived exactly once, its plate normalised');
    assert.equal(vehicles[0].kind, 'TRICYCLE');
    assert.equal(vehicles[0].licensed, false);
    assert.equal(vehicles[0].node.name, group);

    // 3. The same plate again, online: the server refuses it by its key.
    await page.locator('#record-another').click();
    await page.locator('#vehicle-plate').fill(PLATE);
    await page.locator('#vehicle-owner').fill('张三');
    await page.locator('#vehicle-phone').fill('13900009000');
    await page.locator('#vehicle-submit').click();
    await page.locator('#saved-state').waitFor({ timeout: TIMEOUT });
    await page.locator('.saved-notice a[href="/outbox"]').click();
    await page.locator('.outbox-item.failed .outbox-error', { hasText: '该车牌已在本组登记' }).waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    assert.equal((await vehiclesOf(token)).length, 1, 'still exactly one vehicle with that plate');
    assert.equal((await noticesOf(token)).length, 1, 'still exactly one notice');
    // In English the phone's own plate check speaks English.
    await page.locator('#lang-switch').click();
    await page.goto(`${server.base}/field/vehicle`, { timeout: TIMEOUT });
    await page.locator('#vehicle-plate').fill('CC12345', { timeout: TIMEOUT });
    await page.locator('#vehicle-submit').click();
    await page.locator('#vehicle-plate-error', { hasText: 'Not a plate number' }).waitFor({ timeout: TIMEOUT });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-liaison-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('an account that may not register vehicles opening the form by URL is told so', async () => {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const me = await graphql(server.base, 'query { me { allowedActions } }', {}, token);
  assert.ok(!me.me.allowedActions.includes('REGISTER_VEHICLE'), 'heba (township) does not register vehicles');
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await signIn(page, 'heba');
    await page.locator('#logout').waitFor({ timeout: TIMEOUT });
    await page.goto(`${server.base}/field/vehicle`, { timeout: TIMEOUT });
    await page.locator('#not-allowed').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#vehicle-form').count(), 0, 'no form');
  } finally {
    await context.close();
  }
});
