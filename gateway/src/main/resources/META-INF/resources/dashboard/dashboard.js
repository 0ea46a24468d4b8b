// The IAT dashboard: the public report endpoints (and reference data) through the gateway, with a
// bearer token, drawn with ECharts under a strict Content-Security-Policy. Every chart has a table
// beside it; every figure carries its exact cents in data-cents.
import { TEXTS, STATUSES, PARLIAMENT_STATUSES } from './texts.js';

const REPORTS = '/api/reports/v1';
const MEASURES = '/api/measures/v1';
const FIGURES = ['envelopeCents', 'linedCents', 'allocatedCents', 'committedCents', 'spentCents', 'freeCents'];
const MONEY = ['allocatedCents', 'committedCents', 'spentCents'];
const SERIES_LINES = [{ key: 'allocatedCents', text: 'planned' }, { key: 'committedCents', text: 'committedCents' },
  { key: 'spentCents', text: 'actual' }];

const state = { language: 'nl', token: null, year: null, asOf: null, interval: 'MONTH', compare: '', position: -1, charts: new Map(), labels: {} };
const $ = selector => document.querySelector(selector);

const text = key => TEXTS[state.language][key] ?? key;
const locale = () => (state.language === 'nl' ? 'nl-NL' : 'en-GB');
const euros = cents => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
const date = iso => (iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso)) : '');

