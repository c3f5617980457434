// Sign-in security in headless Chromium: an account whose password someone
// else set sees only the password page until it changes it; an account
// with TOTP on is asked for a code after its password.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';
import { chromium } from 'playwright-core';
import { startServer, REPO, DEMO_PASSWORD } from './server.mjs';
import { graphql, login } from './graphql.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(REPO, 'target', 'screenshots');
const TIMEOUT = 30_000;

let server;
let browser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/// RFC 6238 (SHA-1, 6 digits, 30 s) from a base32 secret, at `at` ms.
function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

async function withPage(name, body) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await body(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    assert.deepEqual(problems, [], 'the page logged errors');
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

async function signIn(page, username, password) {
  await page.goto(`${server.base}/`, { timeout: TIMEOUT });
  await page.locator('#username').fill(username, { timeout: TIMEOUT });
  await page.locator('#password').fill(password);
  await page.locator('#login-submit').click();
}

test('an account with a password set by someone else sees only the password page until it changes it', async () => {
  const heba = await login(server.base, 'heba', DEMO_PASSWORD);
  const found = await graphql(server.base, 'query { nodes(level: VILLAGE, first: 1) { nodes { id name } } }', {}, heba);
  const village = found.nodes.nodes[0];
  await graphql(server.base,
    'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
    { i: { username: 'browser-officer', password: '管理员设的密码-2026', nodeId: village.id,
      role: 'VILLAGE_OFFICER', newPerson: { name: '浏览器测试员', phone: '17600009999' } } }, heba);
  await withPage('must-change-password-360x740', async (page) => {
    await signIn(page, 'browser-officer', '管理员设的密码-2026');
    await page.locator('#current-password').waitFor({ state: 'visible', timeout: TIMEOUT });
    // Any other address shows the password page too.
    await page.goto(`${server.base}/search`, { timeout: TIMEOUT });
    await page.locator('#current-password').waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.locator('#current-password').fill('管理员设的密码-2026');
    await page.locator('#new-password').fill('自己定的密码-2026');
    await page.locator('#confirm-password').fill('自己定的密码-2026');
    await page.locator('form button[type=submit]').first().click();
    await page.locator('.alert-success').waitFor({ state: 'visible', timeout: TIMEOUT });
  });
  const data = await graphql(server.base,
    'mutation { login(username: "browser-officer", password: "自己定的密码-2026") { mustChangePassword } }');
  assert.equal(data.login.mustChangePassword, false);
});

test('with TOTP on, the login page asks for the code after the password', async () => {
  const token = await login(server.base, 'longquan', DEMO_PASSWORD);
  const begun = await graphql(server.base, 'mutation { beginTotpEnrollment { secret } }', {}, token);
  const secret = begun.beginTotpEnrollment.secret;
  await graphql(server.base, 'mutation($c: String!) { confirmTotpEnrollment(code: $c) }', { c: totp(secret) }, token);
  await withPage('second-factor-360x740', async (page) => {
    await signIn(page, 'longquan', DEMO_PASSWORD);
    const code = page.locator('#second-factor-code');
    await code.waitFor({ state: 'visible', timeout: TIMEOUT });
    // The confirming code is spent; the next step's code is accepted.
    await code.fill(totp(secret, Date.now() + 30_000));
    await page.locator('#second-factor-submit').click();
    await page.locator('.node-link').first().waitFor({ state: 'visible', timeout: TIMEOUT });
  });
});
