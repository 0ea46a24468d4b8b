// Loads the dashboard RUNS times in a fresh page each and prints the time to the fully drawn first
// view (the page's own performance mark, set when every chart and table of the first view is drawn).
import { runCheck } from './headless.mjs';

const runs = Number(process.env.RUNS ?? 10);
await runCheck('first-view', async (page, seen) => {
  seen.firstViewMs = [];
  for (let i = 0; i < runs; i++) {
    const fresh = await page.context().newPage();
    await fresh.goto(`${process.env.GATEWAY_URL}/dashboard/`);
    await fresh.waitForSelector('body[data-ready="true"]');
    seen.firstViewMs.push(Math.round(await fresh.evaluate(() => performance.getEntriesByName('iat-first-view')[0].startTime)));
    await fresh.close();
  }
  const sorted = [...seen.firstViewMs].sort((a, b) => a - b);
  seen.min = sorted[0];
  seen.median = sorted[Math.floor(sorted.length / 2)];
  seen.max = sorted[sorted.length - 1];
});
