// Subsidies and payrolls in headless Chromium against the real demo
// server: the county administrator fenggang opens the county's ledger for
// this year and sees the totals the API sums (never hard-coded), opens
// 龙泉街道's draft payroll (prepared by longquan) and approves it, the one
// step its allowedActions gives him; the city's read-only viewer on a
// 360 px phone sees the ledger as cards and a payroll with no buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';
import { launch, signIn, newPage, SCREENSHOTS, TIMEOUT, PHONE, DESK } from './chromium.mjs';


let server;
let browser;
let token;
let county;
let year;
let ledger;
let payrolls;

/// "¥1,200.00" from fen, as the page writes it.
function yuan(fen) {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

before(async () => {
  server = await startServer();
  browser = await launch();
  token = await login(server.base, 'fenggang', DEMO_PASSWORD);
  county = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
  year = new Date().getFullYear();
  ledger = (await graphql(server.base, `query($n: ID!, $y: Int!) { subsidyLedger(nodeId: $n, year: $y) {
    rows { personName } totals { posts exemptPosts netFen countyBudgetFen povertyAlleviationFundFen } } }`,
  { n: county.id, y: year }, token)).subsidyLedger;
  payrolls = (await graphql(server.base, `query($y: Int) { payrolls(year: $y, first: 20) { nodes {
    id status totalFen preparedBy allowedActions payer { name } } } }`, { y: year }, token)).payrolls.nodes;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function totalsMatch(page) {
  await page.locator('#total-net').waitFor({ timeout: TIMEOUT });
  const t = ledger.totals;
  assert.equal((await page.locator('#total-net').innerText()).trim(), yuan(t.netFen));
  assert.equal((await page.locator('#total-county').innerText()).trim(), yuan(t.countyBudgetFen));
  assert.equal((await page.locator('#total-poverty').innerText()).trim(), yuan(t.povertyAlleviationFundFen));
  assert.equal((await page.locator('#total-posts').innerText()).trim(), `${t.posts} 个岗位，免发 ${t.exemptPosts} 个`);
  assert.equal(await page.locator('#ledger-table tbody tr').count(), ledger.rows.length, 'one row per post');
}

test('the county administrator sees the ledger totals and approves a draft payroll', async () => {
  const draft = payrolls.find((p) => p.payer.name === '龙泉街道' && p.status === 'DRAFT');
  assert.ok(draft, "the demo's draft for 龙泉街道");
  assert.ok(draft.allowedActions.includes('APPROVE_PAYROLL'), 'fenggang approves it (the level above)');
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'fenggang');
    await page.locator('.subsidies-link').first().click();
    await page.locator('h1', { hasText: `${county.name} · ${year} 年度补贴台账` }).waitFor({ timeout: TIMEOUT });
    await totalsMatch(page);
    assert.ok(ledger.totals.exemptPosts > 0, 'the demo has exempt communities');
    await page.locator('#ledger-table .ledger-exempt', { hasText: '城市社区' }).first().waitFor({ timeout: TIMEOUT });
    await page.locator('#ledger-table .ledger-fund', { hasText: '县级财政' }).first().waitFor({ timeout: TIMEOUT });
    const row = page.locator(`#payrolls-table tr[data-id="${draft.id}"]`);
    await row.waitFor({ timeout: TIMEOUT });
    assert.equal((await row.locator('.payroll-status').innerText()).trim(), '编制中');
    assert.equal((await row.locator('.payroll-total').innerText()).trim(), yuan(draft.totalFen));
    await page.screenshot({ path: join(SCREENSHOTS, 'subsidies-desktop.png'), fullPage: false });

    await row.locator('.payroll-link').click();
    await page.locator('#payroll-status', { hasText: '编制中' }).waitFor({ timeout: TIMEOUT });
    assert.equal((await page.locator('#payroll-total').innerText()).trim(), yuan(draft.totalFen));
    assert.ok((await page.locator('#payroll-prepared').innerText()).includes(draft.preparedBy));
    assert.deepEqual(await page.locator('.payroll-actions button[id^="payroll-"]').evaluateAll((bs) => bs.map((b) => b.id)),
      ['payroll-approve', 'payroll-adjust'].filter((id) => draft.allowedActions.includes(id === 'payroll-approve' ? 'APPROVE_PAYROLL' : 'ADJUST_PAYROLL')),
      'only the buttons allowedActions gives');
    await page.locator('#payroll-approve').click();
    await page.locator('#payroll-step-submit').click();
    await page.locator('#payroll-status', { hasText: '已审核' }).waitFor({ timeout: TIMEOUT });
    assert.notEqual((await page.locator('#payroll-approved').innerText()).trim(), '尚未');
    await page.screenshot({ path: join(SCREENSHOTS, 'payroll-desktop.png'), fullPage: false });
    const after = (await graphql(server.base, 'query($id: ID!) { node(id: $id) { ... on Payroll { status approvedBy } } }',
      { id: draft.id }, token)).node;
    assert.equal(after.status, 'APPROVED');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-subsidies-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('a viewer on a 360 px phone sees the ledger as cards and a payroll without buttons', async () => {
  const { context, page, problems } = await newPage(browser, PHONE);
  try {
    await signIn(server.base, page, 'zunyi');
    await page.goto(`${server.base}/node/${county.id}/subsidies`, { timeout: TIMEOUT });
    await totalsMatch(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    const cell = page.locator('#ledger-table tbody td.ledger-net').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.ok(label.includes('应发金额'), 'each amount carries its heading on the card');
    await page.screenshot({ path: join(SCREENSHOTS, 'subsidies-phone.png'), fullPage: false });

    const open = payrolls.find((p) => p.status !== 'PAID') ?? payrolls[0];
    await page.goto(`${server.base}/payroll/${open.id}`, { timeout: TIMEOUT });
    await page.locator('#payroll-status').waitFor({ timeout: TIMEOUT });
    await page.locator('#payroll-lines tbody tr').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('.payroll-actions').count(), 0, 'a viewer gets no steps');
    assert.equal(await page.locator('#payroll-approve, #payroll-pay, #payroll-adjust').count(), 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'payroll-phone.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-subsidies-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
