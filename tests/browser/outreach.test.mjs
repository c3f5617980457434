// What the villagers are told, and how the township's leaders did, against
// the real server.
// 1. On a 360×740 phone lingyun-1 (a liaison of the demo) is offered the
//    publicity and seasonal-warning forms exactly as its allowedActions
//    say; with the network cut it records one of each (mistakes caught on
//    the phone, with no signal); both wait in the outbox and, once the
//    network returns, arrive exactly once.
// 2. The township desk (heba) sees the month's leader columns — each
//    leader in post, visits at their villages against the quota, duty
//    report filed, covers the grid work — and the township's monthly
//    meeting, as the API answers them; files a duty report from the month
//    page and sees the row change; a second report for the same leader and
//    month is refused with the error key's own sentence. Screenshots at
//    1280 and 360 wide for the README.
// 3. The township submits its roster from the roster page; the history
//    shows it with the counts the API stored, and its detail lists the
//    posts held and the empty ones.
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
const TOPIC = `冬季防火宣传${STAMP}`;
const WARNING_NOTE = `入户发放明白纸${STAMP}`;

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

/// Every node of a connection (`publicitySessions`, `seasonalWarnings`) the caller sees.
async function listAll(field, fields, token) {
  const found = [];
  let after = null;
  for (;;) {
    const data = await graphql(
      server.base,
      `query($after: String) { ${field}(first: 100, after: $after) {
         pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`,
      { after },
      token,
    );
    found.push(...data[field].edges.map((e) => e.node));
    if (!data[field].pageInfo.hasNextPage) return found;
    after = data[field].pageInfo.endCursor;
  }
}

async function sessionsOf(token) {
  return (await listAll('publicitySessions', 'id topic audienceCount heldOn node { name } photos { id }', token))
    .filter((s) => s.topic === TOPIC);
}

async function warningsOf(token) {
  return (await listAll('seasonalWarnings', 'id topic households notes node { name }', token))
    .filter((w) => w.notes === WARNING_NOTE);
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

/// The page from `fromSelector`'s top (or the page's) down to the bottom of
/// `toSelector`, the viewport's full width, for the tests and, under its
/// README name, for the README (the quota list below is as long as the
/// township has posts).
async function readmeShot(page, name, readmeName, toSelector, fromSelector) {
  const path = join(SCREENSHOTS, `${name}.png`);
  const box = async (sel) => page.locator(sel).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  const top = fromSelector ? Math.max(0, (await box(fromSelector)).top - 12) : 0;
  const bottom = (await box(toSelector)).bottom + 16;
  const width = page.viewportSize().width;
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: top, width, height: bottom - top } });
  mkdirSync(README_SHOTS, { recursive: true });
  copyFileSync(path, join(README_SHOTS, readmeName));
}

