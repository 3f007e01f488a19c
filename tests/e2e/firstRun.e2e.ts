// The first journey of a newcomer, in real Chromium against the browser host
// started as the README says: first run, load the demo district, add a
// teacher, reload, and the teacher is still there. Screenshots of the main
// screens go to docs/screenshots/.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPageErrors } from './support/browser.js';
import { REPO_ROOT, startHost, type RunningHost } from './support/webHost.js';

const SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

let host: RunningHost;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  chromium = await launchChromium();
  browser = chromium.browser;
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chromium?.close();
  const code = await host?.stop();
  expect(code).toBe(0);
  fs.rmSync(host.dataDir, { recursive: true, force: true });
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function post(origin: string, pathname: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${pathname}`, { method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a newcomer on a laptop with no network', () => {
  it('runs first run, loads the demo district, adds a teacher, and still has them after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleErrors = watchPageErrors(page);

    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Welcome to Fieldbook' }).isVisible()).toBe(true);
    // The secret leaves the visible address once the page has it.
    expect(page.url()).not.toContain('secret=');
    await shot(page, 'first-run');

    await page.getByLabel('Your name').fill('Ana Torres');
    await page.getByLabel('Your role').selectOption({ label: 'Instructional coach' });
    await page.getByRole('button', { name: 'Load demo district' }).click();
    await page.getByRole('table', { name: 'Schools' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Juniper Middle School' }).isVisible()).toBe(true);
    await shot(page, 'schools');

    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('button', { name: 'New person' }).click();
    const form = page.getByRole('form', { name: 'New person' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Farah Aziz');
    await form.getByRole('checkbox', { name: 'Teacher' }).check();
    await form.getByLabel('School').selectOption({ label: 'Juniper Middle School' });
    await form.getByLabel('Title').fill('Grade 6 science');
    await shot(page, 'new-person');
    await form.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('rowheader', { name: 'Farah Aziz' }).waitFor();
    await shot(page, 'people');

    await page.reload();
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Farah Aziz' }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Juniper Middle School');

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Ana Torres');
    await shot(page, 'settings');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('refuses API calls without the secret or from a foreign host, changing nothing', async () => {
    const body = JSON.stringify({ name: 'Injected School' });
    const json = { 'Content-Type': 'application/json' };
    const secret = new URL(host.url).hash.replace('#secret=', '');
    expect(await post(host.origin, '/api/saveSchool', json, body)).toBe(401);
    expect(await post(host.origin, '/api/saveSchool', { ...json, Authorization: `Bearer ${secret}`, Host: 'attacker.example' }, body)).toBe(403);
    expect(await post(host.origin, '/api/saveSchool', { ...json, Authorization: `Bearer ${secret}`, Origin: 'http://attacker.example' }, body)).toBe(403);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Schools' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Injected School' }).count()).toBe(0);
    await context.close();
  });
});
