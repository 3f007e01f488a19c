// A fictional demo district, so a newcomer sees a living app. Every name is
// invented. Written through the apply path like any other edit, in one
// transaction, and only into an empty directory.
import { AppError } from '../shared/errors.js';
import { uuidv7 } from '../shared/ids.js';
import type { Role } from '../shared/domain.js';
import { writeChanges, type ApplyContext, type RowChange } from './apply.js';
import { writeSettings } from './settings.js';

export const DEMO_DISTRICT = 'Harbor Valley Unified (demo)';

interface DemoSchool {
  name: string;
  code: string;
  grades: string;
  people: [name: string, title: string, roles: Role[]][];
}

const SCHOOLS: DemoSchool[] = [
  {
    name: 'Alder Creek Elementary',
    code: 'ACE',
    grades: 'K-5',
    people: [
      ['Marisol Vega', 'Principal', ['principal', 'observer']],
      ['Owen Achterberg', 'Grade 3 teacher', ['teacher']],
      ['Priya Raman', 'Grade 4 teacher', ['teacher']],
      ['Daniel Okafor', 'Grade 5 teacher', ['teacher']],
      ['Hana Sato', 'Grade 2 teacher', ['teacher', 'facilitator']],
    ],
  },
  {
    name: 'Juniper Middle School',
    code: 'JMS',
    grades: '6-8',
    people: [
      ['Theo Lindqvist', 'Principal', ['principal', 'observer']],
      ['Rosa Delgado', 'Math coach', ['coach', 'observer']],
      ['Kwame Mensah', 'Grade 6 math', ['teacher']],
      ['Lucy Barros', 'Grade 7 math', ['teacher']],
      ['Ibrahim Haddad', 'Grade 8 math', ['teacher', 'facilitator']],
      ['Nora Whitfield', 'Grade 7 science', ['teacher']],
    ],
  },
  {
    name: 'Riverbend High School',
    code: 'RHS',
    grades: '9-12',
    people: [
      ['Grace Nakamura', 'Principal', ['principal', 'observer']],
      ['Samuel Ortiz', 'Instructional coach', ['coach', 'observer']],
      ['Elena Petrova', 'Algebra 1', ['teacher']],
      ['Marcus Bell', 'Geometry', ['teacher']],
      ['Aisha Karim', 'Chemistry', ['teacher']],
    ],
  },
];

const DISTRICT_PEOPLE: [name: string, title: string, roles: Role[]][] = [
  ['Joan Whitaker', 'Director of Curriculum and Instruction', ['district_leader', 'observer', 'facilitator']],
  ['Luis Carrillo', 'District math coach', ['coach', 'observer']],
];

export function loadDemoDistrict(ctx: ApplyContext): { schools: number; people: number } {
  return ctx.db.transaction(() => {
    const existing = Number(ctx.db.prepare('SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM people)').pluck().get());
    if (existing > 0) {
      throw new AppError('invalid_input', 'The demo district can only be loaded into an empty Fieldbook; this one already has schools or people.');
    }
    const changes: RowChange[] = [];
    const person = (schoolId: string | null, [name, title, roles]: [string, string, Role[]]) => {
      const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@harborvalley.example`;
      changes.push({
        table: 'people',
        row: uuidv7(ctx.now()),
        values: { name, title, email, school_id: schoolId, roles: JSON.stringify([...roles].sort()), archived: 0, deleted: 0 },
      });
    };
    for (const school of SCHOOLS) {
      const id = uuidv7(ctx.now());
      changes.push({ table: 'schools', row: id, values: { name: school.name, code: school.code, grades: school.grades, archived: 0, deleted: 0 } });
      school.people.forEach((p) => person(id, p));
    }
    DISTRICT_PEOPLE.forEach((p) => person(null, p));
    writeChanges(ctx, changes);
    writeSettings(ctx.db, { district: DEMO_DISTRICT });
    return { schools: SCHOOLS.length, people: changes.length - SCHOOLS.length };
  })();
}
