// Setting and editing a campaign, and designating a demonstration village,
// in headless Chromium against the real demo server. The county
// administrator fenggang sets a campaign of two milestones from the board
// and sees one column per milestone with the statuses the API computes;
// an edit made meanwhile by someone else is refused, then the due day is
// changed with a reason on a 360 px phone. The township administrator heba
// is offered neither button, and designates a village of 何坝街道 its
// demonstration village from the village's page, citing the township's
// decision: the desk list shows it current and the one before as ended on
// that day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync } from 'node:fs';
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
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

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

async function signIn(page, username) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('.node-summary').waitFor({ timeout: TIMEOUT });
}

async function newPage(viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport === PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

async function campaignNamed(name) {
  const q = 'query { campaigns { id name year version milestones { kind title dueOn documentKind } } }';
  return (await graphql(server.base, q, {}, token)).campaigns.find((c) => c.name === name);
}

async function progress(campaignId) {
  const q = `query($c: ID!, $u: ID) { campaignProgress(campaignId: $c, under: $u) {
    townships { township { name } milestones { status } } } }`;
  return (await graphql(server.base, q, { c: campaignId, u: county.id }, token)).campaignProgress;
}

/// One heading per milestone, and every township's chips as the API says.
async function boardMatches(page, campaign) {
  const expected = await progress(campaign.id);
  await page.locator('#campaign-board tbody tr').first().waitFor({ timeout: TIMEOUT });
  const heads = await page.locator('#campaign-board thead th').allInnerTexts();
  assert.equal(heads.length, 1 + campaign.milestones.length, 'the township column, then one per milestone');
  for (const [i, m] of campaign.milestones.entries()) {
    assert.ok(heads[i + 1].includes(m.title) && heads[i + 1].includes(m.dueOn), `column ${i + 1}: ${heads[i + 1]}`);
  }
  assert.equal(await page.locator('#campaign-board tbody tr').count(), expected.townships.length, 'one row per township');
  for (const t of expected.townships) {
    const row = page.locator('#campaign-board tbody tr', { has: page.locator('th', { hasText: t.township.name }) });
    assert.deepEqual(await row.locator('.status-chip').allInnerTexts(), t.milestones.map((m) => STATUS[m.status]),
      `${t.township.name}: the statuses`);
  }
}

test('the county sets a campaign of two milestones, and an edit with a reason moves a due day', async () => {
  const year = String(new Date().getFullYear());
  const name = `${year} 年示范创建专项部署`;
  const desk = await newPage(DESK);
  let phone;
  try {
    const { page } = desk;
    await signIn(page, 'fenggang');
    await page.goto(`${server.base}/node/${county.id}/campaigns`, { timeout: TIMEOUT });
    await page.locator('#campaign-new').click({ timeout: TIMEOUT });
    await page.locator('#campaign-name').fill(name);
    await page.locator('#campaign-year').fill(year);
    await page.locator('#milestone-1-kind').selectOption('DEMONSTRATION_SITES');
    assert.equal(await page.locator('#milestone-1-document-kind').count(), 0, 'only a document milestone names a document kind');
    await page.locator('#milestone-1-title').fill('确定示范村、示范组');
    await page.locator('#milestone-1-due').fill(`${year}-03-31`);
    await page.locator('#milestone-add').click();
    await page.locator('#milestone-2-kind').selectOption('DOCUMENT');
    await page.locator('#milestone-2-kind option', { hasText: '上传文件' }).waitFor({ state: 'attached', timeout: TIMEOUT });
    await page.locator('#milestone-2-document-kind option[value="IMPLEMENTATION_PLAN"]').waitFor({ state: 'attached', timeout: TIMEOUT });
    await page.locator('#milestone-2-document-kind').selectOption('IMPLEMENTATION_PLAN');
    await page.locator('#milestone-2-title').fill('上报实施方案');
    await page.locator('#milestone-2-due').fill(`${year}-06-30`);
    // A third row added and removed again is not sent.
    await page.locator('#milestone-add').click();
    await page.locator('#milestone-3 .milestone-remove').click();
    await page.locator('#campaign-editor button[type="submit"]').click();

    await page.locator('h1', { hasText: name }).waitFor({ timeout: TIMEOUT });
    const created = await campaignNamed(name);
    assert.ok(created, 'the campaign is on the server');
    assert.deepEqual(created.milestones.map((m) => [m.kind, m.dueOn, m.documentKind]),
      [['DEMONSTRATION_SITES', `${year}-03-31`, null], ['DOCUMENT', `${year}-06-30`, 'IMPLEMENTATION_PLAN']]);
    await boardMatches(page, created);

    // Someone else edits it meanwhile: the version this editor read is stale.
    await page.locator('#campaign-edit').click();
    await page.locator('#campaign-reason').waitFor({ timeout: TIMEOUT });
    const input = { name, year: Number(year), milestones: created.milestones.map(({ kind, title, dueOn, documentKind }) => ({ kind, title, dueOn, documentKind })) };
    await graphql(server.base, `mutation($id: ID!, $v: Int!, $i: CampaignInput!) {
      updateCampaign(id: $id, version: $v, reason: "另一台电脑上的修改", input: $i) { version } }`,
    { id: created.id, v: created.version, i: input }, token);
    await page.locator('#campaign-reason').fill('按县政府通知调整');
    await page.locator('#campaign-editor button[type="submit"]').click();
    await page.locator('#campaign-editor .alert', { hasText: '数据已被他人修改' }).waitFor({ timeout: TIMEOUT });
    await page.locator('#campaign-editor button', { hasText: '取消' }).click();
    assert.deepEqual(desk.problems, [], 'the page threw errors');

    // On a phone: the editor fits, and without a reason it asks for one.
    phone = await newPage(PHONE);
    await signIn(phone.page, 'fenggang');
    await phone.page.goto(`${server.base}/node/${county.id}/campaigns`, { timeout: TIMEOUT });
    await phone.page.locator('#campaign-pick').selectOption(created.id, { timeout: TIMEOUT });
    await phone.page.locator('#campaign-edit').click({ timeout: TIMEOUT });
    await phone.page.locator('#milestone-1-due').fill(`${year}-04-15`);
    await phone.page.locator('#campaign-editor button[type="submit"]').click();
    await phone.page.locator('#campaign-editor .field-error', { hasText: '请填写修改原因' }).waitFor({ timeout: TIMEOUT });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the editor is ${overflow}px wider than the phone`);
    await phone.page.screenshot({ path: join(SCREENSHOTS, 'campaign-editor-phone.png'), fullPage: false });
    await phone.page.locator('#campaign-reason').fill('按县政府通知调整');
    await phone.page.locator('#campaign-editor button[type="submit"]').click();
    await phone.page.locator('#campaign-board thead th', { hasText: `${year}-04-15` }).waitFor({ state: 'attached', timeout: TIMEOUT });
    const edited = await campaignNamed(name);
    assert.equal(edited.version, created.version + 2, 'the other edit, then this one');
    assert.deepEqual(edited.milestones.map((m) => m.dueOn), [`${year}-04-15`, `${year}-06-30`]);
    assert.equal(await phone.page.locator('#campaign-board thead th', { hasText: `${year}-03-31` }).count(), 0, 'the old due day is gone');
    assert.deepEqual(phone.problems, [], 'the phone page threw errors');

    await page.reload();
    await page.locator('#campaign-pick').selectOption(created.id, { timeout: TIMEOUT });
    await page.locator('#campaign-board thead th', { hasText: `${year}-04-15` }).waitFor({ timeout: TIMEOUT });
    await boardMatches(page, edited);
  } catch (error) {
    await desk.page.screenshot({ path: join(SCREENSHOTS, 'failed-campaign-edit-1280x800.png'), fullPage: true }).catch(() => {});
    await phone?.page.screenshot({ path: join(SCREENSHOTS, 'failed-campaign-edit-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await desk.context.close();
    await phone?.context.close();
  }
});

test('a township is offered neither a new campaign nor an edit', async () => {
  const { context, page, problems } = await newPage(DESK);
  try {
    const heba = await login(server.base, 'heba', DEMO_PASSWORD);
    const me = (await graphql(server.base, 'query { me { node { id } } }', {}, heba)).me.node;
    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${me.id}/campaigns`, { timeout: TIMEOUT });
    await page.locator('#campaign-board tbody tr').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#campaign-new').count(), 0, 'no 新建工作部署');
    assert.equal(await page.locator('#campaign-edit').count(), 0, 'no 编辑');
    assert.deepEqual(problems, [], 'the page threw errors');
  } finally {
    await context.close();
  }
});

