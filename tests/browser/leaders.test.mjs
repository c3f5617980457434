// The township's leaders on its node page, against the real server.
// 1. heba (the demo township's admin) opens 分配挂包村 on a leader the API
//    lets her assign: the township's villages are offered with the leader's
//    current ones ticked; a day before the leader's post started is refused
//    with the error key's own sentence; she then gives the leader exactly
//    two other villages from today, sees them listed, and the API's
//    `assignedVillages` is what the page shows.
// 2. She appoints a new leader marked 分管安全 and sees the badge on the
//    new row; the API stored the flag.
// 3. On a 360 px phone the same form fits the screen.
// Screenshot of the leaders' card at 1280 wide for the README.
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
const TIMEOUT = 30_000;
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };
const STAMP = Date.now();
const NEW_LEADER = `测试领导${String(STAMP).slice(-4)}`;
const NEW_PHONE = `1770${String(STAMP).slice(-7)}`;

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

const TOWNSHIP = `query($id: ID!) { gridNode(id: $id) {
  appointments { id role current startDate inChargeOfSafety allowedActions person { name }
    assignedVillages { village { id name } since } }
  children(first: 100) { edges { node { id name level } } } } }`;

async function township(token) {
  const me = await graphql(server.base, 'query { me { node { id name level } } }', {}, token);
  assert.equal(me.me.node.level, 'TOWNSHIP', 'heba sits at a township');
  const data = await graphql(server.base, TOWNSHIP, { id: me.me.node.id }, token);
  return { ...me.me.node, ...data.gridNode };
}

async function signIn(page, username) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('#logout').waitFor({ timeout: TIMEOUT });
}