async function api(path, options = {}) {
  const response = await fetch(path, {
    cache: 'no-cache', // revalidate with the ETag: unchanged figures cost a 304
    headers: { Authorization: `Bearer ${state.token}`, Accept: 'application/json', 'Accept-Language': state.language },
    ...options,
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.json();
}

function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '').forEach(([k, v]) => search.set(k, v));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The end of the peildatum in Europe/Amsterdam, as progress reports use it: asOf is business time (ADR 0304). */
function endOfDay(day) {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(noon).find(p => p.type === 'timeZoneName').value;
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${day}T23:59:59.999${offset}`;
}

async function obtainToken() {
  const remembered = sessionStorage.getItem('iat.token');
  if (remembered) {
    return remembered;
  }
  // Local run: the gateway hands out development tokens. Production: the identity provider's token.
  const response = await fetch('/dev/tokens?role=viewer', { cache: 'no-store' });
  if (response.ok) {
    return (await response.json()).accessToken;
  }
  $('#sign-in').hidden = false;
  return new Promise(resolve => $('#sign-in').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem('iat.token', $('#token').value.trim());
    $('#sign-in').hidden = true;
    resolve($('#token').value.trim());
  }, { once: true }));
}

function applyTexts() {
  document.documentElement.lang = state.language;
  document.title = text('title');
  document.querySelectorAll('[data-text]').forEach(el => { el.textContent = text(el.dataset.text); });
  $('#language').textContent = state.language === 'nl' ? 'English' : 'Nederlands';
  $('#language').lang = state.language === 'nl' ? 'en' : 'nl';
}

function chart(container, option, onSelect) {
  let instance = state.charts.get(container);
  if (!instance) {
    instance = echarts.init(container, null, { renderer: 'canvas' });
    state.charts.set(container, instance);
    instance.on('click', params => container.onSelect?.(params.dataIndex));
  }
  container.onSelect = onSelect;
  instance.setOption({ animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, ...option }, true);
}

function fillTable(table, headers, rows) {
  table.querySelector('thead').replaceChildren(row(headers.map(h => cell('th', h.label, h.money, 'col'))));
  table.querySelector('tbody').replaceChildren(...rows.map(values => row(values.map((v, i) =>
    v instanceof Node ? wrap(v) : cell('td', headers[i].money ? euros(v) : v, headers[i].money, null, headers[i].money ? v : null,
      headers[i].figure)))));
}

function row(cells) {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function cell(tag, content, money, scope, cents, figure) {
  const el = document.createElement(tag);
  el.textContent = content ?? '';
  if (money) el.className = 'money';
  if (scope) el.scope = scope;
  if (cents !== null && cents !== undefined) el.dataset.cents = cents;
  if (figure) el.dataset.figure = figure;
  return el;
}

function wrap(node) {
  const td = document.createElement('td');
  td.append(node);
  return td;
}

function button(label, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', action);
  return b;
}

function moneySeries() {
  return MONEY.map(key => ({ key, label: text(key) }));
}

/** A figure as a term and its amount, the exact cents in data-cents. */
function figure(key, label, cents) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = euros(cents);
  dd.dataset.figure = key;
  dd.dataset.cents = cents;
  return [dt, dd];
}

/** Whether the reader's clearance left classified money out of the rows (ADR 0016): the totals carry it as one figure. */
function hidesMoney(confidential) {
  return confidential && (confidential.withheld || MONEY.some(key => confidential.amounts[key] !== 0));
}

async function renderOverview(overview) {
  const figures = FIGURES.flatMap(key => figure(key, text(key), overview[key]));
  if (hidesMoney(overview.confidential)) {
    figures.push(...figure('confidentialAllocatedCents', text('confidentialAllocated'),
      overview.confidential.amounts.allocatedCents));
  }
  $('#year-figures').replaceChildren(...figures);
  $('#confidential-withheld').hidden = !overview.confidential?.withheld;
  const statuses = overview.measuresByStatus;
  const section = $('#statuses');
  chart(section.querySelector('.chart'), {
    xAxis: { type: 'category', data: STATUSES.map(s => text(s)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: STATUSES.map(s => statuses[s]), name: text('measures') }],
  });
  section.querySelector('.chart').setAttribute('aria-label', `${text('byStatus')}: ${STATUSES.map(s => `${text(s)} ${statuses[s]}`).join(', ')}`);
  fillTable(section.querySelector('table'), [{ label: text('status') }, { label: text('measures') }],
    STATUSES.map(s => [text(s), statuses[s]]));
}

async function renderBreakdown(section, params) {
  const breakdown = await api(`${REPORTS}/breakdowns/${section.dataset.dimension}${query({ ...params, pageSize: 100 })}`);
  const rows = breakdown.groups.items;
  const label = r => state.labels[section.dataset.dimension]?.[r.groupKey] ?? TEXTS[state.language][r.groupKey] ?? r.label ?? r.groupKey;
  const show = index => showMeasuresBehind(section, rows[index], label(rows[index]));
  chart(section.querySelector('.chart'), {
    legend: { top: 0 },
    grid: { left: 90, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: rows.map(label), axisLabel: { rotate: 20 } },
    yAxis: { type: 'value', axisLabel: { formatter: v => euros(v * 100) } },
    series: moneySeries().map(m => ({ type: 'bar', name: m.label, data: rows.map(r => r[m.key] / 100) })),
  }, show);
  section.querySelector('.chart').setAttribute('aria-label', `${section.querySelector('h2').textContent}: `
    + rows.map(r => `${label(r)} ${euros(r.allocatedCents)}`).join(', '));
  fillTable(section.querySelector('table'),
    [{ label: text('group') }, ...moneySeries().map(m => ({ label: m.label, money: true })), { label: text('measures') }],
    rows.map((r, i) => [label(r), ...MONEY.map(k => r[k]), button(`${r.measureCount} ${text('show')}`, () => show(i))]));
}

async function showMeasuresBehind(section, group, label) {
  const list = await api(`${REPORTS}/measures${query({ [section.dataset.filter]: group.groupKey, asOf: state.asOf, pageSize: 100 })}`);
  const target = $('#measures-behind');
  target.hidden = false;
  target.querySelector('h2').textContent = `${text('measuresBehind')}: ${label}`;
  target.querySelector('ul').replaceChildren(...list.measures.items.map(m => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#measure=${m.measureId}`;
    a.textContent = `${m.code} ${m.title} (${text(m.status)}, ${euros(m.allocatedCents)})`;
    li.append(a);
    return li;
  }));
  target.querySelector('h2').focus();
}

async function showMeasure(id) {
  const picture = await api(`${REPORTS}/measures/${id}${query({ asOf: state.asOf })}`);
  const target = $('#measure-picture');
  target.hidden = false;
  target.querySelector('h2').textContent = `${picture.measure.code} ${picture.measure.title}`;
  const figures = [['status', text(picture.measure.status)], ['leadOrganisation', picture.measure.leadOrganisationName],
    ...MONEY.map(k => [k, euros(picture.totals[k])])];
  target.querySelector('dl').replaceChildren(...figures.flatMap(([k, v]) => {
    const dt = document.createElement('dt');
    dt.textContent = text(k);
    const dd = document.createElement('dd');
    dd.textContent = v ?? '';
    return [dt, dd];
  }));
  fillTable(target.querySelector('table'), [{ label: text('date') }, { label: text('status') }],
    (picture.statusHistory ?? []).map(s => [date(s.changedAt), text(s.status)]));
  target.querySelector('h2').focus();
}

