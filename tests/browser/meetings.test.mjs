// Programme records in headless Chromium against the real server. On a
// 360×740 phone the village officer lingyun records a village safety
// meeting with a photo while the network is cut; it waits in the outbox
// and, once the network returns, arrives exactly once (as the township
// admin heba confirms through GraphQL). At the desk heba finds it in the
// township's meetings list, downloads the filtered list as CSV, opens it,
// corrects it (the old version is kept) and uploads a document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(REPO, 'tests', 'browser', 'screenshots');
const PHOTO = join(REPO, 'tests', 'browser', 'fixtures', 'patrol-photo.jpg');
const TIMEOUT = 30_000;
const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };
const STAMP = Date.now();
const TOPICS = `冬季防火和道路交通安全 ${STAMP}`;

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

const MEETING_FIELDS = 'id kind heldOn topics attendeeCount coversGridWork version node { name } photos { id }';

/// Meetings heba (河坝) can see whose topics are exactly `topics`, and how many she sees in all.
async function meetingsWithTopics(topics, filter = {}) {
  const token = await login(server.base, 'heba', DEMO_PASSWORD);
  const found = [];
  let after = null;
  let total = 0;
  for (;;) {
    const data = await graphql(
      server.base,
      `query($after: String, $kind: MeetingKind, $from: NaiveDate) { meetings(first: 100, after: $after, kind: $kind, from: $from) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEETING_FIELDS} } } } }`,
      { after, ...filter },
      token,
    );
    total = data.meetings.totalCount;
    found.push(...data.meetings.edges.map((e) => e.node).filter((n) => n.topics === topics));
    if (!data.meetings.pageInfo.hasNextPage) return { found, total };
    after = data.meetings.pageInfo.endCursor;
  }
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

test('a village safety meeting recorded offline on a phone arrives exactly once when the network returns', async () => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await signIn(page, 'lingyun');
    // Offered because the server lists RECORD_VILLAGE_MEETING for lingyun's village.
    const token = await login(server.base, 'lingyun', DEMO_PASSWORD);
    const me = await graphql(server.base, 'query { me { allowedActions } }', {}, token);
    assert.ok(me.me.allowedActions.includes('RECORD_VILLAGE_MEETING'), 'lingyun may record the meeting');
    await page.locator('.field-action-meeting').click({ timeout: TIMEOUT });
    await page.locator('#meeting-form').waitFor({ timeout: TIMEOUT });
    // The app shell is cached: the form works with no signal.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.locator('#meeting-topics').fill(TOPICS);
    await page.locator('#meeting-count').fill('15');
    await page.locator('#meeting-minutes').fill('通报近期火灾情况，明确各组联络员责任');
    await page.locator('#meeting-photos').setInputFiles(PHOTO);
    await page.locator('.photo-preview img').first().waitFor({ timeout: TIMEOUT });
    await noOverflow(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-form-360x740.png'), fullPage: true });
    await page.locator('#meeting-submit').click();
    await page.locator('#saved-state[data-sent="false"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#outbox-count', { hasText: '待发送 1 条' }).waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1500);
    assert.equal((await meetingsWithTopics(TOPICS)).found.length, 0, 'nothing arrived while offline');
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-waiting-360x740.png') });

    await context.setOffline(false);
    await page.locator('#saved-state[data-sent="true"]').waitFor({ timeout: TIMEOUT });
    const { found } = await meetingsWithTopics(TOPICS);
    assert.equal(found.length, 1, 'the offline meeting arrived exactly once');
    assert.equal(found[0].kind, 'VILLAGE_SAFETY');
    assert.equal(found[0].attendeeCount, 15);
    assert.equal(found[0].node.name, '凌云村');
    assert.equal(found[0].photos.length, 1, 'with its photo');
    await page.waitForTimeout(3000);
    assert.equal((await meetingsWithTopics(TOPICS)).found.length, 1, 'still exactly once');
    assert.equal(await page.locator('#outbox-count').count(), 0, 'the waiting indicator is gone');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-meeting-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('the township desk lists the meeting, downloads the filtered list as CSV, corrects it and uploads a document', async () => {
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await signIn(page, 'heba');
    await page.locator('.meetings-link').click({ timeout: TIMEOUT });
    const row = page.locator('#meetings-list tr', { hasText: TOPICS });
    await row.waitFor({ timeout: TIMEOUT });
    const { total } = await meetingsWithTopics(TOPICS);
    await page.locator('.list-footer', { hasText: `共 ${total} 项` }).waitFor({ timeout: TIMEOUT });

    // Narrowed to village meetings held today or later: the CSV is that list.
    const today = await page.evaluate(() => {
      const d = new Date();
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    await page.locator('#meetings-kind').selectOption('VILLAGE_SAFETY');
    await page.locator('#meetings-from').fill(today);
    const filtered = await meetingsWithTopics(TOPICS, { kind: 'VILLAGE_SAFETY', from: today });
    await page.locator('.list-footer', { hasText: `共 ${filtered.total} 项` }).waitFor({ timeout: TIMEOUT });
    await row.waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(SCREENSHOTS, 'meetings-1280x800.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.locator('#meetings-export').click(),
    ]);
    assert.match(download.suggestedFilename(), /^会议记录-.*\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a BOM for Excel');
    const lines = text.slice(1).split('\r\n').filter((l) => l);
    assert.match(lines[0], /^召开日期,类型,网格,议题/);
    assert.equal(lines.length, filtered.total + 1, 'one line per filtered meeting, plus the heading');
    const line = lines.find((l) => l.includes(TOPICS));
    assert.ok(line, 'the meeting is in the file');
    assert.match(line, /村级安全会议,凌云村/);

    // Its page: fields, photo, no earlier version; correct only if allowed.
    await row.locator('.record-link').click();
    await page.locator('#meeting-detail').waitFor({ timeout: TIMEOUT });
    await page.locator('#record-photos img.thumb[src^="blob:"]').waitFor({ timeout: TIMEOUT });
    await page.locator('#no-earlier-versions').waitFor({ timeout: TIMEOUT });
    const id = (await meetingsWithTopics(TOPICS)).found[0].id;
    const token = await login(server.base, 'heba', DEMO_PASSWORD);
    const asked = await graphql(server.base, 'query($id: ID!) { meeting(id: $id) { allowedActions } }', { id }, token);
    const mayCorrect = asked.meeting.allowedActions.includes('CORRECT_RECORD');
    assert.equal(await page.locator('#meeting-correct').count(), mayCorrect ? 1 : 0, 'correct is offered as allowedActions says');
    if (mayCorrect) {
      await page.locator('#meeting-correct').click();
      await page.locator('#correct-reason').fill('参会人数点错，按签到表更正');
      await page.locator('#correct-count').fill('16');
      await page.locator('.form button[type="submit"]').click();
      await page.locator('#meeting-detail[data-version="2"]').waitFor({ timeout: TIMEOUT });
      await page.locator('#earlier-versions li', { hasText: '按签到表更正' }).waitFor({ timeout: TIMEOUT });
      const after = (await meetingsWithTopics(TOPICS)).found[0];
      assert.equal(after.attendeeCount, 16, 'the correction arrived');
      assert.equal(after.version, 2);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-1280x800.png'), fullPage: true });

    // Documents of the township: upload a picture as evidence.
    await page.goto(`${server.base}/`, { timeout: TIMEOUT });
    await page.locator('.documents-link').click({ timeout: TIMEOUT });
    await page.locator('#document-upload').click({ timeout: TIMEOUT });
    const title = `村级安全管理制度 ${STAMP}`;
    await page.locator('#document-file').setInputFiles(PHOTO);
    await page.locator('#document-title').fill(title);
    await page.locator('.form button[type="submit"]').click();
    const doc = page.locator('.document-row', { hasText: title });
    await doc.waitFor({ timeout: TIMEOUT });
    const docs = await graphql(server.base, 'query { documents(first: 100) { nodes { title version } } }', {}, token);
    assert.equal(docs.documents.nodes.filter((d) => d.title === title).length, 1, 'uploaded once');
    // A newer version replaces it in the list of current versions.
    await doc.locator('.doc-newer').click();
    // Other bytes (the same ones again would be the same upload, answered as such).
    const newer = join(tmpdir(), `newer-${STAMP}.jpg`);
    writeFileSync(newer, Buffer.concat([readFileSync(PHOTO), Buffer.from([0xff, 0xd9])]));
    await page.locator('#document-file').setInputFiles(newer);
    await page.locator('.form button[type="submit"]').click();
    await page.locator('.document-row', { hasText: '第 2 版' }).filter({ hasText: title }).waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(SCREENSHOTS, 'documents-1280x800.png'), fullPage: true });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-meetings-desk-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
