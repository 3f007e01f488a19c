// Rubric versions in a real SQLite store: the built-in library is there from
// the first open, drafts become immutable published versions, and neither an
// API call nor raw SQL can change or delete a published one.
import { describe, expect, it } from 'vitest';
import { callMethod, createBackend } from '../../db/backend.js';
import { openStore } from '../../db/store.js';
import type { CallResult } from '../../shared/contract.js';
import { BUILT_IN_RUBRICS } from '../../shared/rubric/library/index.js';
import type { RubricSummary, StoredRubricVersion } from '../../shared/rubric/records.js';
import { manyUnknownKeys, sampleRubric, sampleRubricText } from '../support/rubrics.js';
import { tempDir, tempStore, trackStore } from '../support/stores.js';

function backendOf(store = tempStore()) {
  const backend = createBackend(store);
  const call = async (method: string, input: unknown = {}): Promise<CallResult> => callMethod(backend, method, input, () => {});
  const value = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as T;
  };
  return { store, call, value };
}

interface VersionRow {
  rubric_id: string;
  version: number;
  content: string;
  content_hash: string;
}

function versionRows(store: ReturnType<typeof tempStore>): VersionRow[] {
  return store.db.prepare('SELECT rubric_id, version, content, content_hash FROM rubric_versions ORDER BY rubric_id, version').all() as VersionRow[];
}

describe('the built-in library', () => {
  it('is published into a new store, once, and reopening changes nothing', () => {
    const dir = tempDir();
    const first = trackStore(openStore({ dataDir: dir }));
    const rows = versionRows(first);
    expect(rows).toHaveLength(BUILT_IN_RUBRICS.length);
    first.close();
    const again = trackStore(openStore({ dataDir: dir }));
    expect(versionRows(again)).toEqual(rows);
  });

  it('lists built-ins first, published, and marks the template', async () => {
    const { value } = backendOf();
    const list = await value<RubricSummary[]>('listRubrics');
    expect(list.map((r) => r.id)).toEqual(expect.arrayContaining(BUILT_IN_RUBRICS.map((r) => r.id)));
    expect(list.every((r) => r.builtIn && r.versions.length === 1 && r.draft === null)).toBe(true);
    expect(list.find((r) => r.id === 'district-smp-template')?.template).toBe(true);
  });

  it('cannot be revised in place or replaced by an import; a copy can be adapted', async () => {
    const { call, value } = backendOf();
    const revise = await call('createRubricDraft', { mode: 'revise', id: 'tru-math' });
    expect(revise).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/built-in.*duplicate it/) } });
    const file = await value<{ text: string }>('exportRubric', { id: 'tru-math' });
    const changed = JSON.parse(file.text) as { version: number };
    changed.version = 2;
    const replace = await call('importRubric', { text: JSON.stringify(changed) });
    expect(replace).toMatchObject({ ok: false, error: { message: expect.stringMatching(/id of a built-in rubric/) } });
    expect(await value('importRubric', { text: file.text })).toMatchObject({ outcome: 'unchanged', id: 'tru-math', version: 1 });
  });
});

