// The dashboard in headless Debian chromium against the running suite, under its own strict
// Content-Security-Policy: first view, figures, the peildatum, planned against actual by month and
// by quarter, motions and commitments (also at the peildatum), a live update after an allocation made through the API, a chart segment's measures
// and their picture, the English switch, and axe-core's WCAG 2.1 AA rules. Every script error and
// console error is counted.
// Usage: GATEWAY_URL=... SCREENSHOTS=dir AS_OF=2026-01-01 ALLOCATION='{"path":..,"token":..,"body":{..}}' node dashboard-check.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCheck } from './headless.mjs';

const gateway = process.env.GATEWAY_URL;
const screenshots = process.env.SCREENSHOTS;
const allocation = JSON.parse(process.env.ALLOCATION);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

await runCheck('dashboard', async (page, seen, progress) => {
  seen.errors = [];
  page.on('pageerror', e => seen.errors.push(`script: ${e}`));
  page.on('console', m => { if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`); });

  await page.goto(`${gateway}/dashboard/`);
  await page.waitForSelector('body[data-ready="true"]');
  seen.firstViewMs = await page.evaluate(() => Math.round(performance.getEntriesByName('iat-first-view')[0].startTime));
  seen.chartsDrawn = await page.locator('.chart canvas').count();
  seen.year = Number(await page.locator('#year').inputValue());
  seen.figures = await figures(page);
  seen.figureTexts = await page.locator('dd[data-figure]').allTextContents();
  seen.seriesChart = await seriesChart(page);
  seen.seriesMonths = await page.locator('#series tbody tr').count();
  seen.seriesLast = await seriesLast(page);
  seen.seriesConfidential = await seriesConfidential(page);
  seen.parliament = await parliament(page);
  if (!seen.parliament.empty) {
    await page.locator('#parliament summary').press('Enter'); // its table, as a keyboard user opens it
    seen.parliament.tableOpened = await page.locator('#parliament details table').isVisible();
  }
  await page.screenshot({ path: join(screenshots, 'dashboard.png'), fullPage: true });

  progress.step = 'peildatum';
  await page.locator('#as-of').fill(process.env.AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  await page.waitForFunction(day => document.body.dataset.asOf?.startsWith(day), process.env.AS_OF);
  seen.asOf = await page.evaluate(() => document.body.dataset.asOf);
  seen.figuresAsOf = await figures(page);
  seen.seriesLastAsOf = await seriesLast(page);
  seen.seriesConfidentialAsOf = await seriesConfidential(page);
  seen.parliamentAsOf = await parliament(page);
  await page.locator('#as-of').fill('');
  await page.locator('#as-of').dispatchEvent('change');
  await page.waitForFunction(() => document.body.dataset.asOf === '');

  progress.step = 'quarters';
  await page.locator('#series-interval').focus();
  await page.keyboard.press('ArrowDown'); // the switch as a keyboard user turns it
  await page.waitForSelector('#series[data-interval="QUARTER"]');
  seen.seriesQuarterChart = await seriesChart(page);
  seen.seriesQuarters = await page.locator('#series tbody tr').count();
  seen.seriesQuarterLast = await seriesLast(page);
  seen.seriesQuarterConfidential = await seriesConfidential(page);

  progress.step = 'live update';
  await page.waitForSelector('body[data-position]');
  const before = (await figures(page)).allocatedCents;
  const started = Date.now();
  const response = await fetch(`${gateway}${allocation.path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${allocation.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(allocation.body),
  });
  seen.allocationStatus = response.status;
  await page.waitForFunction(cents => document.querySelector('dd[data-figure="allocatedCents"]').dataset.cents !== String(cents),
    before, { timeout: 10_000, polling: 20 });
  seen.liveUpdateMs = Date.now() - started;
  seen.allocatedBefore = before;
  seen.allocatedAfter = (await figures(page)).allocatedCents;
  // The series redraws after the year's figures in the same refresh: wait for it too.
  await page.waitForFunction(cents => document.querySelector('#series tbody tr:last-child td[data-figure="allocatedCents"]')
    .dataset.cents !== String(cents), seen.seriesQuarterLast.allocatedCents);
  seen.seriesLastAfter = await seriesLast(page);
  seen.seriesConfidentialAfter = await seriesConfidential(page);

  progress.step = 'measures behind a segment';
  await page.locator('.breakdown[data-dimension="intervention-areas"] summary').click();
  await page.locator('.breakdown[data-dimension="intervention-areas"] tbody button').first().press('Enter');
  await page.waitForSelector('#measures-behind:not([hidden]) li a');
  seen.measuresBehind = await page.locator('#measures-behind li').count();
  await page.locator('#measures-behind li a').first().click();
  await page.waitForSelector('#measure-picture:not([hidden]) dd');
  seen.pictureTitle = await page.locator('#h-measure-picture').textContent();

  progress.step = 'accessibility';
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  seen.axeViolations = axe.violations.map(v => `${v.id}: ${v.help} (${v.nodes.length})`);

  progress.step = 'english';
  await page.locator('#language').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.title.startsWith('Integrated'));
  await page.waitForFunction(() => /€[\d,]+\.\d\d/.test(document.querySelector('dd[data-figure="envelopeCents"]').textContent));
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Updated'));
  seen.englishFigureTexts = await page.locator('dd[data-figure]').allTextContents();
  await page.screenshot({ path: join(screenshots, 'dashboard-en.png'), fullPage: false });
});

/**
 * The motions and commitments section as drawn: its figures, its table by status, the overdue commitments listed,
 * the bars ECharts holds (commitments, motions per status), or its empty state.
 */
async function parliament(page) {
  return page.evaluate(() => {
    const section = document.querySelector('#parliament');
    const chart = section.querySelector('.chart');
    const instance = echarts.getInstanceByDom(chart);
    const visible = el => !el.closest('[hidden]');
    return {
      empty: section.dataset.empty === 'true',
      emptyShown: visible(section.querySelector('p.empty[data-text="parliamentEmpty"]')),
      heading: section.querySelector('h2').textContent,
      counts: Object.fromEntries([...section.querySelectorAll('dd[data-count]')]
        .map(dd => [dd.dataset.count, Number(dd.textContent.replace(/\D/g, ''))])),
      byStatus: Object.fromEntries([...section.querySelectorAll('details tbody tr')].filter(visible)
        .map(tr => [tr.dataset.status, { commitments: Number(tr.cells[1].textContent), motions: Number(tr.cells[2].textContent) }])),
      overdueListed: [...section.querySelectorAll('table[aria-labelledby] tbody tr')].filter(visible).map(tr => tr.dataset.number),
      chartDrawn: visible(chart) && chart.querySelector('canvas') !== null,
      chartSums: visible(chart) && instance ? instance.getOption().series.map(s => s.data.reduce((a, b) => a + b, 0)) : [],
    };
  });
}

async function figures(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('dd[data-figure]')]
    .map(dd => [dd.dataset.figure, Number(dd.dataset.cents)])));
}

/** The last row of the series' table: the cumulative figures at the end of the last period. */
async function seriesLast(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#series tbody tr:last-child td[data-figure]')]
    .map(td => [td.dataset.figure, Number(td.dataset.cents)])));
}

/** The classified money the series shows beside its periods (ADR 0016): none when the reader sees everything. */
async function seriesConfidential(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#series-confidential:not([hidden]) span[data-figure]')]
    .map(span => [span.dataset.figure, Number(span.dataset.cents)])));
}

/** The number of points on each line ECharts holds for the series chart: drawn, and with what. */
async function seriesChart(page) {
  return page.evaluate(() => echarts.getInstanceByDom(document.querySelector('#series .chart')).getOption().series
    .map(s => s.data.length));
}
