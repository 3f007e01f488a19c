// Insights in real Chromium against the browser host, on a generated demo
// district of 400 observations, the way a district data lead uses it: open
// the dashboard, narrow it to one school and one dimension, read a count from
// a figure's data table, drill down from a bar and from the table to an
// observation and open its report, come back, export the CSV and check that
// its counts are the ones on screen, and print the dashboard as a report.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv.js';
import { districtJourney, openApp, shot, type DistrictJourney } from './support/journey.js';
import { REPO_ROOT } from './support/webHost.js';

let journey: DistrictJourney;

const DISTRIBUTION = 'Score distribution by level';

beforeAll(async () => {
  journey = await districtJourney('insights', ['--observations', '400']);
});

afterAll(async () => {
  await journey?.close();
});

/** The whole page, not only the window: a dashboard is read by scrolling. */
async function fullShot(page: Page, name: string) {
  await page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'screenshots', `${name}.png`), fullPage: true });
}

/** The page's render signal: the figures region is no longer busy. */
async function figuresDrawn(page: Page) {
  await page.locator('[aria-label="Figures"][aria-busy="false"]').waitFor();
}

async function totalScores(page: Page): Promise<number> {
  const text = await page.getByRole('group', { name: 'Totals' }).locator('div', { has: page.getByText('Scores', { exact: true }) }).locator('dd').textContent();
  return Number(text!.replace(/,/g, ''));
}

/** A figure's data table (opened with "Show data"), one row's cells as text. */
async function dataRow(page: Page, title: string, row: string): Promise<string[]> {
  const figure = page.getByRole('figure', { name: title });
  const toggle = figure.getByRole('button', { name: `Show data: ${title}` });
  if (await toggle.isVisible()) await toggle.click();
  return figure.getByRole('table', { name: `${title}: data` }).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').allTextContents();
}

describe('a district data lead reads Insights', () => {
  it('filters to a school and a dimension, drills down to a report, and exports a CSV and a report that match the screen', async () => {
    const { page, errors } = await openApp(journey.browser, journey.host);
    // Printing is the browser's dialog: count the calls instead (the secret is kept for the reload).
    await page.addInitScript(() => {
      // The page's window (this file is typed for Node, without the DOM).
      const win = globalThis as unknown as { printed: number; print(): void };
      win.printed = 0;
      win.print = () => {
        win.printed += 1;
      };
    });
    await page.reload();

    const opened = Date.now();
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await figuresDrawn(page);
    console.log(`Insights: figures for 400 observations drawn ${Date.now() - opened} ms after the click.`);
    expect(await page.getByText('Showing:').locator('..').textContent()).toBe('Showing: TRU Math · all schools · every dimension');
    expect(await page.locator('.insight-figure svg.recharts-surface').count()).toBeGreaterThanOrEqual(6);
    expect(await totalScores(page)).toBe(2000);
    await shot(page, 'insights-dashboard');
    await fullShot(page, 'insights-dashboard-full');

    // One school and one dimension.
    const schoolSelect = page.getByRole('combobox', { name: 'School' });
    const school = (await schoolSelect.locator('option').allTextContents()).find((name) => name !== 'All schools')!;
    await schoolSelect.selectOption({ label: school });
    await page.getByRole('combobox', { name: 'Dimension' }).selectOption({ label: 'Cognitive Demand' });
    await figuresDrawn(page);
    expect(await page.getByText('Showing:').locator('..').textContent()).toBe(`Showing: TRU Math · ${school} · Cognitive Demand`);
    const scores = await totalScores(page);
    const [limited, developing, strong, na] = (await dataRow(page, DISTRIBUTION, 'Cognitive Demand')).map(Number);
    expect(limited! + developing! + strong! + na!).toBe(scores);
    expect(await page.getByRole('figure', { name: DISTRIBUTION }).textContent()).toContain(`${scores} scores from ${scores} observations · TRU Math · ${school} · Cognitive Demand`);

    // A bar of a chart lists the observations behind it.
    await page.getByRole('figure', { name: 'Mean score by grade' }).locator('.recharts-bar-rectangle').first().click();
    await page.getByRole('region', { name: /^Observations behind grade / }).waitFor();

    // And so does a count in a table, for the keyboard.
    await page.getByRole('button', { name: `Show the ${strong} observations behind Cognitive Demand at level 3 · Strong` }).click();
    const list = page.getByRole('region', { name: 'Observations behind Cognitive Demand at level 3 · Strong' });
    await list.getByText(`Showing ${Math.min(strong!, 20)} of ${strong}`).waitFor();
    await fullShot(page, 'insights-filtered');
    const firstRow = list.getByRole('table').getByRole('row').nth(1);
    const teacher = (await firstRow.getByRole('rowheader').textContent())!;
    expect(await firstRow.getByRole('cell').nth(1).textContent()).toBe(school);
    await firstRow.getByRole('button', { name: new RegExp(`^Open report: ${teacher}, `) }).click();
    await page.getByRole('heading', { level: 1, name: `Feedback: ${teacher}` }).waitFor();

    // Back to Insights: the same filter, the same list.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await figuresDrawn(page);
    await list.getByText(`Showing ${Math.min(strong!, 20)} of ${strong}`).waitFor();

    // The CSV holds exactly the scores on screen, level by level.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scores (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fieldbook-insights-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(fs.readFileSync((await download.path())!, 'utf8')).map((r) => r.cells);
    const at = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(scores);
    const atLevel = (level: number) => rows.filter((r) => r[at('na')] === '0' && r[at('level')] === String(level)).length;
    expect([atLevel(1), atLevel(2), atLevel(3), rows.filter((r) => r[at('na')] === '1').length]).toEqual([limited, developing, strong, na]);
    expect(rows.every((r) => r[at('school')] === school && r[at('dimension')] === 'Cognitive Demand')).toBe(true);
    await page.getByText(`Exported ${scores.toLocaleString('en-US')} scores to ${download.suggestedFilename()}.`).waitFor();

    // The report: the browser's print dialog, and the page as it prints.
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('group', { name: 'Filter the figures' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: `${DISTRIBUTION}: data` }).isVisible()).toBe(true);
    await fullShot(page, 'insights-print');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
  });
});
