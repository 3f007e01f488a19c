// Choosing between two devices' values: two real stores edit the same note at
// once, swap their ops through the apply path, and each shows the conflict in
// plain words; a choice on one device is written as an edit that settles the
// conflict on the other when it arrives, and both end on the chosen value.
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../db/apply.js';
import type { Conflict } from '../../shared/domain.js';
import { digestOf } from '../support/bundles.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';
import { readOps } from '../support/stores.js';

/** Everything each device has that the other lacks, both ways (the apply path skips what it holds). */
function exchange(a: TestBackend, b: TestBackend): void {
  applyOps(b.store, readOps(a.store));
  applyOps(a.store, readOps(b.store));
}

async function editedOnTwoDevices() {
  const [a, b] = [setUpBackend(), setUpBackend()];
  const observation = await startTestObservation(a, { teacherLabel: 'Ana Ruiz' });
  const note = noteInput(observation.id, 'pairs compare strategies');
  await a.value('saveNote', note);
  exchange(a, b);
  b.advance(1_000);
  await a.value('saveNote', { ...note, text: 'pairs compare two strategies' });
  await b.value('saveNote', { ...note, text: 'pairs compare three strategies' });
  exchange(a, b);
  return { a, b, note };
}

async function noteText(t: TestBackend, observationId: string): Promise<string> {
  const detail = await t.value<{ notes: { text: string }[] }>('getObservation', { id: observationId });
  return detail.notes[0]!.text;
}

describe('fields edited on two devices', () => {
  it('are listed on both devices with the record in words, the value shown and the other device\u2019s value', async () => {
    const { a, b } = await editedOnTwoDevices();
    for (const t of [a, b]) {
      const [conflict, ...rest] = await t.value<Conflict[]>('listConflicts');
      expect(rest).toEqual([]);
      expect(conflict).toMatchObject({
        table: 'notes',
        column: 'text',
        record: 'A note in the observation of Ana Ruiz, 2026-11-23',
        // B wrote a second later, so both devices show B's text.
        keptValue: 'pairs compare three strategies',
        otherValue: 'pairs compare two strategies',
      });
    }
  });

  it('using the other device\u2019s value writes it as an edit that syncs and settles the conflict on both devices', async () => {
    const { a, b, note } = await editedOnTwoDevices();
    const [conflict] = await a.value<Conflict[]>('listConflicts');
    const opsBefore = readOps(a.store).length;
    await a.value('resolveConflict', { id: conflict!.id, keep: 'other' });
    expect(readOps(a.store)).toHaveLength(opsBefore + 1);
    expect(await noteText(a, note.observationId)).toBe('pairs compare two strategies');
    expect(await a.value('listConflicts')).toEqual([]);

    exchange(a, b);
    expect(await noteText(b, note.observationId)).toBe('pairs compare two strategies');
    expect(await b.value('listConflicts')).toEqual([]);
    expect(digestOf(b.store)).toBe(digestOf(a.store));
  });

  it('keeping the value shown also reaches the other device, which stops asking', async () => {
    const { a, b, note } = await editedOnTwoDevices();
    const [conflict] = await b.value<Conflict[]>('listConflicts');
    await b.value('resolveConflict', { id: conflict!.id, keep: 'kept' });
    exchange(a, b);
    for (const t of [a, b]) {
      expect(await noteText(t, note.observationId)).toBe('pairs compare three strategies');
      expect(await t.value('listConflicts')).toEqual([]);
    }
  });

  it('a conflict already settled, or an unknown choice, is refused and changes nothing', async () => {
    const { a } = await editedOnTwoDevices();
    const [conflict] = await a.value<Conflict[]>('listConflicts');
    await a.value('resolveConflict', { id: conflict!.id, keep: 'kept' });
    const opsBefore = readOps(a.store).length;
    expect(await a.refusal('resolveConflict', { id: conflict!.id, keep: 'other' })).toMatch(/already settled or does not exist/);
    expect(await a.refusal('resolveConflict', { id: conflict!.id, keep: 'both' })).toMatch(/keep/);
    expect(readOps(a.store)).toHaveLength(opsBefore);
  });

  it('an ordinary later edit of the field settles it too: someone saw a value and wrote over it', async () => {
    const { a, b, note } = await editedOnTwoDevices();
    a.advance(5_000);
    await a.value('saveNote', { ...note, text: 'pairs compare strategies, then share' });
    expect(await a.value('listConflicts')).toEqual([]);
    exchange(a, b);
    expect(await b.value('listConflicts')).toEqual([]);
  });
});
