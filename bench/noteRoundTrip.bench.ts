// A note's round trip as a coach feels it, in Chromium through the browser
// host: from the Enter keystroke to the note listed as saved (the backend
// answers only once the row is committed with synchronous=FULL), over 1,000
// notes. The alternative is the floor of the same path: an API call from the
// same page that reads and writes nothing (getAppInfo), so the ratio is what
// saving and showing a note costs on top of the transport.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/support/browser.js';
import { startHost } from '../tests/e2e/support/webHost.js';
import { median, percentile, type Benchmark, type BenchResult } from './harness.js';
import { ensureRendererBuilt } from './rendererBuild.js';

const NOTES = 1_000;
const TARGET_MS = 20;

/**
 * Installed in the page before its document exists (so it watches `document`,
 * not body): times each Enter in the note field until the note it expects is
 * listed and no longer marked as saving (at the top: the list is newest first). Page code, so it is kept as text
 * rather than compiled with Node's types.
 */
const PROBE = `
  window.roundTrips = [];
  window.expectText = null;
  let started = 0;
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) started = performance.now();
  }, true);
  new MutationObserver(() => {
    if (window.expectText === null) return;
    // Notes are listed newest first: only the top one can be the note just saved.
    const top = document.querySelector('[aria-label="Notes"] > li');
    if (top && !top.classList.contains('is-pending') && top.textContent.includes(window.expectText)) {
      window.roundTrips.push(performance.now() - started);
      window.expectText = null;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
`;

/** What the probe keeps on the page's global object. */
type Probed = typeof globalThis & { roundTrips: number[]; expectText: string | null };

export const noteRoundTripBenchmark: Benchmark = {
  name: 'Note save round trip in Chromium',
  async run(): Promise<BenchResult> {
    ensureRendererBuilt();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-notes-'));
    const host = await startHost(dataDir);
    const chromium = await launchChromium();
    try {
      const secret = new URL(host.url).hash.replace('#secret=', '');
      const api = async (method: string, input: unknown) => {
        const res = await fetch(`${host.origin}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return ((await res.json()) as { value: { id: string } }).value;
      };
      await api('saveSettings', { firstRunDone: true, userName: 'Bench coach' });
      const observation = await api('startObservation', { teacherLabel: 'Room 12', rubric: { id: 'tru-math', version: 1 } });
      // Opening the app with this observation remembered lands on its capture screen, as after a crash.
      await api('setOpenObservation', { id: observation.id });
      const page = await chromium.browser.newPage();
      await page.addInitScript({ content: PROBE });
      await page.goto(host.url);
      const field = page.getByRole('textbox', { name: 'Note' });
      await field.waitFor();

      for (let i = 0; i < NOTES; i++) {
        const text = `Note ${i}: S${i % 30} compares the two strategies on the board`;
        // The note field keeps focus, as for a coach: type into it and press Enter (no element lookups
        // by the driver between notes, which would compete with the page for the CPU).
        await page.keyboard.insertText(text);
        await page.evaluate((t) => ((globalThis as Probed).expectText = t), text);
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => (globalThis as Probed).roundTrips.length === n, i + 1);
      }
      const ours = await page.evaluate(() => (globalThis as Probed).roundTrips);
      const floor = await page.evaluate(
        async ({ count, token }) => {
          const times: number[] = [];
          for (let i = 0; i < count; i++) {
            const start = performance.now();
            const res = await fetch('/api/getAppInfo', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
            await res.json();
            times.push(performance.now() - start);
          }
          return times;
        },
        { count: NOTES, token: secret },
      );
      const oursP99 = percentile(ours, 99);
      const floorP99 = percentile(floor, 99);
      return {
        name: `Note save round trip in Chromium (${NOTES.toLocaleString('en')} notes, p99)`,
        description:
          'Keystroke (Enter in the note field) to the note listed as saved, timed in the page; the note is committed (synchronous=FULL) before the backend answers. The notes list grows to 1,000 entries during the run.',
        ours: { label: 'Enter → note committed and listed, p99', ms: oursP99 },
        alternative: { label: 'empty API call (getAppInfo) from the same page, p99', ms: floorP99 },
        ratio: oursP99 / floorP99,
        target: `p99 under ${TARGET_MS} ms`,
        met: oursP99 < TARGET_MS,
        notes: [
          `Median: ours ${median(ours).toFixed(1)} ms, empty call ${median(floor).toFixed(1)} ms; slowest note ${Math.max(...ours).toFixed(1)} ms.`,
        ],
      };
    } finally {
      await chromium.close();
      await host.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
