// @vitest-environment jsdom
// The report screen on a real backend: feedback written beside the evidence
// saves itself and survives a restart; a score that needs evidence blocks
// submitting until a note is linked; submitting freezes the page into the
// report with its exports (Markdown, CSV, PDF through the shell), where
// markup typed into any field comes out as text; a correction is a new draft
// that supersedes the submitted observation.
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ApiProvider, useStoreApi } from '../../renderer/appContext.js';
import { ObserveSection } from '../../renderer/features/observe/ObserveSection.js';
import { uuidv7 } from '../../shared/ids.js';
import { SCORE_CSV_COLUMNS } from '../../shared/observationReport.js';
import { hostileVisit, RAW_MARKUP } from '../support/hostileText.js';
import { captureDownloads } from './support/downloads.js';
import { renderApp, tidyUp, unmountApp, type RenderedApp } from './support/renderApp.js';

afterEach(() => {
  tidyUp();
  vi.restoreAllMocks();
  delete window.fieldbookShell;
});

const NOTE = 'S2 explains why three quarters is more, on a number line';
const SMP1 = 'SMP 1: Make sense of problems and persevere in solving them';

function ReportOf({ id }: { id: string }) {
  const observe = useStoreApi('observe');
  useState(() => observe.getState().openReport(id));
  return <ObserveSection />;
}

let mounts = 0;
/** Opens the report screen of one observation, freshly loaded, the way "Finish and submit" does. */
async function openReport(app: RenderedApp, id: string) {
  app.view.rerender(
    <ApiProvider api={app.api} key={++mounts}>
      <ReportOf id={id} />
    </ApiProvider>,
  );
  return screen.findByRole('heading', { level: 1, name: /^Feedback: / });
}

/** A TRU Math visit to the demo's first teacher: a Launch episode, one note, its episode score and the summary score. */
async function truVisit(app: RenderedApp) {
  const { api } = app;
  const [teacher] = await api.listPeople({ role: 'teacher' });
  const o = await api.startObservation({ teacherId: teacher!.id, rubric: { id: 'tru-math', version: 1 }, grade: '7', subject: 'Mathematics', kind: 'formal' });
  const launch = await api.startEpisode({ observationId: o.id, typeId: 'launch', atMs: 0 });
  const note = await api.saveNote({ observationId: o.id, id: uuidv7(), text: NOTE, atMs: 65_000, episodeId: launch.id });
  for (const episodeId of [launch.id, null]) await api.saveScore({ observationId: o.id, episodeId, dimensionId: 'mathematics', value: 3, evidence: [note.id] });
  return { id: o.id, teacher: teacher!, note };
}

async function submittedVisit(app: RenderedApp) {
  const visit = await truVisit(app);
  await app.api.saveFeedback({ id: visit.id, strengths: 'A clear launch with a number line.', questions: 'Who else could explain?', nextSteps: 'Ask pairs to compare.' });
  await app.api.submitObservation({ id: visit.id });
  return visit;
}

