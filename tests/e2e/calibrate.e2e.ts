// A calibration round in real Chromium against the browser host, the way a
// facilitator runs it at a principals' meeting with one laptop: set up the
// round with anchors, pass the laptop to three principals who each score
// blind, discuss the evidence with no score in sight, reveal scores, anchors
// and statistics, agree a consensus score, and find the round in a rater's
// history.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtJourney, openApp, shot, type DistrictJourney } from './support/journey.js';

let journey: DistrictJourney;

const RATERS = ['Marisol Vega', 'Theo Lindqvist', 'Grace Nakamura'] as const;
const DIMENSIONS = ['The Mathematics', 'Cognitive Demand', 'Equitable Access to Content', 'Agency, Ownership, and Identity', 'Formative Assessment'] as const;
/** Each rater's levels, in DIMENSIONS order; the anchors are 3, 2, 2, 1, 2. */
const SHEETS: Record<(typeof RATERS)[number], number[]> = {
  'Marisol Vega': [3, 2, 2, 1, 2],
  'Theo Lindqvist': [3, 3, 2, 2, 2],
  'Grace Nakamura': [2, 1, 2, 1, 3],
};
const ANCHORS = [3, 2, 2, 1, 2];

beforeAll(async () => {
  journey = await districtJourney('calibrate');
});

afterAll(async () => {
  await journey?.close();
});

/**
 * A sheet typed as issue #19 typed it: Tab from the top of the sheet to each
 * dimension's levels, the level's digit, one Tab to its evidence, and evidence
 * with digits and spaces in it, which must stay text and never set a level.
 */
async function scoreByKeyboard(page: Page, rater: (typeof RATERS)[number]) {
  const focused = (locator: Locator) => locator.evaluate((element) => element.matches(':focus-within'));
  for (const [i, dimension] of DIMENSIONS.entries()) {
    const group = page.getByRole('radiogroup', { name: dimension });
    for (let presses = 0; presses < 4 && !(await focused(group)); presses++) await page.keyboard.press('Tab');
    expect(await focused(group)).toBe(true);
    await page.keyboard.press(String(SHEETS[rater][i]));
    await page.keyboard.press('Tab');
    expect(await focused(page.getByRole('textbox', { name: `Evidence for ${dimension}` }))).toBe(true);
    await page.keyboard.type(`${rater.split(' ')[0]}: T asked why 12ths; S07 compared 4/6 and 5/6 (${dimension.toLowerCase()})`);
  }
}

async function scoreTurn(page: Page, rater: (typeof RATERS)[number]) {
  await page.getByRole('button', { name: `Start ${rater}'s turn` }).click();
  await page.getByRole('heading', { level: 1, name: `${rater}'s sheet` }).waitFor();
  // Blind: nobody else's scores and no anchors on this screen.
  for (const other of RATERS.filter((r) => r !== rater)) expect(await page.getByText(other).count()).toBe(0);
  if (rater === RATERS[0]) await scoreByKeyboard(page, rater);
  for (const [i, dimension] of DIMENSIONS.entries()) {
    const level = page.getByRole('radiogroup', { name: dimension }).getByRole('radio', { name: new RegExp(`^${SHEETS[rater][i]} `) });
    if (rater === RATERS[0]) {
      expect(await level.isChecked()).toBe(true);
      continue;
    }
    await page.getByRole('textbox', { name: `Evidence for ${dimension}` }).fill(`${rater.split(' ')[0]}: evidence on ${dimension.toLowerCase()}`);
    await level.check();
  }
  if (rater === RATERS[0]) {
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await shot(page, 'calibrate-sheet');
  }
  await page.getByRole('button', { name: 'Submit sheet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fall calibration: Grade 4 fractions' }).waitFor();
}

