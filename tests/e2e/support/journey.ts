// What every journey does around its steps: a data directory prepared with
// the CLI as a person would, a fresh browser context on the running host with
// a watcher for page errors, and screenshots of the main screens saved to
// docs/screenshots so we look at what we built.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPageErrors } from './browser.js';
import { REPO_ROOT, startHost, type RunningHost } from './webHost.js';

const SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');
const FIELDBOOK = path.join(REPO_ROOT, 'bin/fieldbook');

/** `bin/fieldbook <args> --data-dir DIR`, its output as text (throws with stderr on a non-zero exit). */
export function cliFor(dataDir: string): (...args: string[]) => string {
  return (...args) => execFileSync(process.execPath, [FIELDBOOK, ...args, '--data-dir', dataDir], { cwd: REPO_ROOT, encoding: 'utf8', stdio: 'pipe' });
}

export async function openApp(browser: Browser, host: RunningHost): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(host.url);
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

export interface DistrictJourney {
  browser: Browser;
  host: RunningHost;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A district leader's device on the demo district (`fieldbook demo` with the
 * given arguments, such as --observations 400), served by the browser host
 * and driven by Chromium; close() stops both and removes the data.
 */
export async function districtJourney(name: string, demoArgs: string[] = []): Promise<DistrictJourney> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `fieldbook-e2e-${name}-`));
  const cli = cliFor(dataDir);
  cli('api', 'saveSettings', JSON.stringify({ userName: 'Joan Whitaker', role: 'district_leader', district: 'Harbor Valley Unified', firstRunDone: true }));
  cli('demo', ...demoArgs);
  const chromium = await launchChromium();
  const host = await startHost(dataDir);
  return {
    browser: chromium.browser,
    host,
    dataDir,
    async close() {
      await host.stop();
      await chromium.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