describe('drafts and publishing', () => {
  it('duplicates TRU Math, saves an edit, publishes it under a content hash and removes the draft', async () => {
    const { store, value } = backendOf();
    const draft = await value<{ id: string; version: number; content: Record<string, unknown>; problems: unknown[] }>('createRubricDraft', {
      mode: 'duplicate',
      from: { id: 'tru-math', version: 1 },
      id: 'oak-tru-math',
      name: 'Oak District TRU Math',
    });
    expect(draft).toMatchObject({ id: 'oak-tru-math', version: 1, problems: [] });
    expect(draft.content).toMatchObject({ name: 'Oak District TRU Math', template: false });
    const content = structuredClone(draft.content) as { dimensions: { levels: { descriptor: string }[] }[] };
    content.dimensions[0]!.levels[2]!.descriptor = 'Licensed wording pasted by the district.';
    await value('saveRubricDraft', { id: 'oak-tru-math', content });
    const published = await value<StoredRubricVersion>('publishRubricDraft', { id: 'oak-tru-math' });
    expect(published.origin).toBe('authored');
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(published.rubric.dimensions[0]!.levels[2]!.descriptor).toBe('Licensed wording pasted by the district.');
    expect(store.db.prepare('SELECT count(*) FROM rubric_drafts').pluck().get()).toBe(0);
  });

  it('keeps an invalid draft as typed, with its problems, and refuses to publish it', async () => {
    const { store, call, value } = backendOf();
    await value('createRubricDraft', { mode: 'blank', id: 'new-rubric', name: 'New rubric' });
    const draft = await value<{ content: unknown; problems: { path: string }[] }>('getRubricDraft', { id: 'new-rubric' });
    expect(draft.problems.map((p) => p.path)).toEqual(['attribution.source', 'attribution.licence', 'dimensions[0].levels']);
    const refused = await call('publishRubricDraft', { id: 'new-rubric' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^The draft has 3 problems to fix before publishing; the first is attribution\.source: cannot be empty\.$/) } });
    expect(store.db.prepare("SELECT count(*) FROM rubric_versions WHERE rubric_id = 'new-rubric'").pluck().get()).toBe(0);
  });

  it('makes a new version from a published one; the old version stays as it was', async () => {
    const { value, call } = backendOf();
    await value('importRubric', { text: sampleRubricText() });
    const before = await value<StoredRubricVersion>('getRubricVersion', { id: 'sample-rubric', version: 1 });
    const draft = await value<{ version: number; content: Record<string, unknown> }>('createRubricDraft', { mode: 'revise', id: 'sample-rubric' });
    expect(draft.version).toBe(2);
    expect(await call('createRubricDraft', { mode: 'revise', id: 'sample-rubric' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already has a draft/) } });
    await value('saveRubricDraft', { id: 'sample-rubric', content: { ...draft.content, name: 'Sample rubric, revised' } });
    const v2 = await value<StoredRubricVersion>('publishRubricDraft', { id: 'sample-rubric' });
    expect(v2).toMatchObject({ version: 2, name: 'Sample rubric, revised' });
    expect(await value('getRubricVersion', { id: 'sample-rubric', version: 1 })).toEqual(before);
    expect(await value<StoredRubricVersion>('getRubricVersion', { id: 'sample-rubric' })).toMatchObject({ version: 2 });
  });

  it("refuses a draft save that would change the draft's id or version", async () => {
    const { call, value } = backendOf();
    await value('createRubricDraft', { mode: 'blank', id: 'new-rubric', name: 'New rubric' });
    const draft = await value<{ content: Record<string, unknown> }>('getRubricDraft', { id: 'new-rubric' });
    for (const content of [{ ...draft.content, version: 5 }, { ...draft.content, id: 'other' }, [], 'text']) {
      expect(await call('saveRubricDraft', { id: 'new-rubric', content })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await value('getRubricDraft', { id: 'new-rubric' })).toMatchObject({ content: draft.content });
  });

  it('refuses an id that is taken or not a valid id', async () => {
    const { call } = backendOf();
    expect(await call('createRubricDraft', { mode: 'blank', id: 'tru-math', name: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already used/) } });
    expect(await call('createRubricDraft', { mode: 'blank', id: 'Not Valid', name: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/lowercase letters/) } });
  });

  it('retires a version, which stays readable, and brings it back', async () => {
    const { value } = backendOf();
    await value('importRubric', { text: sampleRubricText() });
    const retired = await value<StoredRubricVersion>('setRubricVersionRetired', { id: 'sample-rubric', version: 1, retired: true });
    expect(retired.retired).toBe(true);
    expect(await value('getRubricVersion', { id: 'sample-rubric', version: 1 })).toMatchObject({ retired: true, rubric: { name: 'Sample rubric' } });
    expect(await value('setRubricVersionRetired', { id: 'sample-rubric', version: 1, retired: false })).toMatchObject({ retired: false });
  });
});

