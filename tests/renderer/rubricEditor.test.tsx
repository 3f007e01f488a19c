// @vitest-environment jsdom
// The rubric editor on a real backend: a district's copy of TRU Math edited,
// checked live, reordered by keyboard and by button, previewed, published
// and discarded; and what it does with bad input (problems listed, publish
// refused, nothing published).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProvider } from '../../renderer/appContext.js';
import { RubricEditor } from '../../renderer/features/rubrics/editor/RubricEditor.js';
import type { Api } from '../../shared/contract.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

let backend: TestBackend | null = null;

afterEach(() => {
  cleanup();
  backend?.close();
  backend = null;
});

const SAVE_WAIT = { timeout: 3000 };

/** Opens the editor on a fresh backend, on the draft `prepare` makes (by default Oak's copy of TRU Math). */
async function openEditor(id = 'oak-tru-math', prepare?: (api: Api) => Promise<unknown>) {
  backend = await openTestBackend();
  const api = backend.api;
  await (prepare ?? ((a: Api) => a.createRubricDraft({ mode: 'duplicate', from: { id: 'tru-math', version: 1 }, id, name: 'Oak TRU Math' })))(api);
  const onClose = vi.fn();
  const onPublished = vi.fn();
  const user = userEvent.setup();
  render(
    <ApiProvider api={api}>
      <RubricEditor id={id} onClose={onClose} onPublished={onPublished} />
    </ApiProvider>,
  );
  const savedContent = async () => (await api.getRubricDraft({ id })).content as SavedRubric;
  return { api, user, onClose, onPublished, savedContent };
}

async function openOakTruMath() {
  const opened = await openEditor();
  await screen.findByRole('heading', { level: 1, name: 'Draft of Oak TRU Math · version 1 · oak-tru-math' });
  return opened;
}

interface SavedRubric {
  name: string;
  scoring: { scale: { levels: { value: number; label: string }[] } };
  episodeTypes: { id: string; key?: string }[];
  dimensions: { id: string; levels: { value: number; descriptor: string }[] }[];
}

const descriptorOf = (rubric: SavedRubric, dimension: string, value: number) => rubric.dimensions.find((d) => d.id === dimension)?.levels.find((l) => l.value === value)?.descriptor;

const problemsHeading = () => within(screen.getByRole('complementary', { name: 'Problems in the draft' })).getByRole('heading');
const publishButton = () => screen.getByRole('button', { name: 'Publish version 1' });
const saveStatus = () => screen.getAllByRole('status').find((s) => s.classList.contains('editor-save__status'))!;
const moveStatus = () => screen.getAllByRole('status').find((s) => s.classList.contains('visually-hidden'))!;

