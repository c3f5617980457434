// Integrity signals (诚信预警) in headless Chromium against the real demo
// server: the county administrator fenggang opens the county's list and
// sees as many open signals as the API counts (never hard-coded), opens
// one kind by its URL and sees only that kind, runs the scan, and
// dismisses a signal with a reason: it leaves the open list and shows
// under dismissed with the reason and his real name. A township
// administrator on a 360 px phone reads its own signals as cards with no
// dismiss button and no scan; a village officer gets neither link nor
// page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, DEMO_PASSWORD } from './server.mjs';
import { login, graphql } from './graphql.mjs';
import { launch, signIn, newPage, SCREENSHOTS, TIMEOUT, PHONE, DESK } from './chromium.mjs';


const SIGNALS = `query($u: ID!, $k: IntegritySignalKind, $s: IntegritySignalStatus, $after: String) {
  integritySignals(under: $u, kind: $k, status: $s, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id kind status allowedActions } } }`;

let server;
let browser;
let token;
let county;

before(async () => {
  server = await startServer();
  browser = await launch();
  token = await login(server.base, 'fenggang', DEMO_PASSWORD);
  county = (await graphql(server.base, 'query { me { node { id name } } }', {}, token)).me.node;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/// Every signal the API lists for `under` with the filters, all pages.
async function signals(as, under, kind, status) {
  const all = [];
  let after = null;
  for (;;) {
    const page = (await graphql(server.base, SIGNALS, { u: under, k: kind, s: status, after }, as)).integritySignals;
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { total: page.totalCount, nodes: all };
    after = page.pageInfo.endCursor;
  }
}

/// Waits for the list, loads every page of it, and answers its rows.
async function allRows(page, total) {
  await page.locator('.list-footer').waitFor({ timeout: TIMEOUT });
  await page.locator('.list-footer', { hasText: `共 ${total} 项` }).waitFor({ timeout: TIMEOUT });
  const rows = page.locator('#integrity-table tbody tr.signal-row');
  for (;;) {
    if ((await rows.count()) >= total) break;
    await page.locator('.load-more').click({ timeout: TIMEOUT });
    await page.waitForFunction((n) => document.querySelectorAll('#integrity-table tr.signal-row').length > n,
      await rows.count(), { timeout: TIMEOUT });
  }
  return rows;
}

test('the county administrator reviews, filters by URL, scans and dismisses a signal', async () => {
  const open = await signals(token, county.id, null, 'OPEN');
  assert.ok(open.total > 0, 'the demo county has open signals');
  const accounts = (await graphql(server.base, 'query { accounts(first: 100) { nodes { username person { name } } } }', {}, token)).accounts.nodes;
  const realName = accounts.find((a) => a.username === 'fenggang')?.person?.name;
  assert.ok(realName, "fenggang's account has its person");
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'fenggang');
    await page.locator('.integrity-link').first().click();
    await page.locator('h1', { hasText: `${county.name} · 诚信预警` }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#integrity-status').inputValue(), 'OPEN', 'open by default');
    const rows = await allRows(page, open.total);
    assert.equal(await rows.count(), open.total, 'as many open signals as the API lists');
    assert.deepEqual(await rows.evaluateAll((rs) => [...new Set(rs.map((r) => r.dataset.status))]), ['OPEN']);
    // Each kind's count is the API's count of that kind.
    const byKind = new Map();
    for (const s of open.nodes) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
    await page.locator('.kind-count-n').first().waitFor({ timeout: TIMEOUT });
    for (const el of await page.locator('.kind-count-n').all()) {
      const kind = await el.getAttribute('data-kind');
      assert.equal(Number((await el.innerText()).trim()), byKind.get(kind) ?? 0, `the count of ${kind}`);
    }
    // Every signal reads as a sentence under its kind's title.
    for (const text of await page.locator('.signal-sentence').allInnerTexts()) assert.ok(text.trim().length > 4, text);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrity-desk.png'), fullPage: false });
    // On paper: the list without the toolbar, the scan or the forms.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#integrity-table').isVisible(), 'the list prints');
    for (const sel of ['#integrity-scan', '#integrity-kind', '.dismiss-open', '.load-more']) {
      assert.equal(await page.locator(sel).first().isVisible().catch(() => false), false, `${sel} does not print`);
    }
    await page.emulateMedia({ media: 'screen' });

    // The scan says what it found; the list reads again.
    await page.locator('#integrity-scan').click();
    const said = (await page.locator('#integrity-scan-result').innerText({ timeout: TIMEOUT })).trim();
    assert.match(said, /^扫描完成：发现 \d+ 条预警，其中新增 \d+ 条。$/);

    // One kind, by its URL: only that kind, as many as the API has.
    // The demo's shared phone (a husband and wife) when it is there.
    const dismissable = open.nodes.filter((s) => s.allowedActions.includes('DISMISS_INTEGRITY_SIGNAL'));
    const target = dismissable.find((s) => s.kind === 'SHARED_PHONE') ?? dismissable[0];
    assert.ok(target, 'fenggang may dismiss an open signal');
    const kind = target.kind;
    const ofKind = await signals(token, county.id, kind, 'OPEN');
    await page.goto(`${server.base}/node/${county.id}/integrity?kind=${kind}`, { timeout: TIMEOUT });
    const kindRows = await allRows(page, ofKind.total);
    assert.equal(await kindRows.count(), ofKind.total);
    assert.deepEqual(await kindRows.evaluateAll((rs) => [...new Set(rs.map((r) => r.dataset.kind))]), [kind]);
    assert.equal(await page.locator('#integrity-kind').inputValue(), kind, 'the filter shows what the URL says');

    // Dismiss one with a reason: gone from the open list…
    const reason = `浏览器测试核实：夫妻共用一部手机 ${Date.now()}`;
    const row = page.locator(`#integrity-table tr[data-id="${target.id}"]`);
    await row.locator('.dismiss-open').click({ timeout: TIMEOUT });
    await row.locator('textarea').fill(reason);
    await row.locator('.dismiss-submit').click();
    await row.waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.locator('.list-footer', { hasText: `共 ${ofKind.total - 1} 项` }).waitFor({ timeout: TIMEOUT });

    // …and under dismissed, with the reason and his real name.
    await page.locator('#integrity-status').selectOption('DISMISSED');
    await page.waitForURL((u) => u.search.includes('status=DISMISSED') && u.search.includes(`kind=${kind}`), { timeout: TIMEOUT });
    const gone = page.locator(`#integrity-table tr[data-id="${target.id}"]`);
    await gone.waitFor({ timeout: TIMEOUT });
    assert.equal(await gone.getAttribute('data-status'), 'DISMISSED');
    assert.equal((await gone.locator('.dismiss-reason').innerText()).trim(), `理由：${reason}`);
    assert.ok((await gone.locator('.dismissed-by').innerText()).includes(realName), 'who dismissed it, by real name');
    assert.equal(await gone.locator('.dismiss-open').count(), 0, 'a dismissed signal offers no dismissal');
    const stored = (await graphql(server.base, 'query($id: ID!) { node(id: $id) { ... on IntegritySignal { status dismissReason dismissedBy } } }',
      { id: target.id }, token)).node;
    assert.deepEqual(stored, { status: 'DISMISSED', dismissReason: reason, dismissedBy: realName });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-integrity-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('a township reads its signals as cards on a phone, without dismissing or scanning', async () => {
  const heba = await login(server.base, 'heba', DEMO_PASSWORD);
  const township = (await graphql(server.base, 'query { me { node { id name } } }', {}, heba)).me.node;
  const open = await signals(heba, township.id, null, 'OPEN');
  // Open or dismissed, whatever the county did before this test.
  const every = await signals(heba, township.id, null, null);
  assert.ok(every.total > 0, "the demo's burst of records in 何坝街道");
  assert.ok(every.nodes.every((s) => !s.allowedActions.includes('DISMISS_INTEGRITY_SIGNAL')), 'the API gives a township no dismissal');
  const { context, page, problems } = await newPage(browser, PHONE);
  try {
    await signIn(server.base, page, 'heba');
    await page.locator('.integrity-link').first().click();
    await page.locator('h1', { hasText: `${township.name} · 诚信预警` }).waitFor({ timeout: TIMEOUT });
    await page.locator('.list-footer', { hasText: `共 ${open.total} 项` }).waitFor({ timeout: TIMEOUT });
    await page.goto(`${server.base}/node/${township.id}/integrity?status=ALL`, { timeout: TIMEOUT });
    const rows = await allRows(page, every.total);
    assert.equal(await rows.count(), every.total);
    assert.equal(await page.locator('.dismiss-open, .dismiss-form').count(), 0, 'no dismiss button');
    assert.equal(await page.locator('#integrity-scan').count(), 0, 'no scan');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    const label = await rows.first().locator('td.signal-evidence').evaluate((el) => getComputedStyle(el, '::before').content);
    assert.ok(label.includes('依据'), 'each cell carries its heading on the card');
    await rows.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'integrity-phone.png'), fullPage: false });
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-integrity-360x740.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});

test('a village officer has no link to the signals and no page', async () => {
  // On the desk: a phone would land the officer on the field screen.
  const { context, page, problems } = await newPage(browser, DESK);
  try {
    await signIn(server.base, page, 'lingyun');
    assert.equal(await page.locator('.integrity-link').count(), 0, 'no link on the node summary');
    const officer = await login(server.base, 'lingyun', DEMO_PASSWORD);
    const village = (await graphql(server.base, 'query { me { node { id } } }', {}, officer)).me.node;
    await page.goto(`${server.base}/node/${village.id}/integrity`, { timeout: TIMEOUT });
    await page.locator('#not-allowed').waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#integrity-table').count(), 0);
    assert.deepEqual(problems, [], 'the page threw errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, 'failed-integrity-officer-1280x800.png'), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
});
