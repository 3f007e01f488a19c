// @vitest-environment jsdom
// Observe on a real backend: start a visit with the two-step form by
// keyboard, type and tag notes, mark episodes, keep the half-typed note,
// recover after a restart, refuse an oversized note, and search.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

afterEach(tidyUp);

async function openObserve({ user }: RenderedApp) {
  await user.click(await screen.findByRole('link', { name: 'Observe' }));
  return screen.findByRole('heading', { level: 1, name: 'Observe' });
}

/** Starts a visit to the demo's first teacher with the keyboard only; resolves on the capture screen. */
async function startByKeyboard(app: RenderedApp) {
  const { user, api } = app;
  await openObserve(app);
  const [teacher] = await api.listPeople({ role: 'teacher' });
  await user.keyboard('n');
  const who = await screen.findByRole('form', { name: 'New observation: who and where' });
  const teacherSelect = within(who).getByRole('combobox', { name: 'Teacher' });
  await waitFor(() => expect(document.activeElement).toBe(teacherSelect));
  await waitFor(() => expect(within(teacherSelect).getByRole('option', { name: teacher!.name })).toBeTruthy());
  await user.selectOptions(teacherSelect, teacher!.id);
  await user.click(within(who).getByRole('textbox', { name: 'Grade' }));
  await user.keyboard('7{Tab}Mathematics{Enter}');

  const rubric = await screen.findByRole('form', { name: 'New observation: rubric and focus' });
  expect((within(rubric).getByRole('combobox', { name: 'Rubric' }) as HTMLSelectElement).value).toBe('tru-math@1');
  await user.click(await within(rubric).findByRole('checkbox', { name: 'The Mathematics' }));
  await user.click(within(rubric).getByRole('button', { name: 'Start now' }));
  return { teacher: teacher! };
}

describe('observe', () => {
  it('starts an observation from the two-step form and lists it', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    const { teacher } = await startByKeyboard(app);
    await screen.findByRole('button', { name: 'Back to Observe' });
    const { rows } = await app.api.listObservations({});
    expect(rows).toMatchObject([{ teacher: teacher.name, grade: '7', subject: 'Mathematics', status: 'draft' }]);
    const detail = await app.api.getObservation({ id: rows[0]!.id });
    expect(detail.observation).toMatchObject({ teacherId: teacher.id, focus: ['mathematics'], rubricId: 'tru-math' });

    await app.user.click(screen.getByRole('button', { name: 'Back to Observe' }));
    expect(await screen.findByRole('button', { name: `Continue observation of ${teacher.name}` })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Recent observations' });
    expect(within(table).getByRole('rowheader', { name: teacher.name }).closest('tr')!.textContent).toContain('In progress');
  });

  it('refuses to go on without a teacher or a label, and starts nothing', async () => {
    const app = await renderApp({ firstRunDone: true, demo: true });
    await openObserve(app);
    await app.user.click(screen.getByRole('button', { name: /New observation/ }));
    const who = await screen.findByRole('form', { name: 'New observation: who and where' });
    await app.user.click(within(who).getByRole('button', { name: 'Next: rubric and focus' }));
    expect((await within(who).findByRole('alert')).textContent).toBe('Choose a teacher or write a label such as "Room 12".');
    expect(document.activeElement).toBe(within(who).getByRole('textbox', { name: 'Or a label' }));
    expect((await app.api.listObservations({})).total).toBe(0);
  });
});
