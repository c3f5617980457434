// The desk's year table and programme pages in headless Chromium against
// the real demo server, as the county administrator fenggang sees them.
// Every number on screen is compared with what the API answers for the
// same user (never hard-coded): the county's year table row by row, a
// township's year (its village rows, its own trainings, its totals equal
// to the county's row for it), the same table as cards on a 360 px phone,
// the vehicle register filtered by kind and downloaded as CSV (one vehicle
// then taken off the register when allowed), and the
// notebook checks not kept, one of them opened and corrected (the old
// version is kept) when allowedActions offers it.
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
const YEAR = new Date().getFullYear();
const ROW_FIELDS = `node { id name } meetingsHeld meetingsExpected trainings drills publicity
  notebookChecksKept notebookChecksNotKept ceremonies reminders vehicles`;

let server;
let browser;
let token;
let county;

before(async () => {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  token = await login(server.base, 'fenggang', DEMO_PASSWORD);
  county = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function yearRows(nodeId) {
  const q = `query($id: ID!, $y: Int!) { yearOverview(nodeId: $id, year: $y) { ${ROW_FIELDS} } }`;
  return (await graphql(server.base, q, { id: nodeId, y: YEAR }, token)).yearOverview;
}

const meetingsCell = (r) => (r.meetingsExpected === 0 && r.meetingsHeld === 0 ? '—' : `${r.meetingsHeld}/${r.meetingsExpected}`);

/// A row's cells as the table shows them (name, code, then the counts).
async function tableRow(page, name) {
  const row = page.locator('#year-table tr', { has: page.locator('th', { hasText: name }) }).first();
  return row.locator('th, td').allInnerTexts();
}

async function signIn(page, username) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('.node-summary').waitFor({ timeout: TIMEOUT });
}

async function noOverflow(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the 360px phone`);
}

async function deskPage(viewport = DESK) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true, isMobile: viewport === PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

test('the county and a township see their year table as the API counts it, with the totals and the township\'s own trainings', async () => {
  const { context, page, problems } = await deskPage();
  try {
    await signIn(page, 'fenggang');
    await page.locator('.year-link').first().click();
    await page.locator('#year-table tbody tr').first().waitFor({ timeout: TIMEOUT });
    const rows = await yearRows(county.id);
    assert.ok(rows.length > 1, 'the demo county has townships');
    assert.equal(await page.locator('#year-table tbody tr:not(#year-own)').count(), rows.length, 'one row per township');
    for (const r of rows) {
      const cells = await tableRow(page, r.node.name);
      assert.equal(cells[2], meetingsCell(r), `${r.node.name}: village meetings held/expected`);
      assert.deepEqual(cells.slice(3).map(Number),
        [r.trainings, r.drills, r.publicity, r.notebookChecksKept, r.notebookChecksNotKept, r.ceremonies, r.reminders, r.vehicles],
        `${r.node.name}: the counts`);
    }
    const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
    const total = await page.locator('#year-table tfoot tr').locator('th, td').allInnerTexts();
    assert.equal(total[0], '合计');
    assert.equal(total[2], `${sum('meetingsHeld')}/${sum('meetingsExpected')}`, 'the totals row sums the meetings');
    assert.equal(Number(total[3]), sum('trainings'));
    assert.equal(Number(total[10]), sum('vehicles'));
    await page.screenshot({ path: join(SCREENSHOTS, 'year-desktop.png'), fullPage: true });

    // A township: its villages' rows, its own trainings, and a total equal
    // to the county's row for it.
    const township = rows.find((r) => r.node.name === '何坝街道') ?? rows[0];
    await page.locator('#year-table th a', { hasText: township.node.name }).click();
    await page.locator('h1', { hasText: `${township.node.name} ${YEAR} 年度情况` }).waitFor({ timeout: TIMEOUT });
    await page.locator('#year-table tfoot tr').waitFor({ timeout: TIMEOUT });
    const villages = await yearRows(township.node.id);
    for (const v of villages) {
      const cells = await tableRow(page, v.node.name);
      assert.equal(cells[2], meetingsCell(v), `${v.node.name}: its meetings count is the API's`);
    }
    const own = township.trainings - villages.reduce((a, v) => a + v.trainings, 0);
    assert.ok(own > 0, 'the demo township trained its officers itself');
    const ownRow = await page.locator('#year-own').locator('th, td').allInnerTexts();
    assert.equal(ownRow[0], '本级');
    assert.equal(ownRow[2], '—', 'no village meetings are expected of the township itself');
    assert.equal(Number(ownRow[3]), own, 'the township\'s own trainings');
    const townTotal = await page.locator('#year-table tfoot tr').locator('th, td').allInnerTexts();
    assert.deepEqual(townTotal.slice(2), [meetingsCell(township), ...[township.trainings, township.drills, township.publicity,
      township.notebookChecksKept, township.notebookChecksNotKept, township.ceremonies, township.reminders, township.vehicles].map(String)],
    'the township\'s total is the county\'s row for it');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-year-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('on a 360 px phone the year table is a stack of cards, each count with its heading', async () => {
  const { context, page, problems } = await deskPage(PHONE);
  try {
    await signIn(page, 'fenggang');
    const rows = await yearRows(county.id);
    const township = rows.find((r) => r.node.name === '何坝街道') ?? rows[0];
    await page.goto(`${server.base}/node/${township.node.id}/year`, { timeout: TIMEOUT });
    await page.locator('#year-table tfoot tr').waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    const village = (await yearRows(township.node.id))[0];
    const card = page.locator('#year-table tbody tr', { has: page.locator('th', { hasText: village.node.name }) });
    const meetings = card.locator('td[data-label^="村安全会议"]');
    assert.equal(await meetings.innerText(), meetingsCell(village));
    // The heading is shown beside the value (a card, not a squeezed table).
    const before = await meetings.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.match(before, /村安全会议/);
    const box = await card.boundingBox();
    assert.ok(box.width <= PHONE.width, 'the card fits the phone');
    await page.screenshot({ path: join(SCREENSHOTS, 'year-phone.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-year-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('the county\'s vehicle register, filtered by kind, downloads as the CSV of that list; a vehicle is retired when allowed', async () => {
  const { context, page, problems } = await deskPage();
  try {
    await signIn(page, 'fenggang');
    await page.locator('.vehicles-link').click({ timeout: TIMEOUT });
    await page.locator('#vehicles-list tbody tr').first().waitFor({ timeout: TIMEOUT });
    const count = async (kind) => (await graphql(server.base,
      'query($k: VehicleKind) { vehicles(kind: $k, first: 1) { totalCount } }', { k: kind }, token)).vehicles.totalCount;
    const all = await count(null);
    await page.locator('.list-footer', { hasText: `共 ${all} 项` }).waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(SCREENSHOTS, 'vehicles-desktop.png') });

    await page.locator('#vehicles-kind').selectOption('TRACTOR');
    const tractors = await count('TRACTOR');
    assert.ok(tractors > 0 && tractors < all, 'the demo has some tractors');
    await page.locator('.list-footer', { hasText: `共 ${tractors} 项` }).waitFor({ timeout: TIMEOUT });
    const kinds = await page.locator('#vehicles-list tbody td:nth-child(2)').allInnerTexts();
    assert.ok(kinds.every((k) => k === '拖拉机'), 'only tractors are listed');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.locator('#vehicles-export').click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^机动车登记-${county.name}-.*\\.csv$`));
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a BOM for Excel');
    const lines = text.slice(1).split('\r\n').filter((l) => l);
    assert.equal(lines[0], '号牌,车型,车主,联系电话,有牌有证,已注销,网格,登记日期');
    assert.equal(lines.length, tractors + 1, 'one line per tractor, plus the heading');
    const first = (await graphql(server.base,
      'query { vehicles(kind: TRACTOR, first: 1) { edges { node { id plate ownerName ownerPhone } } } }', {}, token)).vehicles.edges[0].node;
    const line = lines.find((l) => l.startsWith(`${first.plate},`));
    assert.ok(line, 'the newest tractor is in the file');
    assert.ok(line.includes(`,拖拉机,${first.ownerName},${first.ownerPhone},`), 'its kind, owner and phone as the API gives them');

    // Its page; taken off the register when allowedActions offers it: it
    // stays listed, retired, and the version before is kept.
    await page.locator('#vehicles-list tbody tr', { hasText: first.plate }).locator('.record-link').click();
    await page.locator('#record-detail[data-kind="vehicles"]').waitFor({ timeout: TIMEOUT });
    const asked = (await graphql(server.base, 'query($id: ID!) { node(id: $id) { ... on Vehicle { allowedActions retired version } } }',
      { id: first.id }, token)).node;
    const mayRetire = asked.allowedActions.includes('CORRECT_RECORD') && !asked.retired;
    assert.equal(await page.locator('#record-retire').count(), mayRetire ? 1 : 0, 'retire is offered as allowedActions says');
    if (mayRetire) {
      await page.locator('#record-retire').click();
      await page.locator('#retire-reason').fill('车辆已报废');
      await page.locator('.form button[type="submit"]').click();
      await page.locator('.confirm-question').waitFor({ timeout: TIMEOUT });
      await page.locator('.form button[type="submit"]').click();
      await page.locator(`#record-detail[data-version="${asked.version + 1}"]`).waitFor({ timeout: TIMEOUT });
      await page.locator('#earlier-versions li', { hasText: '车辆已报废' }).waitFor({ timeout: TIMEOUT });
      assert.equal(await page.locator('#record-retire').count(), 0, 'a retired vehicle is not offered again');
      const now = (await graphql(server.base, 'query($id: ID!) { node(id: $id) { ... on Vehicle { retired retiredReason } } }',
        { id: first.id }, token)).node;
      assert.deepEqual(now, { retired: true, retiredReason: '车辆已报废' });
    }
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-vehicles-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('notebook checks not kept name the person; one opened is corrected into a new version when allowed', async () => {
  const { context, page, problems } = await deskPage();
  try {
    await signIn(page, 'fenggang');
    await page.locator('.notebook-checks-link').click({ timeout: TIMEOUT });
    await page.locator('#notebook-checks-list tbody tr').first().waitFor({ timeout: TIMEOUT });
    await page.locator('#notebook-checks-kind').selectOption('NOT_KEPT');
    const notKept = (await graphql(server.base,
      'query { notebookChecks(kept: false, first: 100) { totalCount edges { node { id note version person { name } allowedActions } } } }',
      {}, token)).notebookChecks;
    assert.ok(notKept.totalCount > 0, 'the demo has notebooks not kept');
    await page.locator('.list-footer', { hasText: `共 ${notKept.totalCount} 项` }).waitFor({ timeout: TIMEOUT });
    const people = await page.locator('#notebook-checks-list tbody td:nth-child(2)').allInnerTexts();
    assert.deepEqual(people, notKept.edges.slice(0, people.length).map((e) => e.node.person.name), 'each check names the person');
    const results = await page.locator('#notebook-checks-list tbody td:nth-child(5)').allInnerTexts();
    assert.ok(results.every((r) => r === '记录不规范'));

    const check = notKept.edges[0].node;
    await page.locator('#notebook-checks-list tbody tr').first().locator('.record-link').click();
    await page.locator('#record-detail[data-kind="notebook-checks"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#record-detail dd', { hasText: check.person.name }).waitFor({ timeout: TIMEOUT });
    const mayCorrect = check.allowedActions.includes('CORRECT_RECORD');
    assert.equal(await page.locator('#record-correct').count(), mayCorrect ? 1 : 0, 'correct is offered as allowedActions says');
    if (mayCorrect) {
      const note = `${check.note}（已补记，${Date.now()}）`;
      await page.locator('#record-correct').click();
      await page.locator('#correct-reason').fill('复查时已补记');
      await page.locator('#correct-note').fill(note);
      await page.locator('.form button[type="submit"]').click();
      await page.locator(`#record-detail[data-version="${check.version + 1}"]`).waitFor({ timeout: TIMEOUT });
      await page.locator('#earlier-versions li', { hasText: '复查时已补记' }).waitFor({ timeout: TIMEOUT });
      const now = (await graphql(server.base, 'query($id: ID!) { notebookCheck(id: $id) { note version kept } }', { id: check.id }, token)).notebookCheck;
      assert.deepEqual(now, { note, version: check.version + 1, kept: false }, 'only the note changed, as a new version');
    }
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-notebook-checks-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
