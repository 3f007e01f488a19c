// A fictional demo district, so a newcomer sees a living app. Every name is
// invented. Written through the apply path like any other edit, in one
// transaction, and only into an empty directory. The same schools and people
// are the base of the generated district at any size (db/demoScale/).
import { AppError } from '../shared/errors.js';
import { uuidv7 } from '../shared/ids.js';
import type { Role } from '../shared/domain.js';
import type { OpValue } from '../shared/registry.js';
import { writeChanges, type ApplyContext, type RowChange } from './apply.js';
import type { Db } from './sqlite.js';
import { holdsDistrictRecords, writeSettings } from './settings.js';

export const DEMO_DISTRICT = 'Harbor Valley Unified (demo)';

/** A teacher's class: the grade and subject an observation of them records. */
export type Teaching = [grade: string, subject: string];
export type DemoPerson = [name: string, title: string, roles: Role[], teaches?: Teaching];

export interface DemoSchool {
  name: string;
  code: string;
  grades: string;
  people: DemoPerson[];
}

export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  {
    name: 'Alder Creek Elementary',
    code: 'ACE',
    grades: 'K-5',
    people: [
      ['Marisol Vega', 'Principal', ['principal', 'observer']],
      ['Owen Achterberg', 'Grade 3 teacher', ['teacher'], ['3', 'Mathematics']],
      ['Priya Raman', 'Grade 4 teacher', ['teacher'], ['4', 'Mathematics']],
      ['Daniel Okafor', 'Grade 5 teacher', ['teacher'], ['5', 'Mathematics']],
      ['Hana Sato', 'Grade 2 teacher', ['teacher', 'facilitator'], ['2', 'Mathematics']],
    ],
  },
  {
    name: 'Juniper Middle School',
    code: 'JMS',
    grades: '6-8',
    people: [
      ['Theo Lindqvist', 'Principal', ['principal', 'observer']],
      ['Rosa Delgado', 'Math coach', ['coach', 'observer']],
      ['Kwame Mensah', 'Grade 6 math', ['teacher'], ['6', 'Mathematics']],
      ['Lucy Barros', 'Grade 7 math', ['teacher'], ['7', 'Mathematics']],
      ['Ibrahim Haddad', 'Grade 8 math', ['teacher', 'facilitator'], ['8', 'Mathematics']],
      ['Nora Whitfield', 'Grade 7 science', ['teacher'], ['7', 'Science']],
    ],
  },
  {
    name: 'Riverbend High School',
    code: 'RHS',
    grades: '9-12',
    people: [
      ['Grace Nakamura', 'Principal', ['principal', 'observer']],
      ['Samuel Ortiz', 'Instructional coach', ['coach', 'observer']],
      ['Elena Petrova', 'Algebra 1', ['teacher'], ['9', 'Algebra 1']],
      ['Marcus Bell', 'Geometry', ['teacher'], ['10', 'Geometry']],
      ['Aisha Karim', 'Chemistry', ['teacher'], ['11', 'Chemistry']],
    ],
  },
];

export const DISTRICT_PEOPLE: readonly DemoPerson[] = [
  ['Joan Whitaker', 'Director of Curriculum and Instruction', ['district_leader', 'observer', 'facilitator']],
  ['Luis Carrillo', 'District math coach', ['coach', 'observer']],
];

/** The demo loads only into a store with nothing in it, so it never mixes with real records. */
export function requireEmptyStore(db: Db): void {
  if (holdsDistrictRecords(db)) {
    throw new AppError('invalid_input', 'The demo district can only be loaded into an empty Fieldbook; this one already has schools, people or observations.');
  }
}

export function schoolChange(id: string, school: Pick<DemoSchool, 'name' | 'code' | 'grades'>): RowChange {
  return { table: 'schools', row: id, values: { name: school.name, code: school.code, grades: school.grades, archived: 0, deleted: 0 } };
}

export function personChange(id: string, schoolId: string | null, [name, title, roles]: DemoPerson): RowChange {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@harborvalley.example`;
  const values: Record<string, OpValue> = { name, title, email, school_id: schoolId, roles: JSON.stringify([...roles].sort()), archived: 0, deleted: 0 };
  return { table: 'people', row: id, values };
}

export function loadDemoDistrict(ctx: ApplyContext): { schools: number; people: number } {
  return ctx.db.transaction(() => {
    requireEmptyStore(ctx.db);
    const changes: RowChange[] = [];
    const newId = () => uuidv7(ctx.now());
    for (const school of DEMO_SCHOOLS) {
      const id = newId();
      changes.push(schoolChange(id, school));
      school.people.forEach((p) => changes.push(personChange(newId(), id, p)));
    }
    DISTRICT_PEOPLE.forEach((p) => changes.push(personChange(newId(), null, p)));
    writeChanges(ctx, changes);
    writeSettings(ctx.db, { district: DEMO_DISTRICT });
    return { schools: DEMO_SCHOOLS.length, people: changes.length - DEMO_SCHOOLS.length };
  })();
}
