// @vitest-environment jsdom
// Insights on a real backend, on the hand-computed district of
// tests/support/insightsDistrict.ts (three lessons of Priya Raman: Ana at 2
// before she calibrated, Ana at 3 and Ben at 1 after; only Ana calibrated):
// the totals and the distribution as computed by hand, the calibrated-only
// switch changing both as computed, drill-down to the observations behind a
// level, a month and a school, opening one's report, the CSV holding exactly
// the scores counted, printing, one teacher's growth, the observers'
// calibration with the way to Calibrate, and a teacher who sees only their own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Api } from '../../shared/contract.js';
import { parseCsv } from '../../shared/csv.js';
import type { Person, School } from '../../shared/domain.js';
import { captureDownloads } from './support/downloads.js';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

// Imported through a path held in a variable, like testBackend.ts, so the DOM
// typecheck does not follow it into db/.
const districtPath = '../support/insightsDistrict.js';
type DistrictBackend = { dataDir: string; store: { close(): void } };
const { insightsDistrict, observeMiddleSchool } = (await import(/* @vite-ignore */ districtPath)) as {
  insightsDistrict(): Promise<{ t: DistrictBackend; school: School; other: School; teacher: Person }>;
  observeMiddleSchool(t: DistrictBackend, middle: School): Promise<Person>;
};

afterEach(() => {
  tidyUp();
  vi.restoreAllMocks();
});

/** The district built on a moving clock, then opened the way the app opens it, on Insights. */
async function openInsights(before?: (api: Api) => Promise<void>, { middleSchool = false } = {}): Promise<RenderedApp> {
  const { t, other } = await insightsDistrict();
  if (middleSchool) await observeMiddleSchool(t, other);
  t.store.close();
  const app = await renderApp({ firstRunDone: true, dataDir: t.dataDir });
  await before?.(app.api);
  await app.user.click(await screen.findByRole('link', { name: 'Insights' }));
  await screen.findByRole('heading', { level: 1, name: 'Insights' });
  await figuresDrawn();
  return app;
}

async function figuresDrawn() {
  await waitFor(() => expect(screen.getByRole('region', { name: 'Figures' }).getAttribute('aria-busy')).toBe('false'));
}

function totals(): Record<string, string> {
  const list = screen.getByRole('group', { name: 'Totals' });
  const terms = within(list).getAllByRole('term');
  return Object.fromEntries(terms.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));
}

/** Opens a figure's data table (behind "Show data") and gives its rows as cell texts. */
async function figureData(app: RenderedApp, title: string): Promise<Record<string, string[]>> {
  const figure = screen.getByRole('figure', { name: title });
  const toggle = within(figure).getByRole('button', { name: new RegExp(`^(Show|Hide) data: ${title}$`) });
  if (toggle.getAttribute('aria-expanded') === 'false') await app.user.click(toggle);
  expect(toggle.getAttribute('aria-label')).toBe(`Hide data: ${title}`);
  const table = within(figure).getByRole('table', { name: `${title}: data` });
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(rows.map((r) => [within(r).getByRole('rowheader').textContent, within(r).getAllByRole('cell').map((c) => c.textContent ?? '')]));
}

const DISTRIBUTION = 'Score distribution by level';

