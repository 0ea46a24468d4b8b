// The README's "From zero to a call in Swagger UI", in headless Debian chromium against the running
// suite: for each API, pick it in the top bar, Authorize with the bearer token, and "Try it out" on
// a list GET and on a POST with its example body as Swagger UI fills it in.
// Usage: GATEWAY_URL=... BEARER_TOKEN=... SCREENSHOTS=dir CALLS='[{"api":"measures","operations":["listMeasures","registerMeasure"]}]' node swagger-ui-try-it-out.mjs
// Prints one JSON line with what it saw; exits non-zero when a step fails.
import { join } from 'node:path';
import { runCheck } from './headless.mjs';

const gateway = process.env.GATEWAY_URL;
const token = process.env.BEARER_TOKEN;
const screenshots = process.env.SCREENSHOTS;
const calls = JSON.parse(process.env.CALLS);

await runCheck('swagger-ui', async (page, seen, progress) => {
  Object.assign(seen, { apis: [], calls: [], consoleErrors: [] });
  page.on('pageerror', e => seen.consoleErrors.push(String(e)));
  await page.goto(`${gateway}/docs/`);
  const select = page.locator('.topbar select');
  await select.waitFor();
  seen.apis = await select.locator('option').allTextContents();
  for (const { api, operations } of calls) {
    progress.step = `pick ${api}`;
    await select.selectOption({ label: api });
    await page.locator(`.opblock[id$="-${operations[0]}"]`).waitFor();
    progress.step = `authorize ${api}`;
    await authorize(page);
    for (const operationId of operations) {
      progress.step = `try ${api} ${operationId}`;
      seen.calls.push({ api, operationId, ...await tryItOut(page, api, operationId) });
    }
  }
});

async function authorize(page) {
  await page.locator('.scheme-container button.authorize').click();
  const input = page.locator('.modal-ux input');
  if (await input.count() > 0) {
    await input.fill(token);
    await page.locator('.modal-ux button.authorize').click();
  }
  await page.locator('.modal-ux button.btn-done, .modal-ux button.close-modal').first().click();
}

async function tryItOut(page, api, operationId) {
  const block = page.locator(`.opblock[id$="-${operationId}"]`);
  await block.locator('.opblock-summary').first().click();
  const execute = block.locator('button.execute');
  if (await execute.count() === 0) {
    await block.locator('button.try-out__btn').click();
  }
  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().startsWith(`${gateway}/api/`) && r.request().method() !== 'OPTIONS'),
    execute.click(),
  ]);
  const status = block.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor();
  const shown = (await status.textContent()).trim();
  const body = await response.text();
  // The picture a newcomer sees after Execute: the address called and the answer.
  await block.locator('.request-url').first().evaluate(e => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(screenshots, `swagger-ui-${api}-${operationId}.png`) });
  await block.locator('.opblock-summary').first().click();
  return {
    method: response.request().method(),
    url: response.url(),
    status: response.status(),
    shownStatus: shown,
    sentAuthorization: (await response.request().allHeaders())['authorization'] === `Bearer ${token}`,
    itemCount: itemCount(body),
    body: body.slice(0, 2000),
  };
}

function itemCount(body) {
  try {
    return JSON.parse(body).items?.length ?? null;
  } catch {
    return null;
  }
}
