// A coach's whole visit in real Chromium against the browser host, by
// keyboard only (every control is reached by focus and keys, never clicked):
// start a TRU Math observation, seat students, type 20 notes with tags and a
// student across 3 episodes, attach a photo, score with evidence, write the
// feedback, submit, export Markdown, CSV and the print page (as a PDF), find
// a note by search, reload and find everything. Then bad input: a 5 MB note,
// a path-like file name and a score outside the scale are refused with a
// sentence and store nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { cliFor, openApp, shot } from './support/journey.js';
import { startHost } from './support/webHost.js';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let dataDir: string;
let cli: ReturnType<typeof cliFor>;

// The smallest valid PNG header and a few bytes: enough for the kind to be read from the bytes.
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-finish-'));
  cli = cliFor(dataDir);
  cli('api', 'saveSettings', JSON.stringify({ userName: 'Ana Torres', role: 'coach', district: 'Harbor Valley Unified', firstRunDone: true }));
  chromium = await launchChromium();
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Stored {
  observation: { id: string; status: string; teacherLabel: string };
  notes: { id: string; text: string; dimensions: string[]; tags: string[]; studentId: string | null }[];
  episodes: unknown[];
  scores: { episodeId: string | null; dimensionId: string; value: number | null; evidence: string[] }[];
  students: { id: string; code: string }[];
  attachments: { name: string; mime: string }[];
}

function stored(id: string): Stored {
  return JSON.parse(cli('api', 'getObservation', JSON.stringify({ id }))) as Stored;
}

function newestObservationId(): string {
  return (JSON.parse(cli('api', 'listObservations', '{}')) as { rows: { id: string }[] }).rows[0]!.id;
}

/** Presses a key on a control, as a person who tabbed to it would. */
async function pressOn(target: Locator, key = 'Enter'): Promise<void> {
  await target.press(key);
}

async function openTab(page: Page, name: RegExp): Promise<Locator> {
  await pressOn(page.getByRole('tab', { name }));
  return page.getByRole('tabpanel');
}

async function seatStudent(page: Page, panel: Locator, seat: string, code: string): Promise<void> {
  await pressOn(panel.getByRole('button', { name: seat }));
  const field = panel.getByRole('textbox', { name: 'Student code' });
  await field.fill(code);
  await field.press('Enter');
  await panel.getByRole('button', { name: new RegExp(`^${code}, `) }).waitFor();
}

async function attach(page: Page, panel: Locator, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await pressOn(panel.getByLabel('Attach file'), 'Space');
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: PNG });
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await pressOn(button);
  const file = await pending;
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
}

/** Starts a visit from Observe home by keyboard: N, the who-and-where step, then "Start now" with TRU Math. */
async function startVisit(page: Page, label: string, grade: string): Promise<{ note: Locator; id: string }> {
  await pressOn(page.getByRole('link', { name: 'Observe' }));
  await page.getByRole('heading', { level: 1, name: 'Observe' }).waitFor();
  await page.keyboard.press('n');
  const who = page.getByRole('form', { name: 'New observation: who and where' });
  await who.getByRole('textbox', { name: 'Or a label' }).fill(label);
  await who.getByRole('textbox', { name: 'Grade' }).fill(grade);
  await who.getByRole('textbox', { name: 'Grade' }).press('Enter');
  await pressOn(page.getByRole('form', { name: 'New observation: rubric and focus' }).getByRole('button', { name: 'Start now' }));
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.waitFor();
  return { note, id: newestObservationId() };
}