test('a liaison records a publicity session and a seasonal warning offline; each arrives exactly once', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    const token = await login(server.base, 'lingyun-1', DEMO_PASSWORD);
    const me = await graphql(server.base, 'query { me { allowedActions node { name } } }', {}, token);
    const allowed = me.me.allowedActions;
    assert.ok(allowed.includes('RECORD_PUBLICITY'), 'lingyun-1 may record publicity');
    assert.ok(allowed.includes('RECORD_SEASONAL_WARNING'), 'lingyun-1 may record a seasonal warning');
    const group = me.me.node.name;

    await signIn(page, 'lingyun-1');
    await page.locator('.field-action-patrol').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('.field-action-publicity').count(), 1, 'the publicity form is offered');
    assert.equal(await page.locator('.field-action-warning').count(), 1, 'the warning form is offered');
    await noOverflow(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);

    // 1. The publicity session: no listeners is caught on the phone.
    await page.locator('.field-action-publicity').click();
    await page.locator('#publicity-form').waitFor({ timeout: TIMEOUT });
    await page.locator('#publicity-topic').fill(TOPIC);
    await page.locator('#publicity-audience').fill('0');
    await page.locator('#publicity-submit').click();
    await page.locator('#publicity-audience-error', { hasText: '请填写听众人数' }).waitFor({ timeout: TIMEOUT });
    await page.locator('#publicity-audience').fill('35');
    await page.locator('#publicity-notes').fill('村民小组院坝集中宣传，发放资料 40 份');
    await noOverflow(page);
    await page.locator('#publicity-submit').click();
    await page.locator('#saved-state[data-sent="false"]').waitFor({ timeout: TIMEOUT });

    // 2. The seasonal warning: every topic of the schema is offered.
    await page.goBack();
    await page.locator('.field-action-warning').click({ timeout: TIMEOUT });
    await page.locator('#warning-form').waitFor({ timeout: TIMEOUT });
    const topics = await page.locator('#warning-topic option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(topics, ['FIREWOOD_STRAW', 'UNSAFE_SWIMMING', 'WILD_MUSHROOMS', 'WASP_NESTS', 'ROAD_TRAFFIC', 'FIRE']);
    await page.locator('#warning-topic').selectOption('WILD_MUSHROOMS');
    await page.locator('#warning-households').fill('2001');
    await page.locator('#warning-notes').fill(WARNING_NOTE);
    await page.locator('#warning-submit').click();
    await page.locator('#warning-households-error', { hasText: '请填写提醒户数' }).waitFor({ timeout: TIMEOUT });
    await page.locator('#warning-households').fill('12');
    await noOverflow(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'warning-form-360x740.png'), fullPage: true });
    await page.locator('#warning-submit').click();
    await page.locator('#saved-state[data-sent="false"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#outbox-count', { hasText: '待发送 2 条' }).waitFor({ timeout: TIMEOUT });
    assert.equal((await sessionsOf(token)).length, 0, 'no session arrived while offline');
    assert.equal((await warningsOf(token)).length, 0, 'no warning arrived while offline');

    await context.setOffline(false);
    await page.locator('#saved-state[data-sent="true"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#outbox-count').waitFor({ state: 'detached', timeout: TIMEOUT });
    const sessions = await sessionsOf(token);
    assert.equal(sessions.length, 1, 'the offline session arrived exactly once');
    assert.equal(sessions[0].audienceCount, 35);
    assert.equal(sessions[0].node.name, group);
    const warnings = await warningsOf(token);
    assert.equal(warnings.length, 1, 'the offline warning arrived exactly once');
    assert.equal(warnings[0].topic, 'WILD_MUSHROOMS');
    assert.equal(warnings[0].households, 12);
    assert.equal(warnings[0].node.name, group);

    // Reloading (the sender runs again at start) sends nothing twice.
    await page.reload();
    await page.locator('#logout').waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1_500);
    assert.equal((await sessionsOf(token)).length, 1, 'still exactly one session');
    assert.equal((await warningsOf(token)).length, 1, 'still exactly one warning');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-outreach-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

const QUOTA = `query($id: ID!, $month: Month!) { monthQuota(nodeId: $id, month: $month) {
  leaderVisits { appointment { id } name node { name } expected done dutyReportFiled dutyReportCoversGridWork }
  townshipMeetings { node { name } held coversGridWork } } }`;

const RECORD_DUTY = `mutation($input: RecordDutyReportInput!) { recordDutyReport(input: $input) { id } }`;

