// @vitest-environment jsdom
// The Sync screen's hub part on a real backend before enrolment: the form a
// person fills in from the district office's letter, and its refusals in
// words, each leaving the device as it was. (Enrolled with a real hub, the
// screen is walked by tests/e2e/sync.e2e.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(tidyUp);

async function openHubPanel() {
  const app = await renderApp({ firstRunDone: true });
  await app.user.click(await screen.findByRole('link', { name: 'Sync' }));
  const panel = (await screen.findByRole('heading', { name: 'District hub' })).closest('section')!;
  return { ...app, panel };
}

describe('the district hub on the Sync screen', () => {
  it('offers enrolment on a device that has none, and the sidebar says nothing about a hub', async () => {
    const { panel } = await openHubPanel();
    expect(within(panel).getByRole('textbox', { name: /Hub address/ })).toBeTruthy();
    expect(within(panel).getByRole('textbox', { name: /Enrolment code/ })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Enrol this device' })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Sync now' })).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).queryByText(/^Hub:/)).toBeNull();
  });

  it('refuses an address that is not a web address, and one where nothing answers, in words; the device stays unenrolled', async () => {
    const { panel, user, api } = await openHubPanel();
    await user.type(within(panel).getByRole('textbox', { name: /Hub address/ }), 'hub.district.org');
    await user.type(within(panel).getByRole('textbox', { name: /Enrolment code/ }), 'K7PQ-2M9X');
    await user.click(within(panel).getByRole('button', { name: 'Enrol this device' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/The hub address must be a web address such as https:\/\/hub\.district\.org/);

    const address = within(panel).getByRole('textbox', { name: /Hub address/ });
    await user.clear(address);
    // Port 47 on loopback: assigned to nothing, so nothing listens there.
    await user.type(address, 'http://127.0.0.1:47');
    await user.click(within(panel).getByRole('button', { name: 'Enrol this device' }));
    await expect.poll(() => within(panel).queryByRole('alert')?.textContent).toMatch(/^Fieldbook could not reach the hub at http:\/\/127\.0\.0\.1:47 \(nothing answers there\)/);
    expect(await api.getHubStatus({})).toMatchObject({ enrolled: false, hubUrl: null });
    // The code stays typed, for another try.
    expect((within(panel).getByRole('textbox', { name: /Enrolment code/ }) as HTMLInputElement).value).toBe('K7PQ-2M9X');
  });
});