describe('a facilitator runs a pass-the-laptop calibration round', () => {
  it('scores blind, shows evidence before scores, reveals scores, anchors and statistics, saves a consensus and shows the round in the rater history', async () => {
    const { page, errors } = await openApp(journey.browser, journey.host);
    await page.getByRole('link', { name: 'Calibrate' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calibrate' }).waitFor();

    await page.getByRole('button', { name: 'New round' }).click();
    await page.getByRole('textbox', { name: 'Round name' }).fill('Fall calibration: Grade 4 fractions');
    await page.getByRole('radio', { name: 'Video' }).check();
    await page.getByRole('textbox', { name: 'Lesson', exact: true }).fill('Grade 4, comparing fractions on a number line');
    await page.getByRole('textbox', { name: 'Video file' }).fill('fractions-grade4.mp4');
    await page.getByRole('textbox', { name: 'Segment' }).fill('12:00-27:30');
    await page.getByRole('combobox', { name: 'Facilitator' }).selectOption({ label: 'Joan Whitaker' });
    await page.getByRole('radio', { name: 'Pass the laptop' }).check();
    for (const rater of RATERS) await page.getByRole('group', { name: 'Raters' }).getByRole('checkbox', { name: rater }).check();
    await shot(page, 'calibrate-new-round');
    await page.getByRole('button', { name: 'Create round' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fall calibration: Grade 4 fractions' }).waitFor();

    const anchors = page.getByRole('region', { name: 'Anchor scores' });
    for (const [i, dimension] of DIMENSIONS.entries()) {
      await anchors.getByRole('combobox', { name: dimension }).selectOption({ value: String(ANCHORS[i]) });
    }
    await anchors.getByRole('textbox', { name: 'Why, for Cognitive Demand (optional)' }).fill('A procedure to follow; no student is asked why.');
    await anchors.getByRole('button', { name: 'Save anchors' }).click();
    await anchors.getByText('5 of 5 anchors set, hidden until reveal').waitFor();

    for (const rater of RATERS) await scoreTurn(page, rater);
    expect(await page.getByRole('button', { name: /^Start .*'s turn$/ }).count()).toBe(0);

    // Evidence before scores: every rater's evidence, and not one score.
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.waitFor();
    await evidence.getByText('Grace: evidence on cognitive demand').waitFor();
    await expect(evidence.textContent()).resolves.not.toMatch(/\b[123]\b|Anchor/);
    await shot(page, 'calibrate-evidence');

    await page.getByRole('button', { name: 'Reveal scores' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reveal' }).click();
    const table = page.getByRole('table', { name: 'Scores by dimension' });
    await table.waitFor();
    const demandRow = table.getByRole('row', { name: /Cognitive Demand/ });
    // Anchor 2: Theo (3) and Grace (1) are outside the exact rule; Marisol (2) is not.
    await expect(demandRow.textContent()).resolves.toContain('Outside the rule: Theo Lindqvist, Grace Nakamura');
    await page.getByRole('region', { name: 'Agreement statistics' }).getByText(/Krippendorff/).first().waitFor();
    await page.getByRole('region', { name: 'Raters against the anchors' }).getByText('Marisol Vega').first().waitFor();
    await shot(page, 'calibrate-reveal');

    await page.getByText('Anchor 2 Developing: A procedure to follow; no student is asked why.').waitFor();
    await page.getByRole('combobox', { name: 'Consensus for Cognitive Demand' }).selectOption({ value: '2' });
    await page.getByRole('textbox', { name: 'Discussion notes for Cognitive Demand' }).fill('The task stayed procedural after the launch.');
    await page.getByRole('button', { name: 'Save consensus for Cognitive Demand' }).click();
    await page.getByText(/Consensus saved/i).first().waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Calibrate' }).click();
    await page.getByRole('button', { name: 'Theo Lindqvist' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Theo Lindqvist' }).waitFor();
    await page.getByRole('table', { name: /Rounds/ }).getByText('Fall calibration: Grade 4 fractions').waitFor();
    await shot(page, 'calibrate-rater');
    expect(errors).toEqual([]);
  });
});
