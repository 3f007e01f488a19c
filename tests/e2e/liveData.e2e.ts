// Screens follow the data (issue #17), in real Chromium with a real district
// hub: a principal's laptop (the browser host) has a lesson study cycle open;
// a colleague's device (the CLI) changes the cycle and syncs; the laptop syncs
// (its Sync screen, in a second tab) and the open cycle shows the change in
// place, with no reload. Then the stale screen: while the laptop's person is
// typing a new title, the colleague's change of another field arrives; it
// shows, and the title saves without undoing it. And when both change the
// same field, the laptop lists it as edited on two devices, in words, with
// both values, and the person's choice shows in place.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { startJourneyHub, type JourneyHub } from './support/hubProcess.js';
import { cliFor, openApp, shot } from './support/journey.js';
import { startHost, type RunningHost } from './support/webHost.js';

const CYCLE = 'Fractions on a number line';

let root: string;
let hub: JourneyHub;
let host: RunningHost;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let colleague: ReturnType<typeof cliFor>;
let cycleId: string;

interface CycleFields {
  title: string;
  topic: string;
  researchTheme: string;
}

/** The colleague changes the cycle as its screen showed it, and sends the change to the hub. */
function colleagueEdits(change: Partial<CycleFields>): void {
  const { cycle } = JSON.parse(colleague('api', 'getLessonStudyCycle', JSON.stringify({ id: cycleId }))) as { cycle: CycleFields };
  const seen = { title: cycle.title, topic: cycle.topic, researchTheme: cycle.researchTheme };
  colleague('api', 'saveLessonStudyCycle', JSON.stringify({ id: cycleId, ...seen, ...change, seen }));
  colleague('hub-sync');
}

/** The laptop syncs from its Sync screen in another tab, as a second window of the app would. */
async function laptopSyncs(syncTab: Page): Promise<void> {
  const panel = syncTab.getByRole('region', { name: 'District hub' });
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Synced with the hub: sent [\d,]+ changes?, received [1-9][\d,]* new changes?/);
}

function about(page: Page) {
  return page.getByRole('region', { name: 'About this cycle' });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-live-'));
  hub = await startJourneyHub(path.join(root, 'hub.sqlite'));

  // The laptop: a team and a cycle, then enrolled and synced, before the app opens.
  const laptopDir = path.join(root, 'laptop');
  const laptop = cliFor(laptopDir);
  laptop('api', 'saveSettings', JSON.stringify({ userName: 'Joan Whitaker', role: 'principal', district: 'Harbor Valley Unified', firstRunDone: true }));
  const team = JSON.parse(laptop('api', 'saveLessonStudyTeam', JSON.stringify({ name: 'Grade 5 math team' }))) as { id: string };
  const created = JSON.parse(laptop('api', 'createLessonStudyCycle', JSON.stringify({ teamId: team.id, title: CYCLE, researchTheme: 'Students explain their thinking', subject: 'Mathematics', grade: '5', topic: 'Fractions' }))) as { cycle: { id: string } };
  cycleId = created.cycle.id;
  laptop('hub-sync', '--enrol', hub.url, hub.admin('issue-code', '--user', 'Joan Whitaker', '--role', 'district_leader'));

  colleague = cliFor(path.join(root, 'colleague'));
  colleague('hub-sync', '--enrol', hub.url, hub.admin('issue-code', '--user', 'Ken Ito', '--role', 'district_leader'));

  host = await startHost(laptopDir);
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await host?.stop();
  await hub?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('an open cycle follows what a sync brings', () => {
  it('shows a colleague\u2019s change in place, keeps it through a save from the screen, and lists a clash with both values', async () => {
    const { page, errors } = await openApp(browser, host);
    await page.getByRole('link', { name: 'Lesson study' }).click();
    await page.getByRole('button', { name: CYCLE }).click();
    const topic = about(page).getByRole('textbox', { name: 'Topic' });
    await expect.poll(() => topic.inputValue()).toBe('Fractions');
    const syncTab = await page.context().newPage();
    await syncTab.goto(host.url);
    await syncTab.getByRole('link', { name: 'Sync' }).click();

    // 1. The colleague's change arrives and the open cycle shows it, with no reload.
    colleagueEdits({ topic: 'Equivalent fractions' });
    await laptopSyncs(syncTab);
    await expect.poll(() => topic.inputValue()).toBe('Equivalent fractions');
    await shot(page, 'live-cycle-update');

    // 2. The colleague's new research theme reaches the laptop while its person is typing a new title.
    colleagueEdits({ researchTheme: 'Students defend their reasoning' });
    const title = about(page).getByRole('textbox', { name: 'Title' });
    await title.fill(`${CYCLE}, second cycle`);
    await laptopSyncs(syncTab);
    const theme = about(page).getByRole('textbox', { name: 'Research theme' });
    await expect.poll(() => theme.inputValue()).toBe('Students defend their reasoning');
    expect(await title.inputValue()).toBe(`${CYCLE}, second cycle`);
    await title.blur();
    const saved = () => (JSON.parse(cliFor(host.dataDir)('api', 'getLessonStudyCycle', JSON.stringify({ id: cycleId }))) as { cycle: CycleFields }).cycle;
    await expect.poll(() => saved().title).toBe(`${CYCLE}, second cycle`);
    expect(saved()).toMatchObject({ researchTheme: 'Students defend their reasoning', topic: 'Equivalent fractions' });

    // 3. Both change the topic before hearing of the other's change: the laptop lists it, in words, with both values.
    await topic.fill('Unit fractions');
    await topic.blur();
    colleagueEdits({ topic: 'Fractions of a set' });
    await laptopSyncs(syncTab);
    const banner = page.getByRole('region', { name: '1 field was edited on two devices' });
    const clash = new RegExp(`^Lesson study cycle “${CYCLE}, second cycle”, topicShown now(.+)Other edit(.+)Keep shownUse other edit$`);
    await expect.poll(() => banner.getByRole('listitem').textContent()).toMatch(clash);
    const [, shown, other] = clash.exec((await banner.getByRole('listitem').textContent())!)!;
    expect([shown, other].sort()).toEqual(['Fractions of a set', 'Unit fractions']);
    await expect.poll(() => topic.inputValue()).toBe(shown);
    await shot(page, 'stale-screen-conflict');
    await banner.getByRole('button', { name: /^Use other edit: / }).click();
    await expect.poll(() => topic.inputValue()).toBe(other);
    expect(errors).toEqual([]);
  });
});
