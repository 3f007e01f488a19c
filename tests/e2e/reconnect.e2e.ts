// A tab open when Fieldbook restarts (issue #19, bug 2), in real Chromium
// against the browser host: `fieldbook web` is stopped and started again on
// the same data directory, and each start gives out a new key. The open tab
// says in words that Fieldbook was restarted and reconnects in one step (the
// new address pasted into its address bar, or into the box it shows), keeping
// what was on screen and following changes again; the address opened in a
// new tab works; after a reload on the old key the page asks for the address
// instead of failing "Try again"; and when Fieldbook started again at another
// port (the default), the tab says it is not answering and takes the pasted
// address there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { cliFor, openApp, shot } from './support/journey.js';
import { startHost, type RunningHost } from './support/webHost.js';

let dataDir: string;
let host: RunningHost;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-reconnect-'));
  const cli = cliFor(dataDir);
  cli('api', 'saveSettings', JSON.stringify({ userName: 'Ana Torres', role: 'coach', district: 'Harbor Valley Unified', firstRunDone: true }));
  cli('demo');
  host = await startHost(dataDir);
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await host?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Stops the host and starts it again on the same data directory: on the same port unless `port` says otherwise. */
async function restart(port = host.port): Promise<void> {
  const old = host.url;
  expect(await host.stop()).toBe(0);
  host = await startHost(dataDir, port);
  expect(host.url).not.toBe(old);
}

/** Refusals the journey expects while a tab still holds an old key; anything else a person would not see is a failure. */
function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !/^401 http:\/\/127\.0\.0\.1:\d+\/(api\/\w+|events)$/.test(e) && !/status of 401/.test(e) && !/ERR_CONNECTION_REFUSED|ERR_INCOMPLETE_CHUNKED_ENCODING/.test(e));
}

const notice = (page: Page, words: string) => page.getByRole('alert').filter({ hasText: words });

/** New person, with a name and the Teacher role, not yet added: the form. */
async function startNewPerson(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'New person' }).click();
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('checkbox', { name: 'Teacher' }).check();
  return form;
}

describe('a tab open when Fieldbook restarts', () => {
  it('says Fieldbook was restarted, takes the new address pasted into the same tab without losing the screen, and follows changes again', async () => {
    const { page, errors } = await openApp(browser, host);
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const form = await startNewPerson(page, 'Farah Aziz');

    await restart();
    // The tab notices by itself (its stream of changes is refused the old key), before the person does anything.
    const restarted = notice(page, 'Fieldbook was restarted');
    await restarted.waitFor();
    expect(await restarted.textContent()).toMatch(/paste the address/i);
    await shot(page, 'reconnect-restarted');

    // The new address pasted into this tab's address bar: the same page, no reload.
    await page.goto(host.url);
    await restarted.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('secret=');
    expect(new URL(page.url()).hash).toBe('#/people');
    expect(await form.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Farah Aziz');
    await form.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('rowheader', { name: 'Farah Aziz' }).waitFor();

    // The address as the tab shows it (no key) in a new tab asks for the printed one; the printed one opens the app.
    const second = await page.context().newPage();
    await second.goto(`${host.origin}/#/people`);
    await notice(second, 'without Fieldbook\u2019s key').waitFor();
    await second.goto(host.url);
    await second.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await (await startNewPerson(second, 'Jonah Park')).getByRole('button', { name: 'Add person' }).click();
    await second.getByRole('rowheader', { name: 'Jonah Park' }).waitFor();
    // The first tab follows: its stream of changes came back with the new key.
    await page.getByRole('rowheader', { name: 'Jonah Park' }).waitFor();

    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('after a reload on the old key, asks for the new address, and one paste into its box reconnects', async () => {
    const { page, errors } = await openApp(browser, host);
    await page.getByRole('table', { name: 'Schools' }).waitFor();
    await restart();
    await page.reload();
    const restarted = notice(page, 'Fieldbook was restarted');
    await restarted.waitFor();
    await page.getByRole('textbox', { name: 'Address Fieldbook printed' }).fill(host.url);
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await page.getByRole('table', { name: 'Schools' }).waitFor();
    await restarted.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('secret=');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('when Fieldbook starts again at another port, says it is not answering and takes the pasted address there', async () => {
    const { page, errors } = await openApp(browser, host);
    await page.getByRole('table', { name: 'Schools' }).waitFor();
    await restart(0);
    const silent = notice(page, 'Fieldbook is not answering');
    await silent.waitFor();
    await page.getByRole('textbox', { name: 'Address Fieldbook printed' }).fill(host.url);
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await expect.poll(() => new URL(page.url()).origin).toBe(host.origin);
    await page.getByRole('table', { name: 'Schools' }).waitFor();
    expect(page.url()).not.toContain('secret=');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
