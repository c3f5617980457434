// Officer assessments (考核) in headless Chromium against the real demo
// server. The township administrator longquan (龙泉街道) opens last year's
// assessments and sees the names and totals the API returns (never
// hard-coded), opens one; then, on a 360 px phone, starts this year's
// assessment of a post that has none (chosen through the API), changes
// an item's points with a note, sees the total follow, and submits it;
// approving is for the level above, so the township is not offered it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';
import { launch, signIn, newPage, SCREENSHOTS, TIMEOUT, PHONE, DESK } from './chromium.mjs';


let server;
let browser;
let token;
let township;
let rules;

const LIST = `query($u: ID!, $p: String) { assessments(under: $u, period: $p, first: 100) {
  totalCount nodes { id personName total maxTotal status appointment { id } } } }`;
const ONE = `query($id: ID!) { node(id: $id) { ... on Assessment {
  id status total maxTotal allowedActions items { key maxPoints points auto } } } }`;

before(async () => {
  server = await startServer();
  browser = await launch();
  token = await login(server.base, 'longquan', DEMO_PASSWORD);
  township = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
  rules = (await graphql(server.base, 'query($n: ID!) { assessmentRules(nodeId: $n) { role periodKind } }',
    { n: township.id }, token)).assessmentRules.find((r) => r.role === 'VILLAGE_OFFICER');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/// This year's period and last year's, as the rules assess (by year in
/// the demo; by month the last full month and the same month a year back).
function periods() {
  const now = new Date();
  const year = now.getFullYear();
  if (rules.periodKind === 'YEAR') return { current: String(year), last: String(year - 1), stepsBack: 1 };
  const month = now.getMonth(); // the last full month, 1-based
  const [y, m] = month === 0 ? [year - 1, 12] : [year, month];
  const mm = String(m).padStart(2, '0');
  return { current: `${y}-${mm}`, last: `${y - 1}-${mm}`, stepsBack: 12 };
}

test('the township sees last year\'s assessments as the API lists them and opens one', async () => {
  const { current, last, stepsBack } = periods();
  const expected = (await graphql(server.base, LIST, { u: township.id, p: last }, token)).assessments;
  assert.ok(expected.totalCount > 0, `the demo has assessments of ${last} under ${township.name}`);
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'longquan');
    await page.locator('.node-summary .assessments-link').click();
    await page.locator('h1', { hasText: `${township.name} · ${current} 考核` }).waitFor({ timeout: TIMEOUT });
    for (let i = 0; i < stepsBack; i += 1) await page.locator('#assessment-period-prev').click();
    await page.locator('h1', { hasText: `${township.name} · ${last} 考核` }).waitFor({ timeout: TIMEOUT });
    const rows = page.locator('#assessments-table tbody tr');
    await rows.first().waitFor({ timeout: TIMEOUT });
    assert.equal(await rows.count(), expected.nodes.length, 'one row per assessment');
    for (const a of expected.nodes) {
      const row = page.locator(`#assessments-table tr[data-id="${a.id}"]`);
      assert.equal((await row.locator('.assessment-link').innerText()).trim(), a.personName);
      assert.equal((await row.locator('.assessment-total').innerText()).trim(), `${a.total} / ${a.maxTotal}`);
    }
    // The status filter keeps only that status.
    const approved = expected.nodes.filter((a) => a.status === 'APPROVED');
    await page.locator('#assessment-status').selectOption('APPROVED');
    await page.waitForFunction((n) => document.querySelectorAll('#assessments-table tbody tr').length === n,
      approved.length, { timeout: TIMEOUT });
    await page.locator('#assessment-status').selectOption('');
    await page.waitForFunction((n) => document.querySelectorAll('#assessments-table tbody tr').length === n,
      expected.nodes.length, { timeout: TIMEOUT });
    await page.screenshot({ path: join(SCREENSHOTS, 'assessment-list-desk.png'), fullPage: false });

    const first = expected.nodes[0];
    await page.locator(`#assessments-table tr[data-id="${first.id}"] .assessment-link`).click();
    await page.locator('#assessment-person', { hasText: first.personName }).waitFor({ timeout: TIMEOUT });
    assert.equal((await page.locator('#assessment-total').innerText()).trim(), `${first.total} / ${first.maxTotal}`);
    assert.equal((await page.locator('#assessment-period').innerText()).trim(), last);
    const one = (await graphql(server.base, ONE, { id: first.id }, token)).node;
    assert.equal(await page.locator('.assessment-item').count(), one.items.length, 'a card per item');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-assessments-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('on a phone the township starts an assessment, changes an item with a note and submits it', async () => {
  const { current } = periods();
  const posts = (await graphql(server.base, `query($u: ID) { appointments(under: $u, role: VILLAGE_OFFICER, first: 100) {
    nodes { id allowedActions person { name } } } }`, { u: township.id }, token)).appointments.nodes;
  const started = (await graphql(server.base, LIST, { u: township.id, p: current }, token)).assessments.nodes
    .map((a) => a.appointment?.id);
  const post = posts.find((p) => p.allowedActions.includes('START_ASSESSMENT') && !started.includes(p.id));
  assert.ok(post, `a post of ${township.name} without an assessment for ${current}`);
  const { context, page, problems } = await newPage(browser, PHONE);
  try {
    await signIn(server.base, page, 'longquan');
    await page.goto(`${server.base}/node/${township.id}/assessments`, { timeout: TIMEOUT });
    const start = page.locator(`#posts-to-assess tr[data-appointment="${post.id}"] .assessment-start`);
    await start.click({ timeout: TIMEOUT });
    await page.waitForURL(/\/assessment\//, { timeout: TIMEOUT });
    await page.locator('#assessment-status', { hasText: '草稿' }).waitFor({ timeout: TIMEOUT });
    await page.locator('#assessment-person', { hasText: post.person.name }).waitFor({ timeout: TIMEOUT });
    const id = page.url().split('/assessment/')[1];
    let made = (await graphql(server.base, ONE, { id }, token)).node;
    assert.ok(made.allowedActions.includes('SCORE_ASSESSMENT'));
    assert.equal((await page.locator('#assessment-total').innerText()).trim(), `${made.total} / ${made.maxTotal}`);

    // An item the records scored, changed by hand: one point less (or more at 0).
    const item = made.items.find((i) => i.auto);
    const points = item.points > 0 ? item.points - 1 : 1;
    await page.locator(`#item-edit-${item.key}`).click();
    await page.locator(`#item-points-input-${item.key}`).fill(String(points));
    await page.locator(`#item-save-${item.key}`).click();
    // Without a note nothing is saved: the note is required.
    assert.ok(await page.locator(`#item-note-${item.key}`).isVisible(), 'the form stays open');
    assert.equal((await graphql(server.base, ONE, { id }, token)).node.total, made.total);
    await page.locator(`#item-note-${item.key}`).fill('现场核实，检查记录有一次不符');
    await page.locator(`#item-save-${item.key}`).click();
    const total = made.total - item.points + points;
    await page.locator('#assessment-total', { hasText: `${total} / ${made.maxTotal}` }).waitFor({ timeout: TIMEOUT });
    assert.equal((await page.locator(`#item-points-${item.key}`).innerText()).trim(), `${points} / ${item.maxPoints}`);

    // The manual items need their points before the form can be submitted.
    for (const manual of made.items.filter((i) => !i.auto)) {
      await page.locator(`#item-edit-${manual.key}`).click();
      await page.locator(`#item-points-input-${manual.key}`).fill(String(manual.maxPoints));
      await page.locator(`#item-note-${manual.key}`).fill('职责履行到位');
      await page.locator(`#item-save-${manual.key}`).click();
      await page.locator(`#item-points-${manual.key}`, { hasText: `${manual.maxPoints} / ${manual.maxPoints}` })
        .waitFor({ timeout: TIMEOUT });
    }
    made = (await graphql(server.base, ONE, { id }, token)).node;
    assert.equal((await page.locator('#assessment-total').innerText()).trim(), `${made.total} / ${made.maxTotal}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    const edit = await page.locator(`#item-edit-${item.key}`).boundingBox();
    assert.ok(edit.height >= 44, `the edit button is ${edit.height}px high`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'assessment-form-phone.png'), fullPage: false });

    await page.locator('#assessment-submit').click();
    await page.locator('#assessment-status', { hasText: '已提交' }).waitFor({ timeout: TIMEOUT });
    const after = (await graphql(server.base, ONE, { id }, token)).node;
    assert.equal(after.status, 'SUBMITTED');
    // The township assessed it: approving is the county's.
    assert.ok(!after.allowedActions.includes('APPROVE_ASSESSMENT'));
    assert.equal(await page.locator('#assessment-approve').count(), 0, 'no approve button for the assessor');
    assert.equal(await page.locator('.item-edit').count(), 0, 'a submitted form is not scored');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-assessments-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('the county approves a submitted assessment and the township corrects an approved one as a new version', async () => {
  const { last } = periods();
  const county = await login(server.base, 'fenggang', DEMO_PASSWORD);
  const countyNode = (await graphql(server.base, 'query { me { node { id name } } }', {}, county)).me.node;
  const listed = (await graphql(server.base, `query($u: ID!, $p: String) { assessments(under: $u, period: $p, first: 100) {
    nodes { id personName status allowedActions } } }`, { u: township.id, p: last }, county)).assessments.nodes;
  const submitted = listed.find((a) => a.status === 'SUBMITTED' && a.allowedActions.includes('APPROVE_ASSESSMENT'));
  assert.ok(submitted, `a submitted assessment of ${last} the county approves`);
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'fenggang');
    // The county reads: no posts to start at its own node.
    await page.locator('.node-summary .assessments-link').click();
    await page.locator('h1', { hasText: `${countyNode.name} · ` }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#posts-to-assess').count(), 0, 'the county starts no assessment here');
    await page.goto(`${server.base}/assessment/${submitted.id}`, { timeout: TIMEOUT });
    await page.locator('#assessment-status', { hasText: '已提交' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#assessment-submit, #assessment-revise, .item-edit').count(), 0);
    await page.locator('#assessment-approve').click();
    await page.locator('#assessment-status', { hasText: '已审核' }).waitFor({ timeout: TIMEOUT });
    assert.notEqual((await page.locator('#assessment-approved-by').innerText()).trim(), '尚未');
    await context.close();

    // The township corrects it: a new draft version with the reason.
    const desk = await newPage(browser, DESK);
    const p2 = desk.page;
    try {
      await signIn(server.base, p2, 'longquan');
      await p2.goto(`${server.base}/assessment/${submitted.id}`, { timeout: TIMEOUT });
      await p2.locator('#assessment-status', { hasText: '已审核' }).waitFor({ timeout: TIMEOUT });
      await p2.locator('#assessment-revise').click();
      await p2.locator('#assessment-revise-reason').fill('补充核实后更正检查频次');
      await p2.locator('#assessment-revise-submit').click();
      await p2.waitForURL((url) => url.pathname.startsWith('/assessment/') && !url.pathname.endsWith(submitted.id),
        { timeout: TIMEOUT });
      await p2.locator('#assessment-status', { hasText: '草稿' }).waitFor({ timeout: TIMEOUT });
      assert.equal((await p2.locator('#assessment-version').innerText()).trim(), '第 2 版');
      assert.ok((await p2.locator('#assessment-reason').innerText()).includes('补充核实后更正检查频次'));
      const old = (await graphql(server.base, 'query($id: ID!) { node(id: $id) { ... on Assessment { superseded } } }',
        { id: submitted.id }, token)).node;
      assert.equal(old.superseded, true, 'the approved version is kept, superseded');
      assert.deepEqual(desk.problems, [], 'the page threw errors');
    } finally {
      await desk.context.close();
    }
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-assessments-approve-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close().catch(() => {});
  }
});