describe('a published version cannot change', () => {
  it('refuses SQL UPDATE of any column and DELETE, whoever issues them', () => {
    const store = tempStore();
    const before = versionRows(store);
    for (const sql of [
      "UPDATE rubric_versions SET content = '{}' WHERE rubric_id = 'tru-math'",
      "UPDATE rubric_versions SET content_hash = 'x' WHERE rubric_id = 'tru-math'",
      "UPDATE rubric_versions SET version = 9 WHERE rubric_id = 'tru-math'",
      "UPDATE rubric_versions SET published_at = 0",
      "UPDATE rubric_versions SET origin = 'imported'",
      "DELETE FROM rubric_versions WHERE rubric_id = 'tru-math'",
      'DELETE FROM rubric_versions',
    ]) {
      expect(() => store.db.prepare(sql).run(), sql).toThrow(/cannot be (changed|deleted)/);
    }
    for (const sql of [
      "INSERT OR REPLACE INTO rubric_versions SELECT * FROM rubric_versions WHERE rubric_id = 'tru-math'",
      "REPLACE INTO rubric_versions SELECT rubric_id, version, '{\"id\":\"tru-math\",\"version\":1}', content_hash, origin, 0 FROM rubric_versions WHERE rubric_id = 'tru-math'",
      "INSERT INTO rubric_versions SELECT * FROM rubric_versions WHERE rubric_id = 'tru-math' ON CONFLICT DO UPDATE SET content = '{}'",
    ]) {
      expect(() => store.db.prepare(sql).run(), sql).toThrow(/cannot be (replaced|changed)/);
    }
    expect(versionRows(store)).toEqual(before);
  });

  it('cannot be changed by any API call aimed at it', async () => {
    const { store, call, value } = backendOf();
    await value('importRubric', { text: sampleRubricText() });
    const before = versionRows(store);
    const file = await value<{ text: string }>('exportRubric', { id: 'sample-rubric', version: 1 });
    const tampered = { ...(JSON.parse(file.text) as Record<string, unknown>), name: 'Tampered' };
    const attempts: [string, unknown][] = [
      ['saveRubricDraft', { id: 'sample-rubric', content: tampered }],
      ['saveRubricDraft', { id: 'tru-math', content: { format: 'fieldbook-rubric/1', id: 'tru-math', version: 1 } }],
      ['publishRubricDraft', { id: 'sample-rubric' }],
      ['discardRubricDraft', { id: 'sample-rubric' }],
      ['importRubric', { text: JSON.stringify(tampered) }],
      ['createRubricDraft', { mode: 'blank', id: 'sample-rubric', name: 'Tampered' }],
      ['createRubricDraft', { mode: 'duplicate', from: { id: 'tru-math', version: 1 }, id: 'sample-rubric', name: 'Tampered' }],
    ];
    for (const [method, input] of attempts) {
      const result = await call(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
    }
    // The allowed paths touch only drafts and retirements: a new version is a new row.
    const draft = await value<{ content: Record<string, unknown> }>('createRubricDraft', { mode: 'revise', id: 'sample-rubric' });
    await value('saveRubricDraft', { id: 'sample-rubric', content: { ...draft.content, name: 'Revised' } });
    expect(await call('saveRubricDraft', { id: 'sample-rubric', content: { ...draft.content, version: 1, name: 'Tampered' } })).toMatchObject({ ok: false });
    await value('setRubricVersionRetired', { id: 'sample-rubric', version: 1, retired: true });
    await value('publishRubricDraft', { id: 'sample-rubric' });
    const after = versionRows(store);
    expect(after.filter((r) => !(r.rubric_id === 'sample-rubric' && r.version === 2))).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
  });

  it('refuses a draft row that reuses a published id and version, even by SQL', () => {
    const store = tempStore();
    expect(() => store.db.prepare("INSERT INTO rubric_drafts (rubric_id, version, content, created_at, updated_at) VALUES ('tru-math', 1, '{}', 0, 0)").run()).toThrow(/already published/);
  });

  it('refuses to import the same id and version with different content; the same content is a no-op', async () => {
    const { store, call, value } = backendOf();
    expect(await value('importRubric', { text: sampleRubricText() })).toMatchObject({ outcome: 'stored' });
    const rows = versionRows(store);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(sampleRubric()).reverse()));
    expect(await value('importRubric', { text: `\n${sampleRubricText()}\n` })).toMatchObject({ outcome: 'unchanged' });
    expect(await value('importRubric', { text: reordered })).toMatchObject({ outcome: 'unchanged' });
    const different = await call('importRubric', { text: sampleRubricText({ name: 'Something else' }) });
    expect(different).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/already published with different content/) } });
    expect(versionRows(store)).toEqual(rows);
  });

  it('reports a stored version whose content no longer matches its hash', async () => {
    const { store, call } = backendOf();
    store.db.exec('DROP TRIGGER rubric_versions_no_update');
    store.db.prepare("UPDATE rubric_versions SET content = json_set(content, '$.name', 'Tampered') WHERE rubric_id = 'tru-math'").run();
    expect(await call('getRubricVersion', { id: 'tru-math' })).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
  });
});

