// A district adapts TRU Math and shares it, in real Chromium against the
// browser host: duplicate the built-in, edit one descriptor, publish, export
// the file; then, on a second Fieldbook with a fresh data directory, import
// the file and preview it exactly as an observer will see it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPageErrors } from './support/browser.js';
import { REPO_ROOT, startHost, type RunningHost } from './support/webHost.js';

const SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');
const EDITED = 'Students explain why the method works and connect it to earlier ideas (Oak District wording).';

const hosts: RunningHost[] = [];
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let downloads: string;

/** A data directory whose first run is done, so the journey starts at work rather than at the welcome screen. */
function preparedDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-rubrics-'));
  const settings = JSON.stringify({ userName: 'Ana Torres', role: 'coach', district: 'Oak District', firstRunDone: true });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/fieldbook'), 'api', 'saveSettings', settings, '--data-dir', dir], { cwd: REPO_ROOT, stdio: 'ignore' });
  return dir;
}

async function hostOn(dataDir: string): Promise<RunningHost> {
  const host = await startHost(dataDir);
  hosts.push(host);
  return host;
}

beforeAll(async () => {
  chromium = await launchChromium();
  browser = chromium.browser;
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-downloads-'));
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  for (const host of hosts) {
    expect(await host.stop()).toBe(0);
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  }
  fs.rmSync(downloads, { recursive: true, force: true });
});

/** What a person sees on screen; long screens such as the editor would otherwise be many screens tall. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function openPage(host: RunningHost): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Rubrics' }).click();
  await page.getByRole('table', { name: 'Rubrics on this device' }).waitFor();
  return { page, errors, close: () => context.close() };
}

describe('a district adapts TRU Math and shares it', () => {
  let exported = '';

  it('duplicates TRU Math, edits a descriptor, publishes and exports the file', async () => {
    const host = await hostOn(preparedDataDir());
    const { page, errors, close } = await openPage(host);
    await shot(page, 'rubrics');

    await page.getByRole('button', { name: 'TRU Math', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'TRU Math' }).waitFor();
    await page.getByRole('region', { name: 'Cognitive Demand' }).waitFor();
    await shot(page, 'rubric-tru-math');

    await page.getByRole('button', { name: 'Duplicate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Duplicate TRU Math' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Oak District TRU Math');
    await dialog.getByRole('textbox', { name: 'Id' }).fill('oak-tru-math');
    await dialog.getByRole('button', { name: 'Duplicate and edit' }).click();
    await page.getByRole('heading', { level: 1, name: /^Draft of Oak District TRU Math · version 1 · oak-tru-math$/ }).waitFor();

    await page.getByRole('tab', { name: /^Dimensions/ }).click();
    const descriptor = page.getByRole('textbox', { name: 'Level 3 (Strong) descriptor for Cognitive Demand' });
    await descriptor.fill(EDITED);
    await descriptor.blur();
    await page.getByText('Saved', { exact: true }).waitFor();
    await descriptor.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, 'rubric-editor');

    await page.getByRole('button', { name: 'Publish version 1' }).click();
    const confirm = page.getByRole('dialog', { name: 'Publish version 1?' });
    await confirm.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Published version 1.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Oak District TRU Math' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('oak-tru-math-v1.fieldbook-rubric.json');
    exported = path.join(downloads, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(fs.readFileSync(exported, 'utf8')) as { id: string; version: number; dimensions: { name: string; levels: { value: number; descriptor: string }[] }[] };
    expect(file).toMatchObject({ id: 'oak-tru-math', version: 1 });
    expect(file.dimensions.find((d) => d.name === 'Cognitive Demand')?.levels.find((l) => l.value === 3)?.descriptor).toBe(EDITED);

    expect(errors).toEqual([]);
    await close();
  });

  it('imports the file into a fresh data directory and previews it as an observer will see it', async () => {
    expect(exported, 'the first journey exports the file').not.toBe('');
    const host = await hostOn(preparedDataDir());
    const { page, errors, close } = await openPage(host);
    expect(await page.getByRole('button', { name: 'Oak District TRU Math' }).count()).toBe(0);

    await page.getByLabel('Import rubric file…').setInputFiles(exported);
    await page.getByText('Imported Oak District TRU Math version 1.').waitFor();
    await page.getByRole('button', { name: 'Oak District TRU Math', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oak District TRU Math' }).waitFor();

    const levels = page.getByRole('table', { name: 'Levels of Cognitive Demand' });
    await levels.waitFor();
    expect(await levels.getByText(EDITED).isVisible()).toBe(true);
    await shot(page, 'rubric-imported');

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'All rubrics' }).click();
    await page.getByLabel('Import rubric file…').setInputFiles(exported);
    await page.getByText('Already had Oak District TRU Math version 1; nothing changed.').waitFor();

    expect(errors).toEqual([]);
    await close();
  });
});
