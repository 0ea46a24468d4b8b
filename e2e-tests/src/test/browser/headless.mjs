// One way to run a browser check: Debian's chromium, headless, a fresh profile, never a browser
// that playwright downloads. The check fills `seen`; it is printed as one JSON line, with the step
// that failed and a screenshot when something goes wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function runCheck(name, check) {
  const userDataDir = mkdtempSync(join(tmpdir(), `iat-${name}-`));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const seen = {};
  const progress = { step: 'load' };
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await check(page, seen, progress);
    console.log(JSON.stringify(seen));
  } catch (e) {
    console.log(JSON.stringify({ ...seen, step: progress.step, error: String(e) }));
    await context.pages()[0]?.screenshot({ path: join(process.env.SCREENSHOTS, `${name}-failure.png`), fullPage: true })
      .catch(() => {});
    process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