test('the township desk sees the leader columns, files a duty report, and a second one is refused by its key', async () => {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const me = await graphql(server.base, 'query { me { node { id name } } }', {}, token);
  const township = me.me.node;
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${township.id}/month`, { timeout: TIMEOUT });
    await page.locator('#leaders-table').waitFor({ timeout: TIMEOUT });
    const month = await page.locator('#month-pick').inputValue();
    const quota = (await graphql(server.base, QUOTA, { id: township.id, month }, token)).monthQuota;
    assert.ok(quota.leaderVisits.length >= 2, 'the demo township has leaders in post');

    // Each leader as the API counts them, in the API's order.
    const rows = page.locator('#leaders-table tbody tr');
    assert.equal(await rows.count(), quota.leaderVisits.length, 'one row per leader');
    for (const [i, l] of quota.leaderVisits.entries()) {
      const row = rows.nth(i);
      assert.equal(await row.locator('.person-name').innerText(), l.name);
      assert.equal((await row.locator('td').nth(1).innerText()).trim(), l.node.name);
      assert.equal((await row.locator('.leader-visits').innerText()).trim(), `${l.done}/${l.expected}`);
      assert.equal((await row.locator('.leader-report').innerText()).trim(), l.dutyReportFiled ? '已报送' : '未报送');
      const covers = l.dutyReportFiled ? (l.dutyReportCoversGridWork ? '是' : '否') : '—';
      assert.equal((await row.locator('.leader-covers').innerText()).trim(), covers);
    }
    const meeting = quota.townshipMeetings.find((t) => t.node.name === township.name);
    const townshipRow = page.locator('#township-meetings-table tbody tr', { hasText: township.name });
    assert.equal((await townshipRow.locator('.township-held').innerText()).trim(), meeting.held ? '已召开' : '未召开');

    // File the first leader's report from the month page.
    const [first, second] = quota.leaderVisits.filter((l) => !l.dutyReportFiled);
    assert.ok(first && second, 'two leaders without a report this month');
    const firstRow = page.locator(`#leaders-table tr[data-appointment="${first.appointment.id}"]`);
    await firstRow.locator('.file-duty-report').click();
    await page.locator('#duty-summary').fill('本月走访挂包村，督办柴草堆放整改，参加乡镇安全生产例会。');
    await page.locator('#duty-covers').check();
    await page.locator('.inline-form button[type="submit"]').click();
    await page.locator('#duty-report-filed').waitFor({ timeout: TIMEOUT });
    await firstRow.locator('.leader-report', { hasText: '已报送' }).waitFor({ timeout: TIMEOUT });
    assert.equal((await firstRow.locator('.leader-covers').innerText()).trim(), '是');
    assert.equal(await firstRow.locator('.file-duty-report').count(), 0, 'no second form offered for a filed report');
    const after = (await graphql(server.base, QUOTA, { id: township.id, month }, token)).monthQuota;
    const filed = after.leaderVisits.find((l) => l.appointment.id === first.appointment.id);
    assert.equal(filed.dutyReportFiled, true, 'the server has the report');
    assert.equal(filed.dutyReportCoversGridWork, true);

    // Someone files the second leader's report meanwhile; this page still
    // offers the form, and the server's refusal reads from its key.
    const secondRow = page.locator(`#leaders-table tr[data-appointment="${second.appointment.id}"]`);
    await secondRow.locator('.file-duty-report').click();
    await graphql(server.base, RECORD_DUTY, { input: {
      appointmentId: second.appointment.id, month, coversGridWork: false,
      summary: '另一台电脑先报送', idempotencyKey: `other-desk-${STAMP}`,
    } }, token);
    await page.locator('#duty-summary').fill('本月参加县里安全生产培训。');
    await page.locator('.inline-form button[type="submit"]').click();
    await page.locator('.inline-form .alert-error', { hasText: `该领导 ${month} 的履职报告已提交` }).waitFor({ timeout: TIMEOUT });
    await page.locator('.inline-form .btn-secondary', { hasText: '取消' }).click();
    await page.reload();
    await secondRow.locator('.leader-covers', { hasText: '否' }).waitFor({ timeout: TIMEOUT });

    await noOverflow(page);
    await readmeShot(page, 'month-leaders-1280', 'month-leaders-desktop.png', '#township-meetings-card');
    await page.setViewportSize(PHONE);
    await noOverflow(page);
    await readmeShot(page, 'month-leaders-360', 'month-leaders-phone.png', '#township-meetings-card', '#leaders-card');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-month-leaders.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

const SUBMISSIONS = `query($under: ID) { rosterSubmissions(under: $under, first: 5) {
  edges { node { id submittedOn entryCount missingCount entries { name } missing { nodeName } } } } }`;

test('the township submits its roster and reads back what it sent', async () => {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const me = await graphql(server.base, 'query { me { node { id } } }', {}, token);
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${me.me.node.id}/roster`, { timeout: TIMEOUT });
    const before = (await graphql(server.base, SUBMISSIONS, { under: me.me.node.id }, token)).rosterSubmissions.edges.length;
    await page.locator('#roster-submit').click({ timeout: TIMEOUT });
    await page.locator('.inline-form button[type="submit"]').click();
    await page.locator('#roster-submitted').waitFor({ timeout: TIMEOUT });
    const list = (await graphql(server.base, SUBMISSIONS, { under: me.me.node.id }, token)).rosterSubmissions.edges;
    assert.equal(list.length, before + 1, 'exactly one submission was made');
    const made = list[0].node;
    const row = page.locator(`#submissions-table tr[data-id="${made.id}"]`);
    assert.equal((await row.locator('.submission-entries').innerText()).trim(), String(made.entryCount));
    assert.equal((await row.locator('.submission-missing').innerText()).trim(), String(made.missingCount));
    await row.locator('.submission-toggle').click();
    await page.locator('#submitted-entries tbody tr').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#submitted-entries tbody tr').count(), made.entries.length);
    assert.equal(await page.locator('#submitted-missing tbody tr').count(), made.missing.length);
    await page.setViewportSize(PHONE);
    await noOverflow(page);
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-roster-submit.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('an account that may not record publicity opening the form by URL is told so', async () => {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const me = await graphql(server.base, 'query { me { allowedActions } }', {}, token);
  assert.ok(!me.me.allowedActions.includes('RECORD_PUBLICITY'), 'heba (township) does not record publicity on a phone');
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await signIn(page, 'heba');
    await page.goto(`${server.base}/field/publicity`, { timeout: TIMEOUT });
    await page.locator('#not-allowed').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#publicity-form').count(), 0, 'no form');
  } finally {
    await context.close();
  }
});
