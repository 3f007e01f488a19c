// @vitest-environment jsdom
// The schools directory on a real backend: add, edit, archive, a refused
// save that keeps what was typed, and the id the district office needs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(() => {
  tidyUp();
  vi.restoreAllMocks();
});

describe('schools', () => {
  it('adds a school and then edits it', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('button', { name: 'New school' }));

    const form = screen.getByRole('form', { name: 'New school' });
    await user.type(within(form).getByRole('textbox', { name: 'School name' }), 'Cedar Grove Elementary');
    await user.type(within(form).getByRole('textbox', { name: 'Code' }), 'CGE');
    await user.type(within(form).getByRole('textbox', { name: 'Grades' }), 'TK-5');
    await user.click(within(form).getByRole('button', { name: 'Add school' }));

    const row = (await screen.findByRole('rowheader', { name: 'Cedar Grove Elementary' })).closest('tr')!;
    expect(row.textContent).toContain('CGE');
    expect(row.textContent).toContain('TK-5');
    expect(screen.getByRole('status').textContent).toBe('Cedar Grove Elementary added.');

    await user.click(within(row).getByRole('button', { name: 'Edit Cedar Grove Elementary' }));
    const edit = screen.getByRole('form', { name: 'Edit Cedar Grove Elementary' });
    const grades = within(edit).getByRole('textbox', { name: 'Grades' });
    await user.clear(grades);
    await user.type(grades, 'K-6');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Cedar Grove Elementary saved.');
    expect(await api.listSchools({})).toMatchObject([{ name: 'Cedar Grove Elementary', code: 'CGE', grades: 'K-6' }]);
  });

  it("shows a school's id, which the district office needs for `hub admin add-school`, and copies it", async () => {
    const { user, api } = await renderApp({ firstRunDone: true, demo: true });
    const school = (await api.listSchools({}))[0]!;
    await user.click(await screen.findByRole('button', { name: `Edit ${school.name}` }));
    const edit = screen.getByRole('form', { name: `Edit ${school.name}` });
    expect(within(edit).getByText(school.id).tagName).toBe('CODE');
    const copy = within(edit).getByRole('button', { name: `Copy id of ${school.name}` });
    expect(copy.textContent).toBe('Copy id');
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(school.id);
    expect(within(edit).getByText('Copied.')).toBeTruthy();
    // Where the clipboard is refused, the id is selected for Ctrl+C.
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(copy);
    expect(await within(edit).findByText(/^Selected: press Ctrl\+C/)).toBeTruthy();
    expect(window.getSelection()?.toString()).toBe(school.id);
  });

  it('hides archived schools unless "Show archived" is ticked', async () => {
    const { user, api } = await renderApp({ firstRunDone: true, demo: true });
    await user.click(await screen.findByRole('button', { name: 'Archive Riverbend High School' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Riverbend/ })).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('Riverbend High School archived.');
    expect((await api.listSchools({})).map((s) => s.name)).not.toContain('Riverbend High School');

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const row = (await screen.findByRole('rowheader', { name: /Riverbend High School/ })).closest('tr')!;
    expect(row.textContent).toContain('Archived');

    await user.click(within(row).getByRole('button', { name: 'Unarchive Riverbend High School' }));
    await screen.findByText('Riverbend High School is back in the directory.');
    expect((await api.listSchools({})).map((s) => s.name)).toContain('Riverbend High School');
  });

  it('undoes an archive from the confirmation', async () => {
    const { user } = await renderApp({ firstRunDone: true, demo: true });
    await user.click(await screen.findByRole('button', { name: 'Archive Alder Creek Elementary' }));
    await user.click(await screen.findByRole('button', { name: 'Undo: unarchive Alder Creek Elementary' }));
    expect(await screen.findByRole('rowheader', { name: 'Alder Creek Elementary' })).toBeTruthy();
  });

  it('refuses an empty school name with a clear alert and keeps the form', async () => {
    const { user, api } = await renderApp({ firstRunDone: true });
    await user.click(await screen.findByRole('button', { name: 'New school' }));
    const form = screen.getByRole('form', { name: 'New school' });
    await user.type(within(form).getByRole('textbox', { name: 'School name' }), '   ');
    await user.type(within(form).getByRole('textbox', { name: 'Code' }), 'MVS');
    await user.click(within(form).getByRole('button', { name: 'Add school' }));

    expect((await within(form).findByRole('alert')).textContent).toBe('School name cannot be empty.');
    expect(within(form).getByRole('textbox', { name: 'Code' })).toHaveProperty('value', 'MVS');
    expect(screen.getByRole('form', { name: 'New school' })).toBe(form);
    expect(await api.listSchools({ includeArchived: true })).toEqual([]);
  });
});