/** Planned (allocated) against actual (spent), with committed between, cumulative per period of business time. */
async function renderSeries() {
  const interval = state.interval;
  const series = await api(`${REPORTS}/money-series/${state.year}${query({ interval, asOf: state.asOf })}`);
  if (interval !== state.interval) {
    return; // the switch was turned while this answer was on its way; the newer request draws
  }
  const points = series.points;
  const lines = SERIES_LINES.map(l => ({ ...l, label: text(l.text) }));
  const section = $('#series');
  chart(section.querySelector('.chart'), {
    legend: { top: 0 },
    grid: { left: 16, top: 30, containLabel: true }, // the year's millions need wider axis labels than a breakdown's
    xAxis: { type: 'category', data: points.map(periodLabel) },
    yAxis: { type: 'value', axisLabel: { formatter: v => euros(v * 100) } },
    series: lines.map(l => ({ type: 'line', name: l.label, data: points.map(p => p[l.key] / 100) })),
  });
  section.querySelector('.chart').setAttribute('aria-label', `${text('series')}: ` + points.map(p =>
    `${periodLabel(p)}: ${lines.map(l => `${l.label} ${euros(p[l.key])}`).join(', ')}`).join('; '));
  fillTable(section.querySelector('table'),
    [{ label: text('period') }, ...lines.map(l => ({ label: l.label, money: true, figure: l.key }))],
    points.map(p => [periodLabel(p), ...lines.map(l => p[l.key])]));
  section.dataset.interval = series.interval;
  renderConfidential($('#series-confidential'), series.confidential, lines);
}

/** The money of classified items that is in the totals but in no period of the series. */
function renderConfidential(target, confidential, lines) {
  target.hidden = !hidesMoney(confidential);
  if (target.hidden) {
    return;
  }
  target.replaceChildren(`${text('confidentialOutside')}: `, ...lines.flatMap((l, i) => {
    const span = document.createElement('span');
    span.dataset.figure = l.key;
    span.dataset.cents = confidential.amounts[l.key];
    span.textContent = `${l.label} ${euros(confidential.amounts[l.key])}`;
    return i === 0 ? [span] : [', ', span];
  }));
}

/** A period as people say it ("mrt 2021", "K1 2021"); the API names it 2021-03 or 2021-Q1. */
function periodLabel(point) {
  const [year, quarter] = point.period.split('-Q');
  return quarter ? `${text('quarterShort')}${quarter} ${year}`
    : new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(point.start));
}

async function renderOverdue(params) {
  const overdue = await api(`${REPORTS}/overdue-milestones${query({ asOf: params.asOf, pageSize: 100 })}`);
  fillTable($('#overdue table'), [{ label: text('measure') }, { label: text('milestone') }, { label: text('dueDate') }],
    overdue.milestones.items.map(m => [`${m.measureCode} ${m.measureTitle}`, m.title, date(m.dueDate)]));
}

/**
 * Commitments (toezeggingen) and motions (moties) to parliament at the peildatum: their counts by status with the
 * overdue commitments up front, and the overdue commitments themselves. Until any are recorded: a plain empty state.
 */
