import { describe, expect, it } from 'vitest';
import { callMethod, createBackend } from '../../db/backend.js';
import { readStatus } from '../../db/status.js';
import { METHOD_NAMES } from '../../shared/contract.js';
import { tempStore } from '../support/stores.js';

function setup() {
  const store = tempStore();
  const backend = createBackend(store);
  const call = (method: string, input: unknown = {}) => callMethod(backend, method, input, () => {});
  return { store, call };
}

describe('the backend behind the contract', () => {
  it('implements every method of the contract', () => {
    const { store } = setup();
    expect(Object.keys(createBackend(store)).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('creates, edits and archives schools and people through the apply path', async () => {
    const { store, call } = setup();
    const school = await call('saveSchool', { name: '  Alder Creek Elementary ', code: 'ACE', grades: 'K-5' });
    expect(school.ok && school.value).toMatchObject({ name: 'Alder Creek Elementary', archived: false });
    const schoolId = (school.ok && (school.value as { id: string }).id) as string;
    const person = await call('savePerson', { name: 'Priya Raman', roles: ['teacher', 'coach'], schoolId });
    expect(person.ok).toBe(true);
    const personId = (person.ok && (person.value as { id: string }).id) as string;
    await call('savePerson', { id: personId, name: 'Priya Raman-Ortiz', roles: ['teacher'], schoolId });
    await call('setPersonArchived', { id: personId, archived: true });
    expect(await call('listPeople', {})).toEqual({ ok: true, value: [] });
    const all = await call('listPeople', { includeArchived: true });
    expect(all.ok && all.value).toEqual([
      { id: personId, name: 'Priya Raman-Ortiz', email: '', schoolId, roles: ['teacher'], title: '', archived: true },
    ]);
    expect(Number(store.db.prepare("SELECT count(*) FROM ops WHERE tbl = 'people'").pluck().get())).toBeGreaterThan(5);
  });

  it('filters people by school and role', async () => {
    const { call } = setup();
    await call('loadDemo');
    const schools = await call('listSchools');
    const juniper = (schools.ok ? (schools.value as { id: string; name: string }[]) : []).find((s) => s.name.startsWith('Juniper'))!;
    const coaches = await call('listPeople', { schoolId: juniper.id, role: 'coach' });
    expect(coaches.ok && (coaches.value as { name: string }[]).map((p) => p.name)).toEqual(['Rosa Delgado']);
  });

  it('answers bad input with a typed error and a readable sentence, changing nothing', async () => {
    const { store, call } = setup();
    const before = readStatus(store);
    const cases: [string, unknown, string][] = [
      ['saveSchool', { name: '' }, 'invalid_input'],
      ['saveSchool', { name: 'x', surprise: true }, 'invalid_input'],
      ['savePerson', { name: 'No roles', roles: [] }, 'invalid_input'],
      ['savePerson', { name: 'Bad email', roles: ['teacher'], email: 'nope' }, 'invalid_input'],
      ['savePerson', { name: 'Ghost school', roles: ['teacher'], schoolId: '019a0000-0000-7000-8000-000000000000' }, 'not_found'],
      ['setSchoolArchived', { id: 'not-an-id', archived: true }, 'invalid_input'],
      ['dropTables', {}, 'unknown_method'],
      ['listSchools', 'not an object', 'invalid_input'],
    ];
    for (const [method, input, code] of cases) {
      const result = await call(method, input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message.length).toBeGreaterThan(10);
        expect(result.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
      }
    }
    expect(readStatus(store)).toEqual(before);
  });

  it('hides internal failures behind a calm sentence and logs the stack instead', async () => {
    const store = tempStore();
    const backend = createBackend(store);
    store.close();
    const logged: unknown[] = [];
    const result = await callMethod(backend, 'listSchools', {}, (_m, e) => logged.push(e));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Nothing was changed/) } });
    expect(logged).toHaveLength(1);
  });

  it('loads the demo district only into an empty store', async () => {
    const { store, call } = setup();
    const loaded = await call('loadDemo');
    expect(loaded).toEqual({ ok: true, value: { schools: 3, people: 18 } });
    const settings = await call('getSettings');
    expect(settings.ok && (settings.value as { district: string }).district).toMatch(/demo/);
    const before = readStatus(store);
    const again = await call('loadDemo');
    expect(again.ok).toBe(false);
    expect(readStatus(store)).toEqual(before);
  });

  it('reports first run done for a store that holds records, however they came, and not for an empty one', async () => {
    const firstRunDone = async (t: ReturnType<typeof setup>) => {
      const settings = await t.call('getSettings');
      return settings.ok && (settings.value as { firstRunDone: boolean }).firstRunDone;
    };
    const empty = setup();
    expect(await firstRunDone(empty)).toBe(false);
    const filled = setup();
    await filled.call('savePerson', { name: 'Ana Ruiz', roles: ['teacher'] });
    expect(await firstRunDone(filled)).toBe(true);
    // So the first-run screen, whose demo district needs an empty store, is never offered on it.
    expect((await filled.call('loadDemo')).ok).toBe(false);
  });

  it('keeps device settings', async () => {
    const { call } = setup();
    await call('saveSettings', { userName: 'Rosa Delgado', role: 'coach', firstRunDone: true });
    expect(await call('getSettings')).toEqual({ ok: true, value: { userName: 'Rosa Delgado', role: 'coach', district: '', firstRunDone: true, studentNamesInExports: false } });
    expect((await call('saveSettings', { role: 'wizard' })).ok).toBe(false);
  });
});