test('a township designates a village its demonstration village and the list shows the one before as ended', async () => {
  const { context, page, problems } = await newPage(DESK);
  try {
    const heba = await login(server.base, 'heba', DEMO_PASSWORD);
    const me = (await graphql(server.base, `query { me { node { id name
      children(first: 50) { nodes { id name level demonstration } } } } }`, {}, heba)).me.node;
    const village = me.children.nodes.find((n) => n.level === 'VILLAGE' && !n.demonstration && n.name !== '凌云村');
    assert.ok(village, `${me.name} has a village that is not its demonstration village`);
    const sites = `query($u: ID, $c: Boolean) { demonstrations(under: $u, current: $c, level: VILLAGE) {
      nodes { since until current node { id name } township { name } documents { title } } } }`;
    const [before] = (await graphql(server.base, sites, { u: me.id, c: true }, heba)).demonstrations.nodes;
    assert.ok(before, `${me.name} has a demonstration village to replace`);

    // The township's decision, uploaded first, as the API asks.
    const title = `关于确定${village.name}为示范村的决定`;
    const qs = new URLSearchParams({ nodeId: me.id, kind: 'DECISION', title });
    const uploaded = await fetch(`${server.base}/api/documents?${qs}`, {
      method: 'POST', headers: { Authorization: `Bearer ${heba}`, 'Content-Type': 'application/pdf' }, body: PDF,
    });
    assert.equal(uploaded.status, 201, await uploaded.text());

    await signIn(page, 'heba');
    await page.goto(`${server.base}/node/${village.id}`, { timeout: TIMEOUT });
    const button = page.locator('#set-demonstration');
    assert.equal(await button.innerText({ timeout: TIMEOUT }), '设为示范村');
    assert.equal(await page.locator('.node-badges .badge-demo').count(), 0, 'not a demonstration village yet');
    await button.click();
    const since = await page.locator('#demo-since').inputValue();
    assert.match(since, /^\d{4}-\d{2}-\d{2}$/, 'the day defaults to today');
    // Back on the current site's day, long closed: the server's refusal, in words.
    await page.locator('#demo-since').fill(before.since);
    await page.locator('.demonstration-card button[type="submit"]').click();
    await page.locator('.demonstration-card .field-error', { hasText: '该月记录已截止，不能补录' })
      .waitFor({ timeout: TIMEOUT });
    await page.locator('#demo-since').fill(since);
    await page.locator('.demo-documents label', { hasText: title }).click();
    await page.locator('.demonstration-card button[type="submit"]').click();
    await page.locator('.node-badges .badge-demo', { hasText: '示范村' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#set-demonstration').count(), 0, 'not offered again to the current site');

    // The desk list, from the township's page.
    await page.goto(`${server.base}/node/${me.id}`, { timeout: TIMEOUT });
    await page.locator('.demonstrations-link').click({ timeout: TIMEOUT });
    const list = page.locator('#demonstrations-list');
    await list.locator('tbody tr').first().waitFor({ timeout: TIMEOUT });
    const rowOf = (name) => list.locator('tbody tr', { has: page.locator('td a', { hasText: name }) });
    const now = (await rowOf(village.name).first().locator('td').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(now.slice(0, 5), [village.name, me.name, '示范村', since, '现行']);
    assert.ok(now[5].includes(title), `the decision is cited: ${now[5]}`);
    const ended = (await rowOf(before.node.name).first().locator('td').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(ended.slice(0, 5), [before.node.name, me.name, '示范村', before.since, since],
      'the one before ended the day the new one began');

    // Filtered to the ended ones, the new village is not listed.
    await page.locator('#demonstrations-kind').selectOption('ENDED');
    await rowOf(village.name).first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await rowOf(before.node.name).first().waitFor({ timeout: TIMEOUT });
    const api = (await graphql(server.base, sites.replace('level: VILLAGE', ''), { u: me.id, c: false }, heba)).demonstrations.nodes;
    assert.equal(await list.locator('tbody tr').count(), api.length, 'the ended sites, as the API lists them');
    await page.screenshot({ path: join(SCREENSHOTS, 'demonstrations-desktop.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-demonstration-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