describe('Insights', () => {
  it('shows the hand-computed totals and distribution, and the calibrated-only switch changes them as computed', async () => {
    const app = await openInsights();
    expect(screen.getByText('Showing:').parentElement?.textContent).toBe('Showing: TRU Math · all schools · every dimension');
    expect(screen.getByText(/^District-wide:/).textContent).toBe('District-wide: Harbor Valley Unified');
    expect(totals()).toEqual({ Observations: '3', Scores: '15', Teachers: '1', 'Mean score': '2.00', 'Scored by calibrated observers': '33%' });
    expect(screen.getByRole('figure', { name: DISTRIBUTION }).textContent).toContain('15 scores from 3 observations · TRU Math · all schools · every dimension');
    const all = await figureData(app, DISTRIBUTION);
    // Columns: 1 · Limited, 2 · Developing, 3 · Strong, N/A. One lesson at each level on every dimension.
    expect(all['The Mathematics']).toEqual(['1', '1', '1', '0']);
    expect(all['Formative Assessment']).toEqual(['1', '1', '1', '0']);

    await app.user.click(screen.getByRole('checkbox', { name: 'Calibrated observers only' }));
    await figuresDrawn();
    // Only Ana's lesson after she calibrated: 5 scores at 3, every one of them from a calibrated observer (the tile said 33%: issue #20).
    expect(totals()).toEqual({ Observations: '1', Scores: '5', Teachers: '1', 'Mean score': '3.00', 'Scored by calibrated observers': '100%' });
    expect(screen.getByText('Showing:').parentElement?.textContent).toBe('Showing: TRU Math · all schools · every dimension · calibrated observers only');
    const calibrated = await figureData(app, DISTRIBUTION);
    expect(calibrated['The Mathematics']).toEqual(['0', '0', '1', '0']);
    expect(screen.getByRole('figure', { name: DISTRIBUTION }).textContent).toContain('5 scores from 1 observation · TRU Math · all schools · every dimension · calibrated observers only');
  });

  it('holds the totals as a named group around a list whose every term and value is in place (axe dlitem)', async () => {
    await openInsights();
    const group = screen.getByRole('group', { name: 'Totals' });
    const list = group.querySelector('dl')!;
    expect(list.hasAttribute('role')).toBe(false);
    expect([...list.children].map((item) => `${item.tagName}>${[...item.children].map((c) => c.tagName).join(',')}`)).toEqual(Array(5).fill('DIV>DT,DD'));
  });

  it('offers only the grades and subjects observed under the other choices: a middle school offers its own grades', async () => {
    const app = await openInsights(undefined, { middleSchool: true });
    const offered = (label: string) => within(screen.getByRole('combobox', { name: label })).getAllByRole('option').map((o) => o.textContent);
    expect(offered('Grade')).toEqual(['Every grade', 'Grade 4', 'Grade 7', 'Grade 8']);
    expect(offered('Subject')).toEqual(['Every subject', 'Mathematics', 'Science']);

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'School' }), 'Juniper Middle School');
    await figuresDrawn();
    await waitFor(() => expect(offered('Grade')).toEqual(['Every grade', 'Grade 7', 'Grade 8']));
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Grade' }), 'Grade 7');
    await figuresDrawn();
    // The grade narrows the subjects and keeps the other grades of the school on offer.
    await waitFor(() => expect(offered('Subject')).toEqual(['Every subject', 'Science']));
    expect(offered('Grade')).toEqual(['Every grade', 'Grade 7', 'Grade 8']);
    expect(totals()).toMatchObject({ Observations: '1', Teachers: '1' });
  });

  it('lists the observations behind a level, a month and a school, and opens one as its report', async () => {
    const app = await openInsights();
    await figureData(app, DISTRIBUTION);
    await app.user.click(screen.getByRole('button', { name: 'Show the observation behind Cognitive Demand at level 3 · Strong' }));
    const list = await screen.findByRole('region', { name: 'Observations behind Cognitive Demand at level 3 · Strong' });
    expect(document.activeElement).toBe(within(list).getByRole('heading', { level: 2 }));
    expect(await within(list).findByText('Showing 1 of 1')).toBeTruthy();
    const rows = within(within(list).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Priya Raman']);

    const months = await figureData(app, 'Mean score by month');
    expect(months['Nov 2026']).toEqual(['3', '15', '2.00', 'Show the 3 observations']);
    await app.user.click(screen.getByRole('button', { name: 'Show the 3 observations behind Nov 2026' }));
    expect(await screen.findByText('Showing 3 of 3')).toBeTruthy();

    const schools = await figureData(app, 'Mean score by school');
    expect(schools['Alder Creek Elementary']).toEqual(['3', '15', '2.00', 'Show the 3 observations']);
    await app.user.click(screen.getByRole('button', { name: 'Show the 3 observations behind Alder Creek Elementary' }));
    const bySchool = await screen.findByRole('region', { name: 'Observations behind Alder Creek Elementary' });
    await within(bySchool).findByText('Showing 3 of 3');
    await app.user.click(within(bySchool).getAllByRole('button', { name: /^Open report: Priya Raman, / })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Feedback: Priya Raman' })).toBeTruthy();
    expect(window.location.hash).toBe('#/observe');

    // Back on Insights, the list is where it was.
    window.history.back();
    expect(await screen.findByRole('region', { name: 'Observations behind Alder Creek Elementary' })).toBeTruthy();
  });

  it('exports exactly the scores the figures count, for the whole district and for one school and dimension', async () => {
    const app = await openInsights();
    const downloads = captureDownloads();
    await app.user.click(screen.getByRole('button', { name: 'Export scores (CSV)' }));
    const status = await screen.findByText(/^Exported 15 scores to fieldbook-insights-\d{4}-\d{2}-\d{2}\.csv\.$/);
    expect(status.closest('[role="status"]')).toBeTruthy();
    const [header, ...rows] = parseCsv(await downloads.blobs[0]!.text()).map((r) => r.cells);
    expect(rows).toHaveLength(Number(totals().Scores));
    expect(downloads.names[0]).toMatch(/^fieldbook-insights-/);

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'School' }), 'Alder Creek Elementary');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Dimension' }), 'Cognitive Demand');
    await figuresDrawn();
    expect(screen.getByText('Showing:').parentElement?.textContent).toBe('Showing: TRU Math · Alder Creek Elementary · Cognitive Demand');
    const levels = (await figureData(app, DISTRIBUTION))['Cognitive Demand']!;
    await app.user.click(screen.getByRole('button', { name: 'Export scores (CSV)' }));
    await screen.findByText(/^Exported 3 scores to /);
    const [, ...narrowed] = parseCsv(await downloads.blobs[1]!.text()).map((r) => r.cells);
    const at = (name: string) => header!.indexOf(name);
    expect(narrowed).toHaveLength(Number(totals().Scores));
    expect([1, 2, 3].map((level) => String(narrowed.filter((r) => r[at('level')] === String(level) && r[at('na')] === '0').length))).toEqual(levels.slice(0, 3));
    expect(narrowed.every((r) => r[at('school')] === 'Alder Creek Elementary' && r[at('dimension')] === 'Cognitive Demand')).toBe(true);
  });

  it('prints the dashboard as a report', async () => {
    const app = await openInsights();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await app.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it("follows one teacher's growth, and says how calibrated the observers are with the way to Calibrate", async () => {
    const app = await openInsights();
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Teacher' }), 'Priya Raman');
    await figuresDrawn();
    expect(screen.getByText('Showing:').parentElement?.textContent).toBe('Showing: Priya Raman · TRU Math · all schools · every dimension');
    expect(totals()).toMatchObject({ Observations: '3', Teachers: '1' });

    // Ana matched every anchor; Ben matched none.
    const panel = screen.getByRole('region', { name: "Observers' calibration" });
    const counts = within(panel).getAllByRole('term').map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
    expect(counts).toEqual(['Calibrated 1', 'Drifting 0', 'Needs calibration 1']);
    await app.user.click(within(panel).getByRole('button', { name: 'Open Calibrate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calibrate' })).toBeTruthy();
  });

  it('shows a teacher only their own observations', async () => {
    const app = await openInsights(async (api) => {
      // Another teacher's lesson, at the other school: the district counts it, Priya does not.
      const schools = await api.listSchools({});
      const other = schools.find((s) => s.name === 'Juniper Middle School')!;
      const omar = await api.savePerson({ name: 'Omar Haddad', roles: ['teacher'], schoolId: other.id });
      const o = await api.startObservation({ teacherId: omar.id, teacherLabel: '', schoolId: other.id, grade: '7', subject: 'Mathematics', rubric: { id: 'tru-math', version: 1 }, kind: 'formal' });
      await api.saveScore({ observationId: o.id, episodeId: null, dimensionId: 'mathematics', value: 2, evidence: [] });
      await api.submitObservation({ id: o.id });
      expect((await api.getInsights({})).totals.observations).toBe(4);
      await api.saveSettings({ userName: 'Priya Raman', role: 'teacher' });
    });
    expect(screen.getByText(/^Only yours:/).textContent).toBe('Only yours: Your own observations, Priya Raman');
    expect(totals()).toMatchObject({ Observations: '3', Scores: '15', Teachers: '1' });
    expect(screen.queryByRole('combobox', { name: 'School' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Teacher' })).toBeNull();
    const schools = await figureData(app, 'Mean score by school');
    expect(Object.keys(schools)).toEqual(['Alder Creek Elementary']);
  });
});
