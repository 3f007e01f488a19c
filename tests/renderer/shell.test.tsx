// @vitest-environment jsdom
// The app chrome: every section is reachable from the sidebar, and the URL
// hash follows navigation so Back and reload work.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp, type RenderedApp } from './support/renderApp.js';

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

  describe("a section's link returns to that section's home, from any screen inside it", () => {
    const clickLink = (app: RenderedApp, name: string) => app.user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name }));

    /** Opens `section` by its link, then a screen inside it (`openInside` resolves on that screen's title); the link again brings back the section's home, focus on its heading. */
    async function expectLinkReturnsHome(app: RenderedApp, section: string, openInside: () => Promise<string>) {
      await screen.findByRole('navigation', { name: 'Sections' });
      await clickLink(app, section);
      await screen.findByRole('heading', { level: 1, name: section });
      await screen.findByRole('heading', { level: 1, name: await openInside() });
      await clickLink(app, section);
      const home = await screen.findByRole('heading', { level: 1, name: section });
      await waitFor(() => expect(document.activeElement).toBe(home));
    }

    /** Clicks the button that opens a screen titled with the same words. */
    const byButton = (app: RenderedApp, name: string) => async () => {
      await app.user.click(await screen.findByRole('button', { name }));
      return name;
    };

    it("Observe, from a teacher's history", async () => {
      const app = await renderApp({ firstRunDone: true, demo: true });
      const [teacher] = await app.api.listPeople({ role: 'teacher' });
      await expectLinkReturnsHome(app, 'Observe', async () => {
        const filters = screen.getByRole('group', { name: 'Filter observations' });
        await within(filters).findByRole('option', { name: teacher!.name });
        await app.user.selectOptions(within(filters).getByRole('combobox', { name: 'Teacher' }), teacher!.id);
        await app.user.click(within(filters).getByRole('button', { name: `View history of ${teacher!.name}` }));
        return `History: ${teacher!.name}`;
      });
    });

    it('Calibrate, from a round', async () => {
      const app = await renderApp({ firstRunDone: true });
      const [ana, ben, fay] = await Promise.all(['Ana Ruiz', 'Ben Okafor', 'Fay Moss'].map((name) => app.api.savePerson({ name, roles: ['principal'] })));
      await app.api.createCalibrationRound({ name: 'Fall calibration', rubric: { id: 'tru-math', version: 1 }, lessonKind: 'live', lesson: 'Room 12', facilitatorId: fay!.id, mode: 'own_device', raterIds: [ana!.id, ben!.id] });
      await expectLinkReturnsHome(app, 'Calibrate', byButton(app, 'Fall calibration'));
    });

    it('Lesson study, from a cycle', async () => {
      const app = await renderApp({ firstRunDone: true });
      const team = await app.api.saveLessonStudyTeam({ name: 'Grade 4 math team' });
      await app.api.createLessonStudyCycle({ teamId: team.id, title: 'Fractions on a number line', researchTheme: 'Students explain their thinking' });
      await expectLinkReturnsHome(app, 'Lesson study', byButton(app, 'Fractions on a number line'));
    });

    it('Rubrics, from a rubric', async () => {
      const app = await renderApp({ firstRunDone: true });
      await expectLinkReturnsHome(app, 'Rubrics', byButton(app, 'TRU Math'));
    });
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
