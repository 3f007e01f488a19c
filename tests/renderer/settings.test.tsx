// @vitest-environment jsdom
// Settings: who uses this device, saved to the real backend and shown again
// after the app is opened anew.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../renderer/App.js';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(tidyUp);

describe('settings', () => {
  it('saves name, role and district with a confirmation', async () => {
    const app = await renderApp({ firstRunDone: true });
    const { user, api } = app;
    await user.click(await screen.findByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });

    await user.type(screen.getByLabelText('Your name'), '  Marisol Vega ');
    await user.selectOptions(screen.getByLabelText('Your role'), 'Principal');
    await user.type(screen.getByLabelText('District'), 'Harbor Valley Unified');
    expect(within(screen.getByRole('form', { name: 'Who uses this device' })).getByRole('status').textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect((await screen.findByText('Settings saved.')).closest('[role="status"]')).toBeTruthy();
    expect(await api.getSettings({})).toMatchObject({ userName: 'Marisol Vega', role: 'principal', district: 'Harbor Valley Unified' });
    // The form shows what was stored (trimmed), and the sidebar says who this is.
    expect(screen.getByLabelText('Your name')).toHaveProperty('value', 'Marisol Vega');
    expect(screen.getByRole('navigation', { name: 'Sections' }).textContent).toContain('Marisol Vega · Principal');

    // Opened again (as after a restart), the app shows the stored values.
    app.view.unmount();
    render(<App api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByLabelText('Your name')).toHaveProperty('value', 'Marisol Vega');
    expect(screen.getByLabelText('Your role')).toHaveProperty('value', 'principal');
  });

  it('tells the person what is wrong when a value is refused', async () => {
    const { user } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('link', { name: 'Settings' }));
    const district = await screen.findByLabelText('District');
    await user.click(district);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('District can be at most 200 characters.');
    expect(district).toHaveProperty('value', 'x'.repeat(201));
  });

  it("keeps focal students' real names out of exports until the box is ticked, and says names never sync", async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('link', { name: 'Settings' }));
    const box = await screen.findByRole('checkbox', { name: "Include focal students' real names in lesson study exports and printouts on this device" });
    expect(box).toHaveProperty('checked', false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Names are never synced/);

    await user.click(box);
    expect(await screen.findByText("Real names will be included in this device's lesson study exports and printouts.")).toBeTruthy();
    expect((await api.getSettings({})).studentNamesInExports).toBe(true);
    await user.click(box);
    expect(await screen.findByText('Exports and printouts will show pseudonym codes only.')).toBeTruthy();
    expect((await api.getSettings({})).studentNamesInExports).toBe(false);
  });

  it('shows the version and device id of this copy', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('link', { name: 'Settings' }));
    const info = await api.getAppInfo({});
    expect(await screen.findByText(info.nodeId)).toBeTruthy();
  });
});
