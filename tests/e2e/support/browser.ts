// Debian's Chromium driven by playwright-core. Never a downloaded browser:
// this machine cannot fetch one, and CI installs the chromium package.
import fs from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.FIELDBOOK_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}; run "apt-get install -y chromium" (see README).`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    // playwright gives each launch a fresh temporary profile and removes it on close.
    close: () => browser.close(),
  };
}

/** The change stream (GET /events) is cut when the host stops and opened again when it is back: Chromium logs the cut, the app carries on. */
function isChangeStreamCut(m: ConsoleMessage): boolean {
  return new URL(m.location().url || 'about:blank').pathname === '/events' && /net::ERR_/.test(m.text());
}

/** Everything that went wrong on a page a person would not see: console errors, uncaught exceptions and failed requests. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !isChangeStreamCut(m) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  return errors;
}
