// @vitest-environment jsdom
// The "edited on two devices" banner, on real conflicts: another device's
// concurrent edit is applied to the real store through the apply path.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';
import { openTestBackend, seedConflict, type TestBackend } from './support/testBackend.js';

const extra: TestBackend[] = [];
afterEach(() => {
  tidyUp();
  for (const b of extra.splice(0)) b.close();
});

async function demoWithConflicts() {
  const backend = await openTestBackend();
  extra.push(backend);
  await backend.api.loadDemo({});
  await backend.api.saveSettings({ firstRunDone: true });
  const school = (await backend.api.listSchools({})).find((s) => s.code === 'ACE')!;
  await seedConflict(backend.dataDir, { table: 'schools', row: school.id, column: 'grades' }, 'K-6', true);
  await seedConflict(backend.dataDir, { table: 'schools', row: school.id, column: 'code' }, null, false);
  return { backend, school };
}

describe('conflict banner', () => {
  it('is absent when nothing was edited on two devices', async () => {
    await renderApp({ firstRunDone: true, demo: true });
    await screen.findByRole('table', { name: 'Schools' });
    expect(screen.queryByRole('heading', { name: /edited on two devices/ })).toBeNull();
  });

  it('lists each conflict in plain words with both values, and settles each by the value a person chooses', async () => {
    const { backend, school } = await demoWithConflicts();
    const { user } = await renderApp({ dataDir: backend.dataDir });

    const banner = (await screen.findByRole('heading', { name: '2 fields were edited on two devices' })).closest('section')!;
    const items = within(banner).getAllByRole('listitem');
    expect(items[0]!.textContent).toBe(`School “${school.name}”, gradesShown nowK-6Other editK-5Keep shownUse other edit`);
    expect(items[1]!.textContent).toContain('codeShown nowACEOther edit(empty)');
    // Each button's accessible name begins with its visible text (WCAG 2.5.3, label in name).
    for (const button of within(banner).getAllByRole('button')) expect(button.getAttribute('aria-label') ?? '').toMatch(new RegExp(`^${button.textContent}: `));

    await user.click(within(banner).getByRole('button', { name: `Use other edit: School “${school.name}”, grades` }));
    expect(await screen.findByRole('heading', { name: '1 field was edited on two devices' })).toBeTruthy();
    expect((await backend.api.listSchools({})).find((s) => s.id === school.id)!.grades).toBe('K-5');
    await user.click(screen.getByRole('button', { name: `Keep shown: School “${school.name}”, code` }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /edited on two devices/ })).toBeNull());
    expect((await backend.api.listSchools({})).find((s) => s.id === school.id)!.code).toBe('ACE');
  });

  it('shows the reason when a choice is refused', async () => {
    const { backend, school } = await demoWithConflicts();
    const { user } = await renderApp({ dataDir: backend.dataDir });
    await screen.findByRole('heading', { name: '2 fields were edited on two devices' });
    // Settled meanwhile elsewhere (another window on the same data).
    const [first] = await backend.api.listConflicts({});
    await backend.api.resolveConflict({ id: first!.id, keep: 'kept' });
    await user.click(screen.getByRole('button', { name: `Keep shown: School “${school.name}”, grades` }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already settled or does not exist/);
  });
});
