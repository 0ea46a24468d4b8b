// Opens Swagger UI at the gateway in headless Debian chromium, checks that the three APIs are
// listed, authorizes with a bearer token and runs "Try it out" through the gateway.
// Usage: GATEWAY_URL=http://localhost:8080 BEARER_TOKEN=... node swagger-ui-check.mjs
// Prints one JSON line with what it saw; exits non-zero when a step fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const gateway = process.env.GATEWAY_URL;
const token = process.env.BEARER_TOKEN;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 20_000;

const userDataDir = mkdtempSync(join(tmpdir(), 'iat-swagger-ui-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const seen = {};
try {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  // For the report when a step fails: what the page fetched.
  seen.fetched = [];
  page.on('response', r => seen.fetched.push(`${r.status()} ${r.request().method()} ${r.url()}`));
  seen.step = 'load';
  await page.goto(`${gateway}/docs/`);

  // The top bar offers the three documents to choose from.
  const select = page.locator('.topbar select');
  await select.waitFor();
  seen.apis = await select.locator('option').allTextContents();

  await page.locator('.information-container .title').filter({ hasText: 'IAT measures API' }).waitFor();
  seen.title = (await page.locator('.information-container .title').textContent()).trim();

  // Authorize with the bearer token.
  seen.step = 'authorize';
  await page.locator('.scheme-container button.authorize').click();
  await page.locator('.modal-ux input').fill(token);
  await page.locator('.modal-ux button.authorize').click();
  await page.locator('.modal-ux button.btn-done').click();

  // Try it out: the call goes through the gateway to the (faithful) service.
  seen.step = 'try it out';
  await page.locator('.opblock-summary').first().click();
  // The gateway enables Try it out by default; click it only when it is not on yet.
  await page.locator('button.try-out__btn').waitFor();
  if (await page.locator('button.execute').count() === 0) {
    await page.locator('button.try-out__btn').click();
  }
  seen.step = 'execute';
  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes('/api/measures/v1/things')),
    page.locator('button.execute').click(),
  ]);
  seen.tryItOutUrl = response.url();
  seen.tryItOutStatus = response.status();
  seen.sentAuthorization = (await response.request().allHeaders())['authorization'] === `Bearer ${token}`;
  await page.locator('.live-responses-table tbody .response-col_status').first().waitFor();
  seen.shownStatus = (await page.locator('.live-responses-table tbody .response-col_status').first().textContent()).trim();
  delete seen.fetched;
  delete seen.step;
  console.log(JSON.stringify(seen));
} catch (e) {
  console.log(JSON.stringify({ ...seen, error: String(e) }));
  await context.pages()[0]?.screenshot({ path: 'failure.png' }).catch(() => {});
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