describe('a coach finishes a visit and hands the teacher feedback', () => {
  it('captures, scores with evidence, submits and exports by keyboard, finds a note, and keeps it all through a reload', async () => {
    const host = await startHost(dataDir);
    const { page, errors } = await openApp(browser, host);
    // Start: who and where, then the rubric (TRU Math is the default).
    const { note, id } = await startVisit(page, 'Room 12', '7');

    // Seat two students on a 2 × 3 chart.
    const seating = await openTab(page, /^Seating/);
    await seating.getByRole('spinbutton', { name: 'Rows' }).fill('2');
    await seating.getByRole('spinbutton', { name: 'Seats per row' }).fill('3');
    await seating.getByRole('spinbutton', { name: 'Seats per row' }).press('Enter');
    await seatStudent(page, seating, 'Row 1, seat 1, empty', 'S01');
    await seatStudent(page, seating, 'Row 1, seat 2, empty', 'S02');
    await shot(page, 'observe-seating');

    // 20 notes in 3 episodes, some tagged to a dimension or a quick tag, some about a student.
    await note.focus();
    await page.keyboard.press('Alt+e');
    await page.keyboard.press('l');
    for (let i = 1; i <= 20; i++) {
      if (i === 8 || i === 15) {
        await page.keyboard.press('Alt+e');
        await page.keyboard.press(i === 8 ? 'g' : 'w');
      }
      const about = i % 5 === 0 ? '@S01 ' : '';
      await page.keyboard.type(`${about}Note ${i}: students compare the tape diagram with the ratio table`);
      if (i % 2 === 0) await page.keyboard.press('Alt+1');
      if (i % 3 === 0) await page.keyboard.press('Alt+q');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('list', { name: 'Notes' }).getByText('Note 20: students compare').waitFor();
    await expect.poll(() => stored(id).notes.length).toBe(20);
    const s01 = await page.getByRole('tabpanel').getByRole('button', { name: 'S01, 4 notes' }).count();
    expect(s01).toBe(1);

    // Attach a photo of student work.
    const files = await openTab(page, /^Files/);
    await attach(page, files, 'work-sample.png');
    await files.getByRole('list', { name: 'Attached files' }).getByText('work-sample.png').waitFor();

    // Score The Mathematics in the current episode and as the lesson summary, each with the latest note as evidence.
    const scores = await openTab(page, /^Scores/);
    const maths = scores.getByRole('region', { name: /^The Mathematics/ });
    await maths.getByRole('radio').first().press('2');
    await maths.getByRole('radio').first().press('l');
    await scores.getByRole('combobox', { name: 'Score for' }).selectOption('lesson');
    await maths.getByRole('radio').first().press('3');
    await maths.getByRole('radio').first().press('l');
    await maths.getByText('Lesson summary: 3 Strong').waitFor();
    await expect.poll(() => stored(id).scores.filter((s) => s.evidence.length === 1).length).toBe(2);
    await shot(page, 'observe-scores');

    // Feedback beside the evidence, then submit and freeze.
    await pressOn(page.getByRole('button', { name: 'Finish and submit' }));
    await page.getByRole('heading', { level: 1, name: /^Feedback: Room 12/ }).waitFor();
    await page.getByRole('textbox', { name: 'Strengths' }).fill('Students compared two representations and said why they match.');
    await page.getByRole('textbox', { name: 'Questions to consider' }).fill('Which students have not yet explained their thinking aloud?');
    await page.getByRole('textbox', { name: 'Next steps' }).fill('Ask a second student to restate the first one’s reasoning.');
    await shot(page, 'observe-feedback');
    await pressOn(page.getByRole('button', { name: 'Submit observation' }));
    await pressOn(page.getByRole('dialog', { name: 'Submit and freeze?' }).getByRole('button', { name: 'Submit' }));
    const report = page.getByRole('article', { name: 'Feedback report' });
    await report.waitFor();
    expect(stored(id).observation.status).toBe('submitted');
    await shot(page, 'observe-report');

    // Exports: the teacher's Markdown, the researchers' CSV, and the print page as a PDF.
    const markdown = await download(page, page.getByRole('button', { name: 'Export Markdown' }));
    expect(markdown.name).toMatch(/^feedback-room-12-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain('## Strengths\n\nStudents compared two representations and said why they match.');
    expect(markdown.text).toContain('### The Mathematics: 3 (Strong)');
    expect(markdown.text).toMatch(/- \\\[\d\d:\d\d\\\] S01: @S01 Note 20: students compare/);
    const csv = await download(page, page.getByRole('button', { name: 'Export scores (CSV)' }));
    const rows = csv.text.trimEnd().split('\r\n');
    expect(rows[0]!.split(',')).toContain('dimension_id');
    expect(rows.slice(1).map((r) => r.split(',').slice(11, 17).join('|'))).toEqual([
      'episode|3|Whole-class discussion|mathematics|The Mathematics|2',
      'lesson|||mathematics|The Mathematics|3',
    ]);
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'observe-report-print');
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // Find a note by search from Observe home.
    await pressOn(page.getByRole('button', { name: 'Back to Observe' }));
    const search = page.getByRole('searchbox', { name: /Search notes/ });
    await search.fill('Note 12 tape');
    await search.press('Enter');
    await page.getByRole('list', { name: 'Notes found' }).getByText(/Note.*12/).first().waitFor();

    // Reload: everything is there, and the submitted observation opens its report.
    await page.reload();
    await pressOn(page.getByRole('link', { name: 'Observe' }));
    await pressOn(page.getByRole('button', { name: 'Open report of Room 12' }));
    await report.getByText('Students compared two representations and said why they match.').waitFor();
    const after = stored(id);
    expect(after.notes).toHaveLength(20);
    expect(after.notes.filter((n) => n.dimensions.includes('mathematics'))).toHaveLength(10);
    expect(after.notes.filter((n) => n.tags.includes('teacher-question'))).toHaveLength(6);
    const s01Id = after.students.find((s) => s.code === 'S01')!.id;
    expect(after.notes.filter((n) => n.studentId === s01Id)).toHaveLength(4);
    expect(after.episodes).toHaveLength(3);
    expect(after.attachments).toMatchObject([{ name: 'work-sample.png', mime: 'image/png' }]);
    expect(errors).toEqual([]);
    await page.context().close();
    expect(await host.stop()).toBe(0);
  });

  it('refuses a 5 MB note, a path-like file name and a score outside the scale, and stores none of them', async () => {
    const host = await startHost(dataDir);
    const { page, errors } = await openApp(browser, host);
    const { note, id } = await startVisit(page, 'Room 4', '5');

    await note.focus();
    await page.keyboard.insertText('x'.repeat(5 * 1024 * 1024));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('A note can be at most 10,000 characters; split it into several notes.').waitFor();

    const files = await openTab(page, /^Files/);
    await attach(page, files, '..\\..\\evil.png');
    await page.getByRole('alert').getByText('"..\\..\\evil.png" looks like a path, not a file name; attach the file by its own name, such as "work-sample.jpg".').waitFor();
    expect(await files.getByText('No files attached.').isVisible()).toBe(true);

    let refusal = '';
    try {
      cli('api', 'saveScore', JSON.stringify({ observationId: id, dimensionId: 'mathematics', value: 7 }));
    } catch (err) {
      refusal = String((err as { stderr?: string }).stderr);
    }
    expect(refusal).toContain("7 is not on this rubric's scale; the levels are 1 (Limited), 2 (Developing), 3 (Strong).");

    const after = stored(id);
    expect(after.notes).toEqual([]);
    expect(after.attachments).toEqual([]);
    expect(after.scores).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'attachments')) ? fs.readdirSync(path.join(dataDir, 'attachments'), { recursive: true }).filter((f) => String(f).includes('evil')) : []).toEqual([]);
    // The refused upload is the one failed request (the browser logs its 400); nothing else went wrong.
    expect(errors).toEqual([expect.stringMatching(/^400 .*\/api\/addAttachment$/), 'Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.context().close();
    expect(await host.stop()).toBe(0);
  });
});
