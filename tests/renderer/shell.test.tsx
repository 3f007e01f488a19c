// @vitest-environment jsdom
// The app chrome: every section is reachable from the sidebar, and the URL
// hash follows navigation so Back and reload work.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(tidyUp);

describe('app shell', () => {
  it('lists every section in the navigation', async () => {
    await renderApp({ firstRunDone: true });
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Observe', 'Calibrate', 'Lesson study', 'Rubrics', 'Insights', 'Schools', 'People', 'Sync', 'Settings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Schools' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens Sync on its link, with the focus on its heading', async () => {
    const { user } = await renderApp({ firstRunDone: true });
    const link = within(await screen.findByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Sync' });
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sync' });
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(heading);
    expect(window.location.hash).toBe('#/sync');
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
