// @vitest-environment jsdom
// The "edited on two devices" banner. Conflicts only arise from sync, which no
// contract method can stage yet, so here the real backend answers everything
// except listConflicts/dismissConflict, which serve one recorded conflict
// about a real demo school. With no conflicts the real backend is used as is.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../shared/contract.js';
import type { Conflict } from '../../shared/domain.js';
import { App } from '../../renderer/App.js';
import { renderApp, tidyUp } from './support/renderApp.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

const extra: TestBackend[] = [];
afterEach(() => {
  tidyUp();
  for (const b of extra.splice(0)) b.close();
});

describe('conflict banner', () => {
  it('is absent when nothing was edited on two devices', async () => {
    await renderApp({ firstRunDone: true, demo: true });
    await screen.findByRole('table', { name: 'Schools' });
    expect(screen.queryByRole('heading', { name: /edited on two devices/ })).toBeNull();
  });

  it('lists each conflict in plain words and dismisses them one by one', async () => {
    const backend = await openTestBackend();
    extra.push(backend);
    await backend.api.loadDemo({});
    await backend.api.saveSettings({ firstRunDone: true });
    const [school] = await backend.api.listSchools({});
    const open: Conflict[] = [
      { id: 1, table: 'schools', rowId: school!.id, column: 'grades', keptValue: 'K-6', otherValue: 'K-5', detectedAt: '2025-01-01T00:00:00.000Z' },
      { id: 2, table: 'schools', rowId: school!.id, column: 'code', keptValue: 'ACE', otherValue: null, detectedAt: '2025-01-01T00:00:00.000Z' },
    ];
    const api: Api = {
      ...backend.api,
      listConflicts: async () => [...open],
      dismissConflict: async ({ id }) => {
        open.splice(open.findIndex((c) => c.id === id), 1);
        return { ok: true as const };
      },
    };
    const user = userEvent.setup();
    render(<App api={api} />);

    const banner = (await screen.findByRole('heading', { name: '2 fields were edited on two devices' })).closest('section')!;
    const items = within(banner).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain(`School “${school!.name}”, grades: kept K-6, the other device had K-5.`);
    expect(items[1]!.textContent).toContain('code: kept ACE, the other device had (empty).');

    await user.click(within(banner).getByRole('button', { name: `Dismiss: School “${school!.name}”, grades` }));
    expect(await screen.findByRole('heading', { name: '1 field was edited on two devices' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Dismiss: School “${school!.name}”, code` }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /edited on two devices/ })).toBeNull());
  });

  it('shows the reason when a dismiss is refused', async () => {
    const backend = await openTestBackend();
    extra.push(backend);
    await backend.api.saveSettings({ firstRunDone: true });
    // The real dismissConflict, on an id it does not know.
    const api: Api = {
      ...backend.api,
      listConflicts: async () => [
        { id: 99, table: 'people', rowId: 'x', column: 'title', keptValue: 'A', otherValue: 'B', detectedAt: '2025-01-01T00:00:00.000Z' },
      ],
    };
    const user = userEvent.setup();
    render(<App api={api} />);
    await user.click(await screen.findByRole('button', { name: 'Dismiss: A person, title' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already dismissed or does not exist/);
  });
});
