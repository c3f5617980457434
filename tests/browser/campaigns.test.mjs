// The campaign board in headless Chromium against the real demo server:
// the county administrator fenggang sees every township on each milestone
// of this year's campaign and of the notice's 2018 build-out, as the API
// computes it (never hard-coded), on any day chosen, exported as CSV; a
// township administrator on a 360 px phone sees its own township only, as
// cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(REPO, 'tests', 'browser', 'screenshots');
const TIMEOUT = 30_000;
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };
const STATUS = { DONE_ON_TIME: '按时完成', DONE_LATE: '逾期完成', NOT_DONE: '未完成', NOT_DUE: '未到期' };

let server;
let browser;
let token;
let county;
let campaigns;

before(async () => {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  token = await login(server.base, 'fenggang', DEMO_PASSWORD);
  county = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
  campaigns = (await graphql(server.base, 'query { campaigns { id name year milestones { title dueOn } } }', {}, token)).campaigns;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function progress(campaignId, under, asOf, as = token) {
  const q = `query($c: ID!, $u: ID, $d: NaiveDate) { campaignProgress(campaignId: $c, under: $u, asOf: $d) {
    townships { township { name } milestones { status doneOn } } totals { doneOnTime doneLate notDone notDue } } }`;
  return (await graphql(server.base, q, { c: campaignId, u: under, d: asOf }, as)).campaignProgress;
}

async function signIn(page, username) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('.node-summary').waitFor({ timeout: TIMEOUT });
}

async function newPage(viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true, isMobile: viewport === PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

/// Every township's chips on screen equal the API's statuses.
async function boardMatches(page, expected) {
  await page.locator('#campaign-board tbody tr').first().waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator('#campaign-board tbody tr').count(), expected.townships.length, 'one row per township');
  for (const t of expected.townships) {
    const row = page.locator('#campaign-board tbody tr', { has: page.locator('th', { hasText: t.township.name }) });
    const chips = await row.locator('.status-chip').allInnerTexts();
    assert.deepEqual(chips, t.milestones.map((m) => STATUS[m.status]), `${t.township.name}: the statuses`);
    for (const [i, m] of t.milestones.entries()) {
      if (m.doneOn) {
        const cell = row.locator('td').nth(i);
        assert.match(await cell.innerText(), new RegExp(m.doneOn), `${t.township.name}: the day milestone ${i + 1} was met`);
      }
    }
  }
}

test('the county sees every township on each milestone as the API computes it, on any day, and downloads it', async () => {
  const { context, page, problems } = await newPage(DESK);
  try {
    assert.ok(campaigns.length >= 2, 'the demo has this year\'s campaign and the 2018 build-out');
    const [current, ...older] = campaigns;
    const build = older.find((c) => c.year === 2018);
    assert.ok(build, 'the 2018 build-out campaign');
    await signIn(page, 'fenggang');
    await page.locator('.campaigns-link').first().click();
    await page.locator('h1', { hasText: current.name }).waitFor({ timeout: TIMEOUT });
    await boardMatches(page, await progress(current.id, county.id));

    // The notice's campaign, then as it stood in mid-June 2018.
    await page.locator('#campaign-pick').selectOption(build.id);
    await page.locator('#campaign-board thead th', { hasText: build.milestones[0].dueOn }).waitFor({ timeout: TIMEOUT });
    const now = await progress(build.id, county.id);
    await boardMatches(page, now);
    const seen = new Set(now.townships.flatMap((t) => t.milestones.map((m) => m.status)));
    for (const s of ['DONE_ON_TIME', 'DONE_LATE', 'NOT_DONE']) {
      assert.ok(seen.has(s), `the demo's 2018 board shows ${s} somewhere`);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-desktop.png'), fullPage: false });
    await page.locator('#campaign-as-of').fill('2018-06-15');
    const june = await progress(build.id, county.id, '2018-06-15');
    await page.locator('#campaign-board .status-chip', { hasText: '未到期' }).first().waitFor({ timeout: TIMEOUT });
    await boardMatches(page, june);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.locator('#campaign-export').click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^工作部署进度-${county.name}-2018-2018-06-15\\.csv$`));
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a BOM for Excel');
    const lines = text.slice(1).split('\r\n').filter((l) => l);
    assert.equal(lines.length, june.townships.length + 2, 'the heading, a line per township, the totals');
    assert.ok(lines[0].startsWith('镇乡（街道）,区划代码,'), lines[0]);
    const first = june.townships[0];
    assert.ok(lines[1].startsWith(`${first.township.name},`) && lines[1].includes(STATUS[first.milestones[0].status]), lines[1]);
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-campaign-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('on a 360 px phone a township sees its own row only, as a card', async () => {
  const { context, page, problems } = await newPage(PHONE);
  try {
    const heba = await login(server.base, 'heba', DEMO_PASSWORD);
    const me = (await graphql(server.base, 'query { me { node { id name } } }', {}, heba)).me.node;
    const build = campaigns.find((c) => c.year === 2018);
    const own = await progress(build.id, me.id, null, heba);
    assert.equal(own.townships.length, 1, 'a township sees itself only');
    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${me.id}/campaigns`, { timeout: TIMEOUT });
    await page.locator('#campaign-pick').selectOption(build.id);
    await page.locator('#campaign-board thead th', { hasText: build.milestones[0].dueOn }).waitFor({ state: 'attached', timeout: TIMEOUT });
    await boardMatches(page, own);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    const cell = page.locator('#campaign-board tbody td').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.ok(label.includes(build.milestones[0].title), 'each status carries its milestone on the card');
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-phone.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-campaign-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