describe('report screen', () => {
  it('writes feedback with the evidence in view, saves it by itself, and keeps it after a restart', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { id, teacher } = await truVisit(app);
    expect((await openReport(app, id)).textContent).toBe(`Feedback: ${teacher.name}`);
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to notes' })).toBeTruthy();

    const evidence = screen.getByRole('complementary', { name: 'Evidence' });
    expect(within(evidence).getByRole('heading', { name: 'The Mathematics: 3 (Strong)' })).toBeTruthy();
    expect(within(evidence).getByRole('listitem').textContent).toBe(`[01:05] ${NOTE}`);
    const before = screen.getByRole('region', { name: 'Before you submit' });
    expect(within(before).getByText(/^4 dimensions have no score: Cognitive demand, Equitable access/)).toBeTruthy();
    expect(within(before).queryByRole('list', { name: 'Problems that block submitting' })).toBeNull();

    await app.user.type(screen.getByRole('textbox', { name: 'Strengths' }), 'A clear launch');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeTruthy();
    expect((await app.api.getObservation({ id })).observation.feedback.strengths).toBe('A clear launch');

    // Typed and gone at once: the screen saves what is waiting as it closes, without waiting out the 600 ms.
    await app.user.type(screen.getByRole('textbox', { name: 'Next steps' }), 'Pairs compare');
    unmountApp(app);
    await waitFor(async () => expect((await app.api.getObservation({ id })).observation.feedback.nextSteps).toBe('Pairs compare'), { timeout: 300 });

    const restarted = await renderApp({ firstRunDone: true, dataDir: app.dataDir });
    await openReport(restarted, id);
    expect(screen.getByRole('textbox', { name: 'Strengths' })).toHaveProperty('value', 'A clear launch');
    expect(screen.getByRole('textbox', { name: 'Next steps' })).toHaveProperty('value', 'Pairs compare');
  });

  it('blocks submitting while a score needs evidence, then submits once a note is linked and freezes', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const o = await app.api.startObservation({ teacherLabel: 'Room 12', rubric: { id: 'district-smp-template', version: 1 } });
    const note = await app.api.saveNote({ observationId: o.id, id: uuidv7(), text: 'Keeps trying a second strategy', atMs: 1000 });
    await app.api.saveScore({ observationId: o.id, dimensionId: 'smp-1', value: 3 });

    await openReport(app, o.id);
    const problems = screen.getByRole('list', { name: 'Problems that block submitting' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${SMP1}: the score for the lesson needs at least one note as evidence.`,
    ]);
    expect(screen.getByRole('button', { name: 'Submit observation' })).toHaveProperty('disabled', true);

    await app.api.saveScore({ observationId: o.id, dimensionId: 'smp-1', value: 3, evidence: [note.id] });
    await openReport(app, o.id);
    expect(screen.queryByRole('list', { name: 'Problems that block submitting' })).toBeNull();
    await app.user.type(screen.getByRole('textbox', { name: 'Strengths' }), 'Perseverance was visible');
    await app.user.click(screen.getByRole('button', { name: 'Submit observation' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit and freeze?' });
    expect(dialog.textContent).toContain('A submitted observation cannot be edited; corrections start a new one.');
    await app.user.click(within(dialog).getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Submitted.')).toBeTruthy();
    expect(screen.getByText(/^Submitted on /)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Strengths' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back to notes' })).toBeNull();
    const report = screen.getByRole('article', { name: 'Feedback report' });
    expect(within(report).getByText('Perseverance was visible')).toBeTruthy();
    expect(within(report).getByText('[00:01] Keeps trying a second strategy')).toBeTruthy();
    for (const name of ['Export Markdown', 'Export scores (CSV)', 'Print or save as PDF', 'Start a correction']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect((await app.api.getObservation({ id: o.id })).observation).toMatchObject({ status: 'submitted', feedback: { strengths: 'Perseverance was visible' } });
  });

  it("shows the backend's refusal in the dialog and submits nothing", async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const o = await app.api.startObservation({ teacherLabel: 'Room 12', rubric: { id: 'tru-math', version: 1 }, scheduledFor: '2026-12-01' });
    await openReport(app, o.id);
    expect(screen.getByText('Scheduled, not begun')).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Submit observation' }));
    await app.user.click(within(screen.getByRole('dialog', { name: 'Submit and freeze?' })).getByRole('button', { name: 'Submit' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This visit has not begun yet; begin it and take notes before submitting.');
    expect((await app.api.getObservation({ id: o.id })).observation.status).toBe('scheduled');
  });

  it('exports the feedback as Markdown, the scores as CSV, and a PDF through the desktop shell', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { id } = await submittedVisit(app);
    const { blobs, names } = captureDownloads();
    await openReport(app, id);

    await app.user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(names[0]).toMatch(/^feedback-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.md$/);
    expect(blobs[0]!.type).toBe('text/markdown;charset=utf-8');
    const markdown = await blobs[0]!.text();
    expect(markdown).toContain('## Strengths\n\nA clear launch with a number line.\n');
    expect(markdown).toContain(`### The Mathematics: 3 (Strong)\n\n- \\[01:05\\] ${NOTE}\n`);
    expect(markdown).not.toContain('Draft');
    expect(screen.getByRole('status').textContent).toBe(`Exported ${names[0]}.`);

    await app.user.click(screen.getByRole('button', { name: 'Export scores (CSV)' }));
    // Named for what it holds: the scores, not the feedback.
    expect(names[1]).toBe(names[0]!.replace(/^feedback-/, 'scores-').replace(/\.md$/, '.csv'));
    expect(screen.getByRole('status').textContent).toBe(`Exported ${names[1]}.`);
    const [header, ...rows] = (await blobs[1]!.text()).trimEnd().split('\r\n');
    expect(header).toBe(SCORE_CSV_COLUMNS.join(','));
    expect(rows).toContainEqual(expect.stringMatching(/,submitted,.*,tru-math,1,lesson,,,mathematics,The Mathematics,3,0,1$/));
    expect(rows).toContainEqual(expect.stringMatching(/,episode,1,Launch,mathematics,The Mathematics,3,0,1$/));

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await app.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();

    const savePdf = vi.fn(async () => ({ saved: true, path: '/home/coach/feedback.pdf' }));
    window.fieldbookShell = { savePdf, onDataChanged: () => () => undefined };
    await app.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(savePdf).toHaveBeenCalledWith(names[0]!.replace(/\.md$/, '.pdf'));
    expect((await screen.findByRole('status')).textContent).toBe('Saved the PDF to /home/coach/feedback.pdf.');
    savePdf.mockResolvedValueOnce({ saved: false, error: 'Fieldbook could not write the PDF there.' } as never);
    await app.user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Fieldbook could not write the PDF there.');
    expect(print).toHaveBeenCalledOnce();
  });

  it('escapes text from data: the printed report shows markup in every field as text, and the Markdown export holds none', async () => {
    const app = await renderApp({ firstRunDone: true });
    const call = <T,>(method: string, input: unknown = {}) => (app.api as unknown as Record<string, (input: unknown) => Promise<T>>)[method]!(input);
    const { id } = await hostileVisit(call);
    await app.api.submitObservation({ id });
    const { blobs } = captureDownloads();
    await openReport(app, id);

    const report = screen.getByRole('article', { name: 'Feedback report' });
    expect(report.querySelector('img, script')).toBeNull();
    expect(report.textContent).toContain('3 (3<img src=x onerror=alert(7)>|');
    await app.user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    const markdown = await blobs[0]!.text();
    expect(markdown).toContain('onerror=alert(7)');
    expect(markdown).not.toMatch(RAW_MARKUP);
  });

  it('starts a correction: a new draft that supersedes the submitted observation', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { id } = await submittedVisit(app);
    await openReport(app, id);
    await app.user.click(screen.getByRole('button', { name: 'Start a correction' }));
    await app.user.click(within(screen.getByRole('dialog', { name: 'Start a correction?' })).getByRole('button', { name: 'Start a correction' }));
    expect(await screen.findByText(/^Correction started: a new draft with a copy of everything\./)).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: 'Note' })).toBeTruthy();

    const { supersededBy } = await app.api.getObservation({ id });
    const correction = await app.api.getObservation({ id: supersededBy! });
    expect(correction.observation).toMatchObject({ status: 'draft', supersedes: id, feedback: { strengths: 'A clear launch with a number line.' } });

    await openReport(app, id);
    expect(screen.getByText('Corrected: replaced by a correction')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start a correction' })).toBeNull();
    await app.user.click(screen.getByRole('button', { name: 'Open the correction' }));
    expect(await screen.findByText('Correction of an earlier observation')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Strengths' })).toHaveProperty('value', 'A clear launch with a number line.');
  });
});
