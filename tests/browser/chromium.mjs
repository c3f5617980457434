// What every page test shares: Debian's Chromium (never a downloaded
// browser), the two viewports, signing in through the form, and a page
// that collects the page's own errors.
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO, DEMO_PASSWORD } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = join(REPO, 'tests', 'browser', 'screenshots');
export const TIMEOUT = 30_000;
export const PHONE = { width: 360, height: 740 };
export const DESK = { width: 1280, height: 800 };

/// Headless Chromium, once the web app is built and the screenshot folder exists.
export async function launch() {
  if (!existsSync(join(REPO, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `cargo run -p xtask -- frontend` first');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/// Signs `username` in through the login form and waits for their node's page.
export async function signIn(base, page, username) {
  await page.goto(`${base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#login-submit').click();
  await page.locator('.node-summary').waitFor({ timeout: TIMEOUT });
}

/// A fresh zh-CN context at `viewport` (a phone at PHONE), with the page's
/// errors gathered in `problems`.
export async function newPage(browser, viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport === PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}
