// @vitest-environment jsdom
// The app chrome: every section is reachable from the sidebar, sections not
// built yet say so plainly (no fake data, no dead buttons), and the URL hash
// follows navigation so Back and reload work.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(tidyUp);

const UPCOMING = ['Sync'];

describe('app shell', () => {
  it('lists every section in the navigation', async () => {
    await renderApp({ firstRunDone: true });
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent?.replace(/later$/, ''))).toEqual([
      'Observe', 'Calibrate', 'Lesson study', 'Rubrics', 'Insights', 'Schools', 'People', 'Sync', 'Settings',
    ]);
    // Sections not built yet say so to screen readers too, not only with the visual badge.
    expect(within(nav).getByRole('link', { name: 'Sync (arrives in a later version)' })).toBe(links[7]);
    expect(within(nav).getByRole('link', { name: 'Schools' }).getAttribute('aria-current')).toBe('page');
  });

  it.each(UPCOMING)('%s shows an honest empty state', async (label) => {
    const { user } = await renderApp({ firstRunDone: true });
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    const link = within(nav).getByRole('link', { name: `${label} (arrives in a later version)` });
    await user.click(link);

    const heading = await screen.findByRole('heading', { level: 1, name: label });
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(heading);
    expect(window.location.hash).toBe(`#/${label.toLowerCase().replace(' ', '-')}`);
    const main = screen.getByRole('main');
    expect(main.textContent).toContain(`${label} arrives in a later version of Fieldbook.`);
    expect(within(main).queryAllByRole('button')).toEqual([]);
    expect(within(main).queryByRole('table')).toBeNull();
  });

  it('says how many changes are recorded and waiting for sync', async () => {
    const { user } = await renderApp({ firstRunDone: true, demo: true });
    await user.click(await screen.findByRole('link', { name: /^Sync/ }));
    expect(await screen.findByText(/This device has recorded [\d,]+ changes so far/)).toBeTruthy();
  });

  it('follows the browser history', async () => {
    const { user } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('link', { name: 'People' }));
    await screen.findByRole('heading', { level: 1, name: 'People' });
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Schools' })).toBeTruthy();
  });

  it('opens on the section in the address, as after a reload', async () => {
    window.history.replaceState(null, '', '/#/settings');
    await renderApp({ firstRunDone: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });

  it('moves focus to the content with the skip link', async () => {
    const { user } = await renderApp({ firstRunDone: true });
    await screen.findByRole('heading', { level: 1, name: 'Schools' });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Schools' })));
  });
});
