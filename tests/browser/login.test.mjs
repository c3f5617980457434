// The web app in headless Chromium: a township administrator logs in, opens
// 凌云村 and sees its safety officer, on a phone and on a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { login, officerOf } from './graphql.mjs';

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
const SCREENSHOTS = join(REPO, 'target', 'screenshots');
const TIMEOUT = 30_000;

let server;
let browser;
let officer;

before(async () => {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  officer = await officerOf(server.base, await login(server.base, 'heba', DEMO_PASSWORD), '凌云村');
  // Playwright gives the browser a throw-away profile of its own.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function hebaOpensLingyun(width, height) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(`${server.base}/`, { timeout: TIMEOUT });
    await page.locator('#username').fill('heba', { timeout: TIMEOUT });
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#login-submit').click();

    const link = page.locator('.node-link', { hasText: '凌云村' }).first();
    await link.waitFor({ state: 'visible', timeout: TIMEOUT });
    await link.click();

    const row = page.locator('.appointment', { hasText: officer }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    assert.match(await row.innerText(), new RegExp(officer));

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than the ${width}px window`);

    await page.screenshot({ path: join(SCREENSHOTS, `lingyun-${width}x${height}.png`), fullPage: true });
    assert.deepEqual(problems, [], 'the page logged errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, `failed-${width}x${height}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

test('heba logs in, opens 凌云村 and sees its officer on a 360×740 phone', async () => {
  await hebaOpensLingyun(360, 740);
});

test('heba logs in, opens 凌云村 and sees its officer on a 1280×800 desktop', async () => {
  await hebaOpensLingyun(1280, 800);
});
