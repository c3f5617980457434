// The buttons a hazard page offers are the server's `allowedActions` for
// the signed-in user, nothing guessed: the city's read-only viewer sees a
// hazard with no action at all; the group liaison sees exactly the steps
// the server lists for it (and a form it may not use says so instead of
// opening).
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
const TIMEOUT = 30_000;
// The web app's button for each action (`act-<slug>`).
const BUTTON = {
  FIX_ON_SPOT: 'act-fix',
  PLAN_RECTIFICATION: 'act-plan',
  RECTIFY: 'act-rectify',
  VERIFY: 'act-verify',
  REOPEN: 'act-reopen',
  ESCALATE: 'act-escalate',
};

let server;
let browser;
let hazardId;

before(async () => {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  // heba (the township) reports a hazard in 凌云村 group 1.
  const heba = await login(server.base, 'heba', DEMO_PASSWORD);
  const found = await graphql(
    server.base,
    'query { nodes(search: "520327002204001") { nodes { id } } }',
    {},
    heba,
  );
  const group = found.nodes.nodes[0].id;
  const made = await graphql(
    server.base,
    `mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }`,
    {
      input: {
        nodeId: group,
        title: `组道护栏缺失 ${Date.now()}`,
        description: '二组村道急弯处护栏缺失',
        severity: 'GENERAL',
        category: 'ROAD_TRAFFIC',
        fixedOnSpot: false,
        idempotencyKey: `browser-actions-${Date.now()}`,
      },
    },
    heba,
  );
  hazardId = made.reportHazard.id;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page, username) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('.topbar').waitFor({ timeout: TIMEOUT });
}

async function buttonsOn(page) {
  await page.goto(`${server.base}/hazard/${hazardId}`, { timeout: TIMEOUT });
  await page.locator('#hazard-title').waitFor({ timeout: TIMEOUT });
  await page.locator('#hazard-history .history-item').first().waitFor({ timeout: TIMEOUT });
  return page.locator('[id^="act-"]').evaluateAll((els) => els.map((e) => e.id).sort());
}

async function allowedFor(username) {
  const token = await login(server.base, username, DEMO_PASSWORD);
  const data = await graphql(server.base, 'query($id: ID!) { hazard(id: $id) { allowedActions } }', { id: hazardId }, token);
  return data.hazard.allowedActions;
}

test("the city's read-only viewer sees the hazard and no action", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    assert.deepEqual(await allowedFor('zunyi'), [], 'the server allows the viewer nothing');
    await signIn(page, 'zunyi');
    assert.deepEqual(await buttonsOn(page), [], 'no step is offered');
    await page.screenshot({ path: join(SCREENSHOTS, 'hazard-viewer-1280x800.png'), fullPage: true });
    // A field form opened by its URL says it is not this account's work.
    await page.goto(`${server.base}/field/patrol`, { timeout: TIMEOUT });
    await page.locator('#not-allowed').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#patrol-notes').count(), 0, 'the patrol form does not open');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-viewer-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test("the group liaison's hazard page offers exactly its own allowed steps", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    const allowed = await allowedFor('lingyun-1');
    const expected = allowed.filter((a) => BUTTON[a]).map((a) => BUTTON[a]).sort();
    assert.ok(expected.length > 0, `the liaison may act on its group's hazard: ${allowed}`);
    assert.ok(!allowed.includes('VERIFY') && !allowed.includes('REOPEN'), 'not steps of another state');
    await signIn(page, 'lingyun-1');
    assert.deepEqual(await buttonsOn(page), expected, 'the buttons are the allowed steps');
    await page.screenshot({ path: join(SCREENSHOTS, 'hazard-liaison-360x740.png'), fullPage: true });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-liaison-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