async function noOverflow(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the viewport`);
}

/// `locator`'s part of the whole page, the viewport's full width (an
/// element shot would have the sticky header over its top).
async function shotOf(page, locator, path) {
  // Scrolled to the top, the sticky header stays above the part shot; no
  // button left hovered.
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  const { top, bottom } = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  const y = Math.max(0, top - 12);
  const width = page.viewportSize().width;
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width, height: bottom + 12 - y } });
}

/// The village names a row lists, in order, once they are `expected`.
async function listedVillages(row, expected) {
  const names = row.locator('.assigned-village .village-name');
  const deadline = Date.now() + TIMEOUT;
  let shown = [];
  while (Date.now() < deadline) {
    shown = await names.allInnerTexts();
    if (JSON.stringify([...shown].sort()) === JSON.stringify([...expected].sort())) return shown;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`the row lists ${JSON.stringify(shown)}, not ${JSON.stringify(expected)}`);
}

test('the township assigns a leader two villages and appoints a leader in charge of safety', async () => {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const before = await township(token);
  const leaders = before.appointments.filter((a) => a.role === 'TOWNSHIP_LEADER' && a.current);
  const leader = leaders.find((a) => a.allowedActions.includes('ASSIGN_VILLAGES') && a.assignedVillages.length > 0);
  assert.ok(leader, 'heba may assign villages to a demo leader who has some');
  const held = new Set(leader.assignedVillages.map((v) => v.village.id));
  const villages = before.children.edges.map((e) => e.node).filter((n) => n.level === 'VILLAGE');
  const [one, two] = villages.filter((v) => !held.has(v.id));
  assert.ok(one && two, 'the township has two villages this leader does not hold');

  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${before.id}`, { timeout: TIMEOUT });
    const row = page.locator(`tr.appointment[data-appointment="${leader.id}"]`);
    await row.waitFor({ timeout: TIMEOUT });
    // The row lists the villages the API has.
    await listedVillages(row, leader.assignedVillages.map((v) => v.village.name));
    // The action is offered exactly where allowedActions has it.
    for (const a of leaders) {
      const offered = await page.locator(`tr.appointment[data-appointment="${a.id}"] .assign-villages`).count();
      assert.equal(offered, a.allowedActions.includes('ASSIGN_VILLAGES') ? 1 : 0, `${a.person.name}: 分配挂包村`);
    }

    await row.locator('.assign-villages').click();
    await page.locator('#assign-villages-form').waitFor({ timeout: TIMEOUT });
    await page.locator('.village-choices input[type="checkbox"]').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('.village-choices input[type="checkbox"]').count(), villages.length,
      'every village of the township is offered');
    for (const v of villages) {
      assert.equal(await page.locator(`#assign-village-${v.id}`).isChecked(), held.has(v.id),
        `${v.name} ticked as the leader holds it`);
    }
    assert.match(await page.locator('#assign-since').inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'since defaults to a day');

    for (const id of held) await page.locator(`#assign-village-${id}`).uncheck();
    await page.locator(`#assign-village-${one.id}`).check();
    await page.locator(`#assign-village-${two.id}`).check();
    assert.equal((await page.locator('#assign-chosen').innerText()).trim(), '已选 2 个村');
    const form = page.locator('form.inline-form', { has: page.locator('#assign-villages-form') });

    // A day before the post started: the server's key, in Chinese, at the field.
    const today = await page.locator('#assign-since').inputValue();
    await page.locator('#assign-since').fill('2001-01-01');
    await form.locator('button[type="submit"]').click();
    await page.locator('#assign-since-error', { hasText: '该领导当日不在任' }).waitFor({ timeout: TIMEOUT });
    const unchanged = await township(token);
    assert.equal(unchanged.appointments.find((a) => a.id === leader.id).assignedVillages.length, held.size,
      'a refused list changes nothing');

    await page.locator('#assign-since').fill(today);
    await form.locator('button[type="submit"]').click();
    await page.locator('#assign-villages-form').waitFor({ state: 'detached', timeout: TIMEOUT });
    const shown = await listedVillages(row, [one.name, two.name]);

    // The page shows what the server stored.
    const after = (await township(token)).appointments.find((a) => a.id === leader.id);
    assert.deepEqual(after.assignedVillages.map((v) => v.village.name), shown, 'assignedVillages is what the page lists');
    assert.ok(after.assignedVillages.every((v) => v.since === today), 'both from the day given');
    const sinceShown = await row.locator('.assigned-since').allInnerTexts();
    assert.deepEqual(sinceShown, after.assignedVillages.map((v) => `自 ${v.since}`));

    // A new leader, in charge of safety.
    await page.locator('#open-appoint').click();
    await page.locator('#appoint-name').fill(NEW_LEADER);
    await page.locator('#appoint-phone').fill(NEW_PHONE);
    await page.locator('#appoint-safety').check();
    await page.locator('form.inline-form', { has: page.locator('#appoint-safety') })
      .locator('button[type="submit"]').click();
    const newRow = page.locator('tr.appointment', { hasText: NEW_LEADER });
    await newRow.locator('.badge-safety', { hasText: '分管安全' }).waitFor({ timeout: TIMEOUT });
    await newRow.locator('.chip-gap', { hasText: '未分配挂包村' }).waitFor({ timeout: TIMEOUT });
    const appointed = (await township(token)).appointments.find((a) => a.person.name === NEW_LEADER);
    assert.equal(appointed?.role, 'TOWNSHIP_LEADER');
    assert.equal(appointed.inChargeOfSafety, true, 'the server stored 分管安全');
    // Every leader the API marks so has the badge, and no one else.
    for (const a of (await township(token)).appointments.filter((x) => x.current)) {
      const badges = await page.locator(`tr.appointment[data-appointment="${a.id}"] .badge-safety`).count();
      assert.equal(badges, a.inChargeOfSafety ? 1 : 0, `${a.person.name}: 分管安全 badge`);
    }

    await noOverflow(page);
    const shot = join(SCREENSHOTS, 'leaders-desktop.png');
    await shotOf(page, page.locator('.appointments-card'), shot);
    mkdirSync(README_SHOTS, { recursive: true });
    copyFileSync(shot, join(README_SHOTS, 'leaders-desktop.png'));
    assert.deepEqual(problems, []);
  } catch (e) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-leaders-desktop.png'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
});

test('the assign form fits a 360 px phone', async () => {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const t = await township(token);
  const leader = t.appointments.find((a) => a.current && a.allowedActions.includes('ASSIGN_VILLAGES'));
  assert.ok(leader, 'a leader heba may assign villages to');
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${t.id}`, { timeout: TIMEOUT });
    const row = page.locator(`tr.appointment[data-appointment="${leader.id}"]`);
    await row.locator('.assign-villages').click({ timeout: TIMEOUT });
    await page.locator('.village-choices input[type="checkbox"]').first().waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    const submit = page.locator('form.inline-form', { has: page.locator('#assign-villages-form') })
      .locator('button[type="submit"]');
    const box = await submit.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, 'the save button is on the screen');
    await shotOf(page, page.locator('form.inline-form', { has: page.locator('#assign-villages-form') }),
      join(SCREENSHOTS, 'leaders-assign-360.png'));
  } catch (e) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-leaders-360x740.png'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
});
