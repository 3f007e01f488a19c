// The sync issue's client journey (#7) in real Chromium: a district hub run
// with `fieldbook hub serve` (SQLite) and set up with `fieldbook hub admin`,
// as the district office would; a principal's laptop on the browser host
// enrols on the Sync screen with the office's code and syncs; a colleague's
// device (the CLI) enrols too. Both edit the same school's grades before
// syncing, and the laptop lists the field "edited on two devices" with both
// values; the person chooses, the choice syncs, and both devices end on the
// same digest with nothing left to settle. With the hub stopped, "Sync now"
// says in words that it cannot be reached and nothing is lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { startJourneyHub, type JourneyHub } from './support/hubProcess.js';
import { cliFor, openApp, shot } from './support/journey.js';
import { startHost, type RunningHost } from './support/webHost.js';

let root: string;
let hub: JourneyHub;
let host: RunningHost;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

function digestOf(dataDir: string): string {
  return (JSON.parse(cliFor(dataDir)('status', '--json')) as { digest: string }).digest;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-sync-'));
  hub = await startJourneyHub(path.join(root, 'hub.sqlite'));
  const laptop = path.join(root, 'laptop');
  const cli = cliFor(laptop);
  cli('api', 'saveSettings', JSON.stringify({ userName: 'Joan Whitaker', role: 'principal', district: 'Harbor Valley Unified', firstRunDone: true }));
  cli('api', 'saveSchool', JSON.stringify({ name: 'Adams Elementary', code: 'ADM', grades: 'K-5' }));
  host = await startHost(laptop);
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await host?.stop();
  await hub?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

function hubPanel(page: Page) {
  return page.getByRole('region', { name: 'District hub' });
}

async function syncNow(page: Page): Promise<void> {
  await hubPanel(page).getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => hubPanel(page).getByRole('status').textContent()).toMatch(/^Synced with the hub: sent [\d,]+ changes?, received [\d,]+ new changes?/);
}

describe('syncing a laptop with the district hub', () => {
  it('enrols with a code, syncs, lists a field edited on two devices with both values, and the choice reaches the other device', async () => {
    const { page, errors } = await openApp(browser, host);
    await page.getByRole('link', { name: 'Sync' }).click();
    const panel = hubPanel(page);
    await panel.getByRole('textbox', { name: /Hub address/ }).fill(hub.url);
    await panel.getByRole('textbox', { name: /Enrolment code/ }).fill(hub.admin('issue-code', '--user', 'Joan Whitaker', '--role', 'district_leader'));
    await panel.getByRole('button', { name: 'Enrol this device' }).click();
    await expect.poll(() => panel.getByRole('definition').allTextContents()).toEqual(
      expect.arrayContaining(['Harbor Valley Unified', 'Joan Whitaker, District leader', hub.url]),
    );
    await syncNow(page);
    await expect.poll(() => panel.getByText('Nothing: the hub has every change made here').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).getByText(/^Hub: synced just now$/).isVisible()).toBe(true);
    await shot(page, 'sync-hub');

    // A colleague's device enrols and receives the school.
    const colleague = path.join(root, 'colleague');
    const other = cliFor(colleague);
    other('hub-sync', '--enrol', hub.url, hub.admin('issue-code', '--user', 'Ken Ito', '--role', 'district_leader'));
    const school = (JSON.parse(other('api', 'listSchools', '{}')) as { id: string; name: string }[]).find((s) => s.name === 'Adams Elementary')!;
    expect(school).toBeTruthy();

    // Both change the grades before either hears of the other's change.
    cliFor(host.dataDir)('api', 'saveSchool', JSON.stringify({ id: school.id, name: 'Adams Elementary', code: 'ADM', grades: 'TK-5' }));
    other('api', 'saveSchool', JSON.stringify({ id: school.id, name: 'Adams Elementary', code: 'ADM', grades: 'K-6' }));
    other('hub-sync');
    await syncNow(page);
    await page.getByRole('link', { name: 'Schools' }).click();
    const banner = page.getByRole('region', { name: '1 field was edited on two devices' });
    await expect.poll(() => banner.getByRole('listitem').textContent()).toBe('School “Adams Elementary”, gradesShown nowK-6Other editTK-5Keep shownUse other edit');
    await shot(page, 'sync-conflict');
    await banner.getByRole('button', { name: 'Use other edit: School “Adams Elementary”, grades' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /edited on two devices/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('row', { name: /Adams Elementary/ }).textContent()).toContain('TK-5');

    await page.getByRole('link', { name: 'Sync' }).click();
    await syncNow(page);
    other('hub-sync');
    expect((JSON.parse(other('api', 'listSchools', '{}')) as { id: string; grades: string }[]).find((s) => s.id === school.id)!.grades).toBe('TK-5');
    expect(JSON.parse(other('api', 'listConflicts', '{}'))).toEqual([]);
    expect(digestOf(colleague)).toBe(digestOf(host.dataDir));
    expect(errors).toEqual([]);
  });

  it('says in words when the hub cannot be reached, and keeps the changes waiting', async () => {
    await hub.stop();
    const { page } = await openApp(browser, host);
    await page.getByRole('link', { name: 'Sync' }).click();
    cliFor(host.dataDir)('api', 'saveSchool', JSON.stringify({ name: 'Birch Middle', code: 'BIR', grades: '6-8' }));
    const panel = hubPanel(page);
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/^Fieldbook could not reach the hub at http:\/\/127\.0\.0\.1:\d+ \(nothing answers there\)\. Check the network connection and the hub address, then sync again; nothing was lost\.$/);
    await expect.poll(() => panel.getByRole('definition').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+ changes$/), expect.stringMatching(/^Trying again in /)]));
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).getByText(/^Hub: not reached, \d+ changes waiting$/).isVisible()).toBe(true);
    await shot(page, 'sync-hub-unreachable');
  });
});