describe('import and export', () => {
  it('refuses an invalid file whole, listing every problem, and stores nothing', async () => {
    const { store, value } = backendOf();
    const before = versionRows(store);
    const bad = sampleRubric();
    const text = JSON.stringify({ ...bad, version: 'one', dimensions: [{ ...bad.dimensions[0], levels: [{ value: 'x', descriptor: '' }] }] });
    const result = await value<{ outcome: string; problems: { path: string; message: string }[] }>('importRubric', { text });
    expect(result.outcome).toBe('invalid');
    expect(result.problems).toEqual([
      { path: 'version', message: 'expected a number, got text' },
      { path: 'dimensions[0].levels[0].value', message: 'expected a number, got text' },
      { path: 'dimensions[0].levels[0].descriptor', message: 'cannot be empty' },
    ]);
    expect(await value('importRubric', { text: 'not json' })).toMatchObject({ outcome: 'invalid', problems: [{ path: '' }] });
    expect(versionRows(store)).toEqual(before);
  });

  it('takes a rubric file of up to 1 MiB of UTF-8, as the command line does, and lists the first 50 problems with how many more', async () => {
    const { store, call, value } = backendOf();
    const before = versionRows(store);
    // 600,000 characters but 1.2 MB: the limit is on the file's bytes, so the app and `fieldbook rubric import` take the same files.
    const accented = `${sampleRubricText()}${'é'.repeat(600_000)}`;
    expect(accented.length).toBeLessThan(1024 * 1024);
    expect(await call('importRubric', { text: accented })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'text: A rubric file can be at most 1 MiB (1,048,576 bytes).' },
    });
    const { text, keys } = manyUnknownKeys(1024 * 1024);
    const result = await value<{ outcome: string; problems: unknown[]; moreProblems: number }>('importRubric', { text });
    expect(result.outcome).toBe('invalid');
    expect(result.problems).toHaveLength(50);
    expect(result.moreProblems).toBe(keys - 50);
    expect(versionRows(store)).toEqual(before);
  });

  it('exports a version that imports into a fresh store as the identical version', async () => {
    const from = backendOf();
    const file = await from.value<{ fileName: string; text: string }>('exportRubric', { id: 'lesson-study-observation-guide', version: 1 });
    expect(file.fileName).toBe('lesson-study-observation-guide-v1.fieldbook-rubric.json');
    await from.value('importRubric', { text: sampleRubricText() });
    const sample = await from.value<{ text: string }>('exportRubric', { id: 'sample-rubric' });
    const to = backendOf();
    expect(await to.value('importRubric', { text: sample.text })).toMatchObject({ outcome: 'stored', id: 'sample-rubric', version: 1 });
    const a = await from.value<StoredRubricVersion>('getRubricVersion', { id: 'sample-rubric' });
    const b = await to.value<StoredRubricVersion>('getRubricVersion', { id: 'sample-rubric' });
    expect(b.contentHash).toBe(a.contentHash);
    expect(b.origin).toBe('imported');
  });
});
