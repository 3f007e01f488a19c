// A coach's visit in real Chromium against the browser host, by keyboard:
// start a TRU Math observation, type tagged notes inside episodes, reload and
// find everything; then the host is killed with SIGKILL mid-note, and after a
// restart every saved note and the half-typed one are back, with a notice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { cliFor, openApp as openAppIn, shot } from './support/journey.js';
import { startHost, type RunningHost } from './support/webHost.js';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let dataDir: string;

const cli = (...args: string[]): string => cliFor(dataDir)(...args);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-observe-'));
  cli('api', 'saveSettings', JSON.stringify({ userName: 'Ana Torres', role: 'coach', district: 'Harbor Valley Unified', firstRunDone: true }));
  cli('demo');
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function openApp(host: RunningHost): Promise<{ page: Page; errors: string[] }> {
  return openAppIn(browser, host);
}

/** Whether all of the element is inside the window, as laid out (scrolled containers included). */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

describe('a coach observes a lesson by keyboard', () => {
  it('starts a TRU Math observation, types tagged notes in episodes, and finds them after a reload and after a killed host', async () => {
    let host = await startHost(dataDir);
    let { page, errors } = await openApp(host);
    await page.getByRole('link', { name: 'Observe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Observe' }).waitFor();

    await page.keyboard.press('n');
    const who = page.getByRole('form', { name: 'New observation: who and where' });
    await who.waitFor();
    await who.getByRole('textbox', { name: 'Or a label' }).fill('Room 12');
    await who.getByRole('textbox', { name: 'Grade' }).fill('7');
    await who.getByRole('textbox', { name: 'Grade' }).press('Enter');
    const rubric = page.getByRole('form', { name: 'New observation: rubric and focus' });
    await rubric.waitFor();
    await shot(page, 'observe-new');
    await rubric.getByRole('button', { name: 'Start now' }).press('Enter');

    const note = page.getByRole('textbox', { name: 'Note' });
    await note.waitFor();
    await page.keyboard.press('Alt+e');
    await page.keyboard.press('l');
    for (let i = 1; i <= 6; i++) {
      if (i === 4) {
        await page.keyboard.press('Alt+e');
        await page.keyboard.press('g');
      }
      await page.keyboard.type(`Note ${i}: S${i} explains the ratio table to a partner`);
      if (i % 2 === 0) await page.keyboard.press('Alt+1');
      if (i % 3 === 0) await page.keyboard.press('Alt+q');
      await page.keyboard.press('Enter');
    }
    const notes = page.getByRole('list', { name: 'Notes' });
    await notes.getByText('Note 6: S6 explains the ratio table to a partner').waitFor();
    expect(await notes.locator(':scope > li').count()).toBe(6);
    const episodes = page.getByRole('list', { name: 'Episodes' });
    expect(await episodes.locator(':scope > li').count()).toBe(2);
    await shot(page, 'observe-capture');

    // Capture stays in view: scrolling the long Scores tab to its end (by wheel, then to its last element)
    // leaves the note field and the timer on screen.
    await page.getByRole('tab', { name: /^Scores/ }).click();
    const scores = page.getByRole('tabpanel', { name: /^Scores/ });
    const lastInScores = scores.getByRole('radio').last();
    const noteField = page.getByRole('textbox', { name: 'Note' });
    const timer = page.getByRole('timer', { name: 'Lesson time' });
    expect(await inViewport(page, lastInScores)).toBe(false);
    await scores.hover();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400);
    await lastInScores.scrollIntoViewIfNeeded();
    expect(await inViewport(page, lastInScores)).toBe(true);
    expect(await inViewport(page, noteField)).toBe(true);
    expect(await inViewport(page, timer)).toBe(true);
    await page.getByRole('tab', { name: 'Episodes' }).click();

    await page.reload();
    await page.getByRole('list', { name: 'Notes' }).getByText('Note 1: S1 explains the ratio table to a partner').waitFor();
    expect(await page.getByRole('list', { name: 'Notes' }).locator(':scope > li').count()).toBe(6);

    // Half a note, then the host is killed without warning.
    await page.getByRole('textbox', { name: 'Note' }).pressSequentially('S7 starts to say why the');
    await expect.poll(() => cli('api', 'listObservations', '{}')).toContain('Room 12');
    await expect
      .poll(() => {
        const list = JSON.parse(cli('api', 'listObservations', '{}')) as { rows: { id: string }[] };
        const detail = JSON.parse(cli('api', 'getObservation', JSON.stringify({ id: list.rows[0]!.id }))) as { noteDraft: string };
        return detail.noteDraft;
      })
      .toBe('S7 starts to say why the');
    host.child.kill('SIGKILL');
    await new Promise((resolve) => host.child.once('exit', resolve));
    expect(errors).toEqual([]);
    await page.context().close();

    host = await startHost(dataDir);
    ({ page, errors } = await openApp(host));
    await page.getByText(/^Recovered your observation of Room 12: 6 notes saved, and the note you were typing\.$/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('S7 starts to say why the');
    expect(await page.getByRole('list', { name: 'Notes' }).locator(':scope > li').count()).toBe(6);
    await shot(page, 'observe-recovered');
    expect(errors).toEqual([]);
    await page.context().close();
    expect(await host.stop()).toBe(0);
  });
});