describe('rubric editor', () => {
  it('autosaves an edited descriptor and shows it in the preview', async () => {
    const { user, savedContent } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Dimensions' }));
    const field = screen.getByRole('textbox', { name: 'Level 3 (Strong) descriptor for Cognitive Demand' });
    await user.clear(field);
    await user.type(field, 'Students stay with a hard problem and explain why their approach works.');

    await waitFor(async () => expect(descriptorOf(await savedContent(), 'cognitive-demand', 3)).toBe('Students stay with a hard problem and explain why their approach works.'), SAVE_WAIT);
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved'));
    expect(problemsHeading().textContent).toBe('No problems');

    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = screen.getByRole('article', { name: 'Oak TRU Math' });
    const levels = within(preview).getByRole('table', { name: 'Levels of Cognitive Demand' });
    expect(within(levels).getAllByRole('row')[3]!.textContent).toContain('Students stay with a hard problem and explain why their approach works.');
  });

  it('lists a cleared required field as a live problem, refuses to publish, and clears once fixed', async () => {
    const { user, api, savedContent } = await openOakTruMath();
    expect(publishButton()).toHaveProperty('disabled', false);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);

    expect(problemsHeading().textContent).toBe('1 problem');
    expect(publishButton()).toHaveProperty('disabled', true);
    expect(document.getElementById(publishButton().getAttribute('aria-describedby')!)?.textContent).toContain('1 problem left');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toContain('Cannot be empty.');
    expect(screen.getByRole('tab', { name: 'Details 1 problem' })).toBeTruthy();

    // Ctrl+Enter does not open the publish dialog while there are problems.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.queryByRole('dialog')).toBeNull();

    // The invalid draft is still saved: nothing typed is lost.
    await waitFor(async () => expect((await api.getRubricDraft({ id: 'oak-tru-math' })).problems.map((p) => p.path)).toEqual(['name']), SAVE_WAIT);

    // The problem in the list leads to its field, from another section.
    await user.click(screen.getByRole('tab', { name: 'Protocol' }));
    await user.click(screen.getByRole('button', { name: 'name: cannot be empty' }));
    expect(screen.getByRole('tab', { name: /^Details/ }).getAttribute('aria-selected')).toBe('true');
    const focused = screen.getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(focused);

    await user.type(focused, 'Oak Valley TRU Math');
    expect(problemsHeading().textContent).toBe('No problems');
    expect(publishButton()).toHaveProperty('disabled', false);
    expect(focused.getAttribute('aria-invalid')).toBeNull();
    await waitFor(async () => expect((await savedContent()).name).toBe('Oak Valley TRU Math'), SAVE_WAIT);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Draft of Oak Valley TRU Math · version 1 · oak-tru-math');
  });

  it('reorders dimensions with Alt+ArrowDown and with the Move buttons, focus following the item', async () => {
    const { user, savedContent } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Dimensions' }));
    const order = async () => (await savedContent()).dimensions.map((d) => d.id);

    await user.click(screen.getAllByRole('textbox', { name: 'Name' })[0]!);
    expect(document.activeElement).toHaveProperty('value', 'The Mathematics');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(moveStatus().textContent).toBe('The Mathematics moved to position 2 of 5.');
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: 'Name' })[1]);
    expect(document.activeElement).toHaveProperty('value', 'The Mathematics');
    await waitFor(async () => expect(await order()).toEqual(['cognitive-demand', 'mathematics', 'equitable-access', 'agency-ownership-identity', 'formative-assessment']), SAVE_WAIT);

    // The look-fors moved with their dimension.
    expect(screen.getByRole('textbox', { name: 'Things to notice in students, for The Mathematics' })).toHaveProperty(
      'value',
      expect.stringContaining('Students explain why a procedure works, not only how to carry it out.'),
    );

    await user.click(screen.getByRole('button', { name: 'Move Formative Assessment up' }));
    expect(moveStatus().textContent).toBe('Formative Assessment moved to position 4 of 5.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Formative Assessment up' }));
    // At the top, Move up is disabled, so focus moves to Move down.
    await user.click(screen.getByRole('button', { name: 'Move Cognitive Demand down' }));
    await user.click(screen.getByRole('button', { name: 'Move Cognitive Demand up' }));
    expect(screen.getByRole('button', { name: 'Move Cognitive Demand up' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Cognitive Demand down' }));
    await waitFor(async () => expect(await order()).toEqual(['cognitive-demand', 'mathematics', 'equitable-access', 'formative-assessment', 'agency-ownership-identity']), SAVE_WAIT);
  });

  it('offers a descriptor field per dimension for a new scale level, with problems until each is written', async () => {
    const { user, savedContent } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Scale and scoring' }));
    await user.click(screen.getByRole('button', { name: 'Add level' }));
    expect(screen.getAllByRole('spinbutton', { name: 'Value' }).map((v) => (v as HTMLInputElement).value)).toEqual(['1', '2', '3', '4']);
    expect(screen.getByRole('button', { name: 'scoring.scale.levels[3].label: cannot be empty' })).toBeTruthy();
    await user.type(screen.getAllByRole('textbox', { name: 'Label' })[3]!, 'Exemplary');

    expect(problemsHeading().textContent).toBe('5 problems');
    expect(screen.getByRole('tab', { name: 'Dimensions 5 problems' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: /^Dimensions/ }));
    const names = ['The Mathematics', 'Cognitive Demand', 'Equitable Access to Content', 'Agency, Ownership, and Identity', 'Formative Assessment'];
    for (const name of names) {
      const field = screen.getByRole('textbox', { name: `Level 4 (Exemplary) descriptor for ${name}` });
      expect(field).toHaveProperty('value', '');
      expect(field.getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.getAllByRole('group', { name: 'Level descriptors', description: /missing 4 \(Exemplary\)/ })).toHaveLength(5);
    expect(publishButton()).toHaveProperty('disabled', true);

    for (const [i, name] of names.entries()) {
      await user.type(screen.getByRole('textbox', { name: `Level 4 (Exemplary) descriptor for ${name}` }), `Exemplary practice ${i + 1}.`);
      expect(problemsHeading().textContent).toBe(i === 4 ? 'No problems' : `${4 - i} problem${i === 3 ? '' : 's'}`);
    }
    await waitFor(async () => {
      const saved = await savedContent();
      expect(saved.scoring.scale.levels.at(-1)).toEqual({ value: 4, label: 'Exemplary' });
      expect(descriptorOf(saved, 'formative-assessment', 4)).toBe('Exemplary practice 5.');
    }, SAVE_WAIT);
  });

  it('moves a scale level with its label and descriptors, keeping the values in order', async () => {
    const { user, savedContent } = await openOakTruMath();
    const before = await savedContent();
    await user.click(screen.getByRole('tab', { name: 'Scale and scoring' }));
    await user.click(screen.getByRole('button', { name: 'Move Strong up' }));
    expect(moveStatus().textContent).toBe('Strong moved to position 2 of 3.');
    expect(screen.getAllByRole('textbox', { name: 'Label' }).map((l) => (l as HTMLInputElement).value)).toEqual(['Limited', 'Strong', 'Developing']);
    await waitFor(async () => {
      const saved = await savedContent();
      expect(saved.scoring.scale.levels).toEqual([
        { value: 1, label: 'Limited' },
        { value: 2, label: 'Strong' },
        { value: 3, label: 'Developing' },
      ]);
      expect(descriptorOf(saved, 'cognitive-demand', 2)).toBe(descriptorOf(before, 'cognitive-demand', 3));
      expect(descriptorOf(saved, 'cognitive-demand', 3)).toBe(descriptorOf(before, 'cognitive-demand', 2));
    }, SAVE_WAIT);
  });

  it('keeps one key per episode type, lower case', async () => {
    const { user, savedContent } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Episode types' }));
    const key = screen.getAllByRole('textbox', { name: 'Shortcut key' })[0]!;
    expect(key).toHaveProperty('value', 'l');
    await user.type(key, 'X');
    expect(key).toHaveProperty('value', 'x');
    // "t" is already Teacher exposition's key: a live problem at this field.
    await user.type(key, 't');
    expect(screen.getAllByRole('textbox', { name: 'Shortcut key' })[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'episodeTypes[1].key: the shortcut key "t" is used twice' })).toBeTruthy();
    await user.clear(key);
    expect(problemsHeading().textContent).toBe('No problems');
    await waitFor(async () => expect((await savedContent()).episodeTypes[0]).not.toHaveProperty('key'), SAVE_WAIT);
  });

  it('checks number fields live: empty, out of range, and "not set" where the format allows it', async () => {
    const { user, savedContent } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Protocol' }));
    const fewest = screen.getByRole('spinbutton', { name: 'Fewest' });
    await user.clear(fewest);
    expect(screen.getByRole('button', { name: 'protocol.focusDimensions.min: is missing: expected a number' })).toBeTruthy();
    await user.type(fewest, '9');
    expect(fewest.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'protocol.focusDimensions.min: cannot be more than the number of dimensions (5)' })).toBeTruthy();
    await user.clear(fewest);
    await user.type(fewest, '1');
    expect(problemsHeading().textContent).toBe('No problems');

    // An empty visit length means "no set length", which is allowed.
    await user.clear(screen.getByRole('spinbutton', { name: 'Visit length in minutes' }));
    expect(problemsHeading().textContent).toBe('No problems');
    await waitFor(async () => expect((await savedContent()) as unknown).toMatchObject({ protocol: { lengthMinutes: null, focusDimensions: { min: 1 } } }), SAVE_WAIT);
  });

  it('removes a dimension only after confirming', async () => {
    const { user, savedContent } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Dimensions' }));
    await user.click(screen.getByRole('button', { name: 'Remove Formative Assessment' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove Formative Assessment?' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Formative Assessment' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Remove Formative Assessment' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove Formative Assessment?' })).getByRole('button', { name: 'Remove dimension' }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Formative Assessment' })).toBeNull();
    await waitFor(async () => expect((await savedContent()).dimensions.map((d) => d.id)).not.toContain('formative-assessment'), SAVE_WAIT);
  });

  it('saves what is pending when closed', async () => {
    const { user, savedContent, onClose } = await openOakTruMath();
    await user.type(screen.getByRole('textbox', { name: 'Grade band' }), ' (Oak)');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(((await savedContent()) as unknown as { gradeBand: string }).gradeBand).toBe('K–12 (Oak)');
  });

  it('publishes through a confirming dialog that Escape cancels', async () => {
    const { user, api, onPublished } = await openOakTruMath();
    await user.click(screen.getByRole('tab', { name: 'Dimensions' }));
    const field = screen.getByRole('textbox', { name: 'Level 1 (Limited) descriptor for Formative Assessment' });
    await user.clear(field);
    await user.type(field, 'Oak wording for level one.');

    await user.click(publishButton());
    const dialog = screen.getByRole('dialog', { name: 'Publish version 1?' });
    expect(dialog.textContent).toContain('Publishing freezes version 1; later changes make version 2.');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(publishButton());
    expect(onPublished).not.toHaveBeenCalled();
    expect((await api.listRubrics({})).find((r) => r.id === 'oak-tru-math')?.versions).toEqual([]);

    // Publishing straight away: the pending change is saved first, then frozen.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(within(screen.getByRole('dialog', { name: 'Publish version 1?' })).getByRole('button', { name: 'Publish version 1' }));
    await waitFor(() => expect(onPublished).toHaveBeenCalledWith(1));
    const published = await api.getRubricVersion({ id: 'oak-tru-math' });
    expect(published.version).toBe(1);
    expect(published.rubric.dimensions.find((d) => d.id === 'formative-assessment')?.levels[0]?.descriptor).toBe('Oak wording for level one.');
    await expect(api.getRubricDraft({ id: 'oak-tru-math' })).rejects.toThrow('has no draft');
  });

  it('discards the draft after confirming', async () => {
    const { user, api, onClose } = await openOakTruMath();
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard this draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await expect(api.getRubricDraft({ id: 'oak-tru-math' })).rejects.toThrow('has no draft');
    expect((await api.listRubrics({})).map((r) => r.id)).not.toContain('oak-tru-math');
  });

  it('says when a change could not be saved, and keeps it on screen', async () => {
    const { user } = await openOakTruMath();
    backend!.close();
    backend = null;
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, ' 2');
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Not saved: /), SAVE_WAIT);
    expect(name).toHaveProperty('value', 'Oak TRU Math 2');
    expect(screen.getByRole('button', { name: 'Try saving again' })).toBeTruthy();
  });

  it('starts a blank rubric with its problems listed, each leading to its field', async () => {
    const { user } = await openEditor('oak-walkthrough', (api) => api.createRubricDraft({ mode: 'blank', id: 'oak-walkthrough', name: 'Oak Walkthrough' }));
    await screen.findByRole('heading', { level: 1, name: 'Draft of Oak Walkthrough · version 1 · oak-walkthrough' });
    const list = within(screen.getByRole('complementary', { name: 'Problems in the draft' }));
    expect(list.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'attribution.source: cannot be empty',
      'attribution.licence: cannot be empty',
      expect.stringMatching(/^dimensions\[0\]\.levels: needs a descriptor for every level of the scale; missing 1 \(Beginning\), 2 \(Developing\)/),
    ]);
    expect(publishButton()).toHaveProperty('disabled', true);

    await user.click(list.getAllByRole('button')[2]!);
    expect(screen.getByRole('tab', { name: /^Dimensions/ }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Level 1 (Beginning) descriptor for New dimension' }));
  });

  it('edits an unscored guide, and asks for a scored dimension when it becomes scored', async () => {
    const { user } = await openEditor('oak-lesson-study', (api) =>
      api.createRubricDraft({ mode: 'duplicate', from: { id: 'lesson-study-observation-guide', version: 1 }, id: 'oak-lesson-study', name: 'Oak lesson study' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Draft of Oak lesson study · version 1 · oak-lesson-study' });
    expect(problemsHeading().textContent).toBe('No problems');
    await user.click(screen.getByRole('tab', { name: 'Dimensions' }));
    expect(screen.queryByRole('group', { name: 'Level descriptors' })).toBeNull();
    expect(screen.getAllByText('Evidence only: no level descriptors.').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('tab', { name: 'Scale and scoring' }));
    await user.click(screen.getByRole('radio', { name: /^Per lesson/ }));
    expect(screen.getByRole('button', { name: 'dimensions: a scored rubric needs at least one scored dimension' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /^Not scored/ }));
    expect(problemsHeading().textContent).toBe('No problems');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(within(screen.getByRole('article', { name: 'Oak lesson study' })).getAllByText('Evidence only').length).toBeGreaterThan(0);
  });

  it('says so when the rubric has no draft', async () => {
    await openEditor('no-such-rubric', async () => undefined);
    expect((await screen.findByRole('alert')).textContent).toBe('Rubric "no-such-rubric" has no draft on this device.');
  });
});
