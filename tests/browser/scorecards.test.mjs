// The township scorecard (考核表) in headless Chromium against the real
// demo server. The county administrator fenggang opens the county's
// ranking for this year (locked by the demo) and sees the ranks and totals
// the API answers (never hard-coded), opens a township's card and sees its
// total and why an item lost points; last year, still open, shows the
// standing as provisional, he scores an item by hand and locks and ranks
// the year. The township administrator longquan reads its own card on a
// 360 px phone, with no lock button and no scoring.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';
import { launch, signIn, newPage, SCREENSHOTS, TIMEOUT, PHONE, DESK } from './chromium.mjs';


const RANKING = `query($c: ID!, $y: Int!) { scorecardRanking(countyId: $c, year: $y) {
  rank total township { id name } parts { key points maxPoints } scorecard { id locked rank } } }`;
const CARD = `query($t: ID!, $y: Int!) { scorecard(townshipId: $t, year: $y) { id total locked rank allowedActions
  parts { key maxPoints points items { key title points maxPoints auto note evidence { finding count of recordIds } } } } }`;

let server;
let browser;
let token;
let county;
let year;

before(async () => {
  server = await startServer();
  browser = await launch();
  token = await login(server.base, 'fenggang', DEMO_PASSWORD);
  county = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
  year = new Date().getFullYear();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function ranking(y, as = token) {
  return (await graphql(server.base, RANKING, { c: county.id, y }, as)).scorecardRanking;
}

async function card(townshipId, y, as = token) {
  return (await graphql(server.base, CARD, { t: townshipId, y }, as)).scorecard;
}

/// The ranking table shows the API's rows in its order, with its ranks,
/// totals and part points.
/// How far the widest cell of `selector` reaches past the phone's edge
/// (a scrolling table would hide it from the page's own width).
async function cutOff(page, selector) {
  return page.locator(selector).evaluateAll((cells) => Math.max(0,
    ...cells.map((c) => c.getBoundingClientRect().right - window.innerWidth)));
}

async function rankingMatches(page, rows) {
  const table = page.locator('#ranking-table tbody tr.ranking-row');
  await table.first().waitFor({ timeout: TIMEOUT });
  assert.equal(await table.count(), rows.length, 'one row per township');
  const shown = await table.evaluateAll((trs) => trs.map((tr) => ({
    id: tr.dataset.township,
    rank: Number(tr.querySelector('.rank-number').innerText.trim()),
    name: tr.querySelector('.ranking-township').innerText.trim(),
    total: Number(tr.querySelector('.ranking-total').innerText.trim()),
    parts: [...tr.querySelectorAll('.part-points')].map((td) => td.innerText.trim()),
  })));
  assert.deepEqual(shown, rows.map((r) => ({
    id: r.township.id,
    rank: r.rank,
    name: r.township.name,
    total: r.total,
    parts: r.parts.map((p) => `${p.points}/${p.maxPoints}`),
  })));
}

/// The card's total, as "85 / 100 分".
function totalText(c) {
  return `${c.total} / ${c.parts.reduce((s, p) => s + p.maxPoints, 0)} 分`;
}

test('the county administrator sees the locked ranking and a township card with why points were lost', async () => {
  const rows = await ranking(year);
  assert.ok(rows.length > 1, 'the demo county has townships');
  assert.ok(rows.every((r) => r.scorecard.locked), "the demo locks this year's cards");
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'fenggang');
    await page.locator('.scorecards-link').click();
    await page.locator('h1', { hasText: `${county.name} · ${year} 年度乡镇考核排名` }).waitFor({ timeout: TIMEOUT });
    await rankingMatches(page, rows);
    assert.equal((await page.locator('#ranking-state').innerText()).trim(), '已锁定');
    assert.equal(await page.locator('.rank-provisional').count(), 0, 'a locked rank is not provisional');
    assert.equal(await page.locator('#lock-scorecards').count(), 0, 'a locked year is not locked again');
    await page.locator('#ranking-average').waitFor({ timeout: TIMEOUT });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }),
      page.locator('#scorecards-excel').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/, 'the 考核表 workbook');
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-ranking-desk.png'), fullPage: false });

    // The township whose card lost the most points opens from its row.
    const last = rows[rows.length - 1];
    const expected = await card(last.township.id, year);
    await page.locator(`tr[data-township="${last.township.id}"] .scorecard-link`).click();
    await page.locator('h1', { hasText: `${last.township.name} · ${year} 年度考核表` }).waitFor({ timeout: TIMEOUT });
    await page.locator('#card-total').waitFor({ timeout: TIMEOUT });
    assert.equal((await page.locator('#card-total').innerText()).trim(), totalText(expected));
    assert.equal((await page.locator('#card-rank').innerText()).trim(), `第 ${expected.rank} 名`);
    assert.equal((await page.locator('#card-state').innerText()).trim(), '已锁定');
    const lost = expected.parts.flatMap((p) => p.items).find((i) => i.points < i.maxPoints && i.auto !== null);
    assert.ok(lost, 'the demo card lost points on an automatic item');
    const row = page.locator(`tr.item-row[data-item="${lost.key}"]`);
    assert.equal((await row.locator('.item-points strong').innerText()).trim(), `${lost.points}/${lost.maxPoints}`);
    assert.equal((await row.locator('.item-lost-points').innerText()).trim(), `扣 ${lost.maxPoints - lost.points} 分`);
    const reason = (await row.locator('.item-finding').innerText()).trim();
    assert.ok(reason && reason !== '符合要求' && reason !== '—', `a reason is given: ${reason}`);
    if (lost.evidence.count > 0) assert.ok(reason.includes(String(lost.evidence.count)), `${reason} names the count`);
    assert.equal((await row.locator('.item-scoring').innerText()).trim(), lost.note === null ? '自动' : '人工调整');
    assert.equal(await page.locator('.score-open').count(), 0, 'a locked card is not scored');
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-card-desk.png'), fullPage: false });
    // Printed: the card without its toolbars, on A4.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.roster-toolbar').isVisible(), false, 'the year picker does not print');
    assert.ok(await page.locator('#card-total').isVisible(), 'the total prints');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    assert.ok(pdf.length > 10_000, 'the card prints');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-scorecards-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('last year stands provisional until the county scores an item and locks and ranks it', async () => {
  const past = year - 1;
  const before = await ranking(past);
  assert.ok(before.every((r) => !r.scorecard.locked), 'the demo leaves last year open');
  const countyNode = (await graphql(server.base, 'query($id: ID!) { gridNode(id: $id) { allowedActions } }',
    { id: county.id }, token)).gridNode;
  assert.ok(countyNode.allowedActions.includes('LOCK_SCORECARDS'));
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'fenggang');
    // A township's card of last year: the item scored by hand.
    const township = before[0].township;
    const open = await card(township.id, past);
    assert.ok(open.allowedActions.includes('SET_SCORECARD_ITEM'));
    // An item scored by hand if the template has one, else an automatic
    // one entered over (the note the form sends is required then).
    const items = open.parts.flatMap((p) => p.items);
    const byHand = items.find((i) => i.auto === null) ?? items.find((i) => i.maxPoints > 1);
    await page.goto(`${server.base}/node/${township.id}/scorecard?year=${past}`, { timeout: TIMEOUT });
    await page.locator('#card-state', { hasText: '未锁定' }).waitFor({ timeout: TIMEOUT });
    assert.equal((await page.locator('#card-rank').innerText()).trim(), '暂列');
    const row = page.locator(`tr.item-row[data-item="${byHand.key}"]`);
    await row.locator('.score-open').click();
    const points = Math.max(0, byHand.maxPoints - 1);
    await page.locator(`#score-note-${byHand.key}`).fill('浏览器测试：按考核细则评分');
    await page.locator(`#score-points-${byHand.key}`).fill(String(byHand.maxPoints + 5));
    await page.locator('.score-form-row button[type="submit"]').click();
    await page.locator('.score-form-row .field-error', { hasText: `0 至 ${byHand.maxPoints}` }).waitFor({ timeout: TIMEOUT });
    await page.locator(`#score-points-${byHand.key}`).fill(String(points));
    await page.locator('.score-form-row button[type="submit"]').click();
    await page.locator('.score-form-row').waitFor({ state: 'detached', timeout: TIMEOUT });
    await row.locator('.item-points strong', { hasText: `${points}/${byHand.maxPoints}` }).waitFor({ timeout: TIMEOUT });
    await row.locator('.note-text', { hasText: '浏览器测试' }).waitFor({ timeout: TIMEOUT });
    const scored = await card(township.id, past);
    assert.equal(scored.parts.flatMap((p) => p.items).find((i) => i.key === byHand.key).points, points);
    assert.equal((await page.locator('#card-total').innerText()).trim(), totalText(scored));

    // The ranking of last year: provisional, then locked.
    await page.goto(`${server.base}/node/${county.id}/scorecards`, { timeout: TIMEOUT });
    await page.locator('#scorecard-year-prev').click();
    await page.locator('h1', { hasText: `${past} 年度乡镇考核排名` }).waitFor({ timeout: TIMEOUT });
    await page.locator('#ranking-state', { hasText: '未锁定' }).waitFor({ timeout: TIMEOUT });
    const provisional = await ranking(past);
    await rankingMatches(page, provisional);
    assert.equal(await page.locator('.rank-provisional').count(), provisional.length, 'every rank reads 暂列');
    await page.locator('#lock-scorecards').click();
    await page.locator('#lock-question', { hasText: `${past} 年度` }).waitFor({ timeout: TIMEOUT });
    await page.locator('#lock-confirm').click();
    await page.locator('#ranking-state', { hasText: '已锁定' }).waitFor({ timeout: TIMEOUT });
    const locked = await ranking(past);
    assert.ok(locked.every((r) => r.scorecard.locked && r.scorecard.rank === r.rank));
    await rankingMatches(page, locked);
    assert.equal(await page.locator('#lock-scorecards').count(), 0, 'no second lock');
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-scorecards-lock-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('the township administrator reads its own card on a 360 px phone, without lock or scoring', async () => {
  const own = await login(server.base, 'longquan', DEMO_PASSWORD);
  const me = (await graphql(server.base, 'query { me { node { id name } } }', {}, own)).me.node;
  const expected = await card(me.id, year, own);
  assert.ok(!expected.allowedActions.includes('SET_SCORECARD_ITEM'));
  const { context, page, problems } = await newPage(browser, PHONE);
  try {
    await signIn(server.base, page, 'longquan');
    assert.equal(await page.locator('.scorecards-link').count(), 0, 'a township has no ranking link');
    await page.locator('.scorecard-link').click();
    await page.locator('h1', { hasText: `${me.name} · ${year} 年度考核表` }).waitFor({ timeout: TIMEOUT });
    await page.locator('#card-total').waitFor({ timeout: TIMEOUT });
    assert.equal((await page.locator('#card-total').innerText()).trim(), totalText(expected));
    assert.equal(await page.locator('#lock-scorecards, .score-open').count(), 0, 'no lock, no scoring');
    const items = expected.parts.flatMap((p) => p.items);
    assert.equal(await page.locator('tr.item-row').count(), items.length, 'every item shows');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    assert.ok(await cutOff(page, 'tr.item-row td') <= 1, 'no item cell is cut off');
    const cell = page.locator('tr.item-row td.item-reason').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.ok(label.includes('扣分原因'), 'each cell carries its heading on the card');
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-card-phone.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-scorecards-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('the county ranking on a 360 px phone is one card per township, nothing cut off', async () => {
  const rows = await ranking(year);
  const { context, page, problems } = await newPage(browser, PHONE);
  try {
    await signIn(server.base, page, 'fenggang');
    await page.goto(`${server.base}/node/${county.id}/scorecards`, { timeout: TIMEOUT });
    await rankingMatches(page, rows);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    assert.ok(await cutOff(page, '#ranking-table td, #ranking-table th') <= 1, 'no ranking cell is cut off');
    const display = await page.locator('#ranking-table tbody tr').first().evaluate((el) => getComputedStyle(el).display);
    assert.equal(display, 'block', 'a row is a card');
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-ranking-phone.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-scorecards-ranking-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
