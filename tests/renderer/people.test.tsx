// @vitest-environment jsdom
// The people directory, driven the way a coordinator would: by labels and
// roles, on a real backend over a real SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, tidyUp } from './support/renderApp.js';

afterEach(tidyUp);

async function openPeople(options: { demo?: boolean } = {}) {
  const app = await renderApp({ firstRunDone: true, ...options });
  await app.user.click(await screen.findByRole('link', { name: 'People' }));
  await screen.findByRole('heading', { level: 1, name: 'People' });
  return app;
}

describe('people', () => {
  it('adds a teacher with roles and a school, and lists them', async () => {
    const { user, api } = await openPeople({ demo: true });

    await user.click(screen.getByRole('button', { name: 'New person' }));
    const form = screen.getByRole('form', { name: 'New person' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Farah Aziz');
    await user.click(within(form).getByRole('checkbox', { name: 'Teacher' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Facilitator' }));
    await user.selectOptions(within(form).getByLabelText('School'), 'Juniper Middle School');
    await user.type(within(form).getByLabelText('Title'), 'Grade 6 science');
    await user.type(within(form).getByLabelText('Email'), 'farah.aziz@harborvalley.example');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Farah Aziz added.');
    expect(screen.queryByRole('form', { name: 'New person' })).toBeNull();
    const row = screen.getByRole('rowheader', { name: 'Farah Aziz' }).closest('tr')!;
    expect(row.textContent).toContain('Teacher, Facilitator');
    expect(row.textContent).toContain('Juniper Middle School');
    expect(row.textContent).toContain('Grade 6 science');

    const stored = (await api.listPeople({})).find((p) => p.name === 'Farah Aziz');
    expect(stored).toMatchObject({ title: 'Grade 6 science', email: 'farah.aziz@harborvalley.example' });
    expect([...stored!.roles].sort()).toEqual(['facilitator', 'teacher']);
  });

  it('hides an archived person until "Show archived" is ticked, and brings them back', async () => {
    const { user, api } = await openPeople({ demo: true });

    await user.click(await screen.findByRole('button', { name: 'Archive Owen Achterberg' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Owen Achterberg' })).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('Owen Achterberg archived.');
    // The row left the list: focus waits on Undo instead of falling to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo: unarchive Owen Achterberg' }));

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const row = (await screen.findByRole('rowheader', { name: /Owen Achterberg/ })).closest('tr')!;
    expect(row.textContent).toContain('Archived');

    await user.click(within(row).getByRole('button', { name: 'Unarchive Owen Achterberg' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(await screen.findByRole('rowheader', { name: 'Owen Achterberg' })).toBeTruthy();
    expect((await api.listPeople({})).some((p) => p.name === 'Owen Achterberg')).toBe(true);
  });

  it('shows a clear alert for an empty name and keeps what was typed', async () => {
    const { user, api } = await openPeople();

    await user.click(screen.getByRole('button', { name: 'New person' }));
    const form = screen.getByRole('form', { name: 'New person' });
    await user.click(within(form).getByRole('checkbox', { name: 'Observer' }));
    await user.type(within(form).getByLabelText('Title'), 'Visiting observer');
    await user.type(within(form).getByLabelText('Email'), 'visitor@example.org');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe('Name cannot be empty.');
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(within(form).getByLabelText('Title')).toHaveProperty('value', 'Visiting observer');
    expect(within(form).getByLabelText('Email')).toHaveProperty('value', 'visitor@example.org');
    expect(within(form).getByRole('checkbox', { name: 'Observer' })).toHaveProperty('checked', true);
    expect(await api.listPeople({ includeArchived: true })).toEqual([]);

    // Fixing the name saves the rest exactly as typed.
    await user.type(name, 'Ines Moreau');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('rowheader', { name: 'Ines Moreau' })).toBeTruthy();
    expect(await api.listPeople({})).toMatchObject([{ name: 'Ines Moreau', roles: ['observer'], email: 'visitor@example.org' }]);
  });

  it('explains a person with no role instead of saving them', async () => {
    const { user } = await openPeople();
    await user.click(screen.getByRole('button', { name: 'New person' }));
    const form = screen.getByRole('form', { name: 'New person' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Nobody Yet');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Choose at least one role.');
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Nobody Yet');
  });

  it('filters by school and by role', async () => {
    const { user } = await openPeople({ demo: true });
    await screen.findByRole('rowheader', { name: 'Joan Whitaker' });

    await user.selectOptions(screen.getByLabelText('Filter by school'), 'Riverbend High School');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Joan Whitaker' })).toBeNull());
    expect(screen.getByRole('rowheader', { name: 'Grace Nakamura' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Filter by role'), 'Instructional coach');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Grace Nakamura' })).toBeNull());
    const rows = within(screen.getByRole('table', { name: 'People' })).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(['Samuel Ortiz ']);
  });

  it('edits a person, keeping the fields that were not touched', async () => {
    const { user, api } = await openPeople({ demo: true });
    await user.click(await screen.findByRole('button', { name: 'Edit Priya Raman' }));
    const form = screen.getByRole('form', { name: 'Edit Priya Raman' });
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Grade 4 teacher and math lead');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Priya Raman saved.')).toBeTruthy();
    const priya = (await api.listPeople({})).find((p) => p.name === 'Priya Raman');
    expect(priya).toMatchObject({ title: 'Grade 4 teacher and math lead', roles: ['teacher'] });
    expect(priya?.schoolId).not.toBeNull();
  });

  it('opens a new person with N, but never takes the key while typing', async () => {
    const { user } = await openPeople();
    await user.keyboard('n');
    const form = await screen.findByRole('form', { name: 'New person' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    await user.keyboard('Nina');
    expect(name).toHaveProperty('value', 'Nina');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New person' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New person' }));
  });
});
