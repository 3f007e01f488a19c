// @vitest-environment jsdom
// First run: a newcomer names themselves, loads the demo district (or starts
// empty) and lands in a living directory; a store the command line filled
// opens straight on its district. Real backend, real SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';
import { fieldbookInNewDir } from './support/testBackend.js';

afterEach(tidyUp);

describe('first run', () => {
  it('loads the demo district and opens the directory on its schools', async () => {
    const { user, api } = await renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Fieldbook' })).toBeTruthy();
    await user.type(screen.getByLabelText('Your name'), 'Ana Torres');
    await user.selectOptions(screen.getByLabelText('Your role'), 'Instructional coach');
    await user.click(screen.getByRole('button', { name: 'Load demo district' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Schools' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Schools' });
    for (const name of ['Alder Creek Elementary', 'Juniper Middle School', 'Riverbend High School']) {
      expect(within(table).getByRole('rowheader', { name })).toBeTruthy();
    }
    expect(screen.getByRole('navigation', { name: 'Sections' }).textContent).toContain('Ana Torres');

    const settings = await api.getSettings({});
    expect(settings).toMatchObject({ userName: 'Ana Torres', role: 'coach', firstRunDone: true });
    // District was left empty, so the demo's own district name stays.
    expect(settings.district).toMatch(/demo/i);
  });

  it('starts empty, with an empty directory that says how to begin', async () => {
    const { user, api } = await renderApp();

    await user.type(await screen.findByLabelText('District'), 'Sierra Vista Unified');
    await user.click(screen.getByRole('button', { name: 'Start empty' }));

    expect(await screen.findByText(/No schools yet/)).toBeTruthy();
    expect(await api.listSchools({ includeArchived: true })).toEqual([]);
    expect(await api.getSettings({})).toMatchObject({ district: 'Sierra Vista Unified', firstRunDone: true });
  });

  it('opens a store the command line filled (fieldbook demo) on its district, never on the first-run screen', async () => {
    const dataDir = await fieldbookInNewDir(['demo']);
    const { api } = await renderApp({ dataDir });

    const table = await screen.findByRole('table', { name: 'Schools' });
    expect(within(table).getByRole('rowheader', { name: 'Alder Creek Elementary' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Welcome to Fieldbook' })).toBeNull();
    // A store with a district in it has had its first run, however it was filled.
    expect(await api.getSettings({})).toMatchObject({ firstRunDone: true });
  });

  it('skips the first-run screen once it is done', async () => {
    await renderApp({ firstRunDone: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Schools' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Welcome to Fieldbook' })).toBeNull();
  });
});