async function renderParliament(params) {
  const [overview, overdue] = await Promise.all([
    api(`${REPORTS}/parliament-overviews${query({ asOf: params.asOf })}`),
    api(`${REPORTS}/commitments${query({ overdue: true, asOf: params.asOf, pageSize: 100 })}`)]);
  const section = $('#parliament');
  const sum = counts => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
  const totals = { commitments: sum(overview.commitmentsByStatus), overdueCommitments: overview.overdueCommitments,
    motions: sum(overview.motionsByStatus) };
  section.querySelector('dl').replaceChildren(...Object.entries(totals).flatMap(([key, count]) => {
    const dt = document.createElement('dt');
    dt.textContent = text(key);
    const dd = document.createElement('dd');
    dd.textContent = new Intl.NumberFormat(locale()).format(count);
    dd.dataset.count = key;
    if (key === 'overdueCommitments') dd.className = count > 0 ? 'prominent alert' : 'prominent';
    return [dt, dd];
  }));
  const empty = totals.commitments + totals.motions === 0;
  section.dataset.empty = String(empty);
  const [emptyText, container, details, overdueHeading, noneOverdue, overdueTable] = ['p.empty[data-text="parliamentEmpty"]',
    '.chart', 'details', 'h3', 'p.empty[data-text="noOverdueCommitments"]', 'table[aria-labelledby]']
    .map(selector => section.querySelector(selector));
  emptyText.hidden = !empty;
  [container, details, overdueHeading].forEach(el => { el.hidden = empty; });
  noneOverdue.hidden = empty || overdue.items.items.length > 0;
  overdueTable.hidden = empty || overdue.items.items.length === 0;
  if (empty) {
    return;
  }
  const statuses = [...new Set([...PARLIAMENT_STATUSES, ...Object.keys(overview.commitmentsByStatus),
    ...Object.keys(overview.motionsByStatus)])];
  const label = status => TEXTS[state.language][`parliament.${status}`] ?? status;
  const count = (counts, status) => counts[status] ?? 0;
  chart(container, {
    legend: { top: 0 },
    grid: { left: 50, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: statuses.map(label), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: text('commitments'), data: statuses.map(s => count(overview.commitmentsByStatus, s)) },
      { type: 'bar', name: text('motions'), data: statuses.map(s => count(overview.motionsByStatus, s)) }],
  });
  state.charts.get(container).resize(); // it may have been hidden (no size) when last drawn
  container.setAttribute('aria-label', `${text('parliament')}: ${statuses.map(s => `${label(s)}: ${text('commitments')} `
    + `${count(overview.commitmentsByStatus, s)}, ${text('motions')} ${count(overview.motionsByStatus, s)}`).join('; ')}; `
    + `${text('overdueCommitments')} ${totals.overdueCommitments}`);
  const table = details.querySelector('table');
  fillTable(table, [{ label: text('status') }, { label: text('commitments') }, { label: text('motions') }],
    statuses.map(s => [label(s), count(overview.commitmentsByStatus, s), count(overview.motionsByStatus, s)]));
  table.querySelectorAll('tbody tr').forEach((tr, i) => { tr.dataset.status = statuses[i]; });
  fillTable(overdueTable, [{ label: text('number') }, { label: text('commitmentText') }, { label: text('dueDate') }],
    overdue.items.items.map(c => [c.number, c.title, date(c.dueDate)]));
  overdueTable.querySelectorAll('tbody tr').forEach((tr, i) => { tr.dataset.number = overdue.items.items[i].number; });
}

async function renderThreat() {
  const levels = (await api(`${MEASURES}/threat-levels${query({ sort: 'publishedOn', pageSize: 100 })}`)).items;
  const section = $('#threat');
  chart(section.querySelector('.chart'), {
    grid: { left: 50, top: 20 },
    xAxis: { type: 'category', data: levels.map(l => l.publishedOn) },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
    series: [{ type: 'line', step: 'end', name: text('threat'), data: levels.map(l => l.level) }],
  });
  section.querySelector('.chart').setAttribute('aria-label', `${text('threat')}: `
    + levels.map(l => `${date(l.publishedOn)} ${l.level} (${l.name})`).join(', '));
  fillTable(section.querySelector('table'), [{ label: text('date') }, { label: text('level') }, { label: text('dtnEdition') }],
    levels.map(l => [date(l.publishedOn), `${l.level} (${l.name})`, l.dtnEdition]));
}

async function renderChanges(overview) {
  const section = $('#changes');
  section.hidden = !state.compare;
  if (!state.compare) {
    return;
  }
  const report = await api(`${REPORTS}/progress-reports/${state.compare}`);
  const then = (report.content.overviews ?? []).find(o => o.fiscalYear === state.year) ?? {};
  $('#changes-caption').textContent = `${text('sinceReport')} ${report.number} (${date(report.referenceDate)})`;
  fillTable(section.querySelector('table'),
    [{ label: text('figure') }, { label: text('atReport'), money: true }, { label: text('now'), money: true }, { label: text('difference'), money: true }],
    FIGURES.map(k => [text(k), then[k] ?? 0, overview[k], overview[k] - (then[k] ?? 0)]));
}

async function refresh() {
  const params = { fiscalYear: state.year, asOf: state.asOf };
  const overview = await api(`${REPORTS}/overviews/${state.year}${query({ asOf: state.asOf })}`);
  await renderOverview(overview);
  await Promise.all([
    ...[...document.querySelectorAll('.breakdown')].map(section => renderBreakdown(section, params)),
    renderSeries(), renderOverdue(params), renderParliament(params), renderChanges(overview),
  ]);
  document.body.dataset.asOf = state.asOf ?? '';
}

async function loadLabels() {
  const [areas, lines] = await Promise.all([
    api(`${MEASURES}/intervention-areas${query({ pageSize: 100 })}`), api(`${MEASURES}/priority-lines${query({ pageSize: 100 })}`)]);
  state.labels['intervention-areas'] = Object.fromEntries(areas.items.map(a => [a.code, a.name]));
  state.labels['priority-lines'] = Object.fromEntries(lines.items.map(l => [l.code, l.name]));
}

async function loadChoices() {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2017 + 1 }, (_, i) => 2017 + i);
  const overviews = await Promise.all(years.map(y => api(`${REPORTS}/overviews/${y}`)));
  const funded = overviews.filter(o => o.linedCents > 0).map(o => o.fiscalYear);
  state.year = funded.length ? funded[funded.length - 1] : thisYear;
  $('#year').replaceChildren(...years.map(y => new Option(String(y), String(y), false, y === state.year)));
  const reports = (await api(`${REPORTS}/progress-reports${query({ sort: '-number', pageSize: 100 })}`)).items;
  $('#compare').append(...reports.map(r => new Option(`${r.number}: ${r.title} (${r.referenceDate})`, String(r.number))));
}

/** Server-sent events over fetch (EventSource cannot send a bearer token). */
async function listen() {
  const response = await fetch(`${REPORTS}/figure-changes`, { headers: { Authorization: `Bearer ${state.token}`, Accept: 'text/event-stream' } });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const events = buffer.split('\n\n');
    buffer = events.pop();
    for (const event of events) {
      const data = event.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('');
      if (data) await onNotice(JSON.parse(data));
    }
  }
}

async function onNotice(notice) {
  if (notice.position !== state.position) {
    const first = state.position < 0;
    state.position = notice.position;
    if (!first) await update();
    document.body.dataset.position = notice.position;
  }
}

async function update() {
  try {
    $('#status').textContent = text('loading');
    await refresh();
    $('#status').textContent = `${text('updated')} ${new Date().toLocaleTimeString(locale())}`;
  } catch (e) {
    failed(e);
  }
}

function failed(error) {
  $('#status').textContent = `${text('failed')}: ${error.message}`;
}

function wire() {
  $('#year').addEventListener('change', () => { state.year = Number($('#year').value); update(); });
  $('#as-of').addEventListener('change', () => { state.asOf = $('#as-of').value ? endOfDay($('#as-of').value) : null; update(); });
  $('#compare').addEventListener('change', () => { state.compare = $('#compare').value; update(); });
  $('#series-interval').addEventListener('change', () => { state.interval = $('#series-interval').value; renderSeries().catch(failed); });
  $('#language').addEventListener('click', async () => {
    state.language = state.language === 'nl' ? 'en' : 'nl';
    applyTexts();
    await loadLabels();
    await Promise.all([update(), renderThreat()]);
  });
  window.addEventListener('hashchange', () => route());
  window.addEventListener('resize', () => state.charts.forEach(c => c.resize()));
}

function route() {
  const match = location.hash.match(/^#measure=([0-9a-f-]{36})$/);
  if (match) showMeasure(match[1]);
}

async function start() {
  applyTexts();
  wire();
  state.token = await obtainToken();
  await Promise.all([loadLabels(), loadChoices()]);
  await Promise.all([refresh(), renderThreat()]);
  route();
  document.body.dataset.ready = 'true';
  performance.mark('iat-first-view');
  listen().catch(failed);
}

start().catch(failed);
