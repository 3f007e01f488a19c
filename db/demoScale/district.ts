// The generated district's directory: the demo's three schools and people,
// plus invented schools (about one per 2,000 observations, 3 to 40 in all),
// enough mathematics teachers that each is observed 10 to 30 times over two
// years, a principal and coaches for every school (one coach per ~30
// teachers) and a few more district coaches. Each teacher and observer also
// carries the hidden model behind their scores.
import type { Role } from '../../shared/domain.js';
import type { RowChange } from '../apply.js';
import { DEMO_SCHOOLS, DISTRICT_PEOPLE, personChange, schoolChange, type DemoPerson, type Teaching } from '../demo.js';
import { DIRECTORY_MS } from './calendar.js';
import type { ModelObserver, ModelTeacher } from './model.js';
import type { Rng } from './random.js';
import { FIRST_NAMES, LAST_NAMES, SCHOOL_PLACES } from './words.js';

export interface Teacher extends ModelTeacher {
  id: string;
  name: string;
  schoolId: string;
  grade: string;
  subject: string;
  /** How often this teacher is visited, relative to others (0.6 to 1.4). */
  weight: number;
}

export interface Observer extends ModelObserver {
  id: string;
  name: string;
}

export interface School {
  id: string;
  observers: Observer[];
  teachers: Teacher[];
  effect: number;
  growth: number;
}

export interface District {
  changes: RowChange[];
  schools: School[];
  teachers: Teacher[];
  /** District staff who observe in every school. */
  districtObservers: Observer[];
  observers: Observer[];
  facilitatorId: string;
}

export const OBSERVATIONS_PER_SCHOOL = 2_000;
export const MAX_SCHOOLS = 40;
const OBSERVATIONS_PER_TEACHER = 20;
const TEACHERS_PER_COACH = 30;
const SCHOOLS_PER_DISTRICT_COACH = 6;
/** Only mathematics classes are observed with TRU Math; the demo's science teachers stay in the directory. */
const MATH_SUBJECTS = new Set(['Mathematics', 'Algebra 1', 'Geometry', 'Algebra 2', 'Precalculus']);

interface SchoolKind {
  suffix: string;
  letter: string;
  classes: Teaching[];
  title: (grade: string, subject: string) => string;
}

const gradeClasses = (grades: string[]): Teaching[] => grades.map((g) => [g, 'Mathematics']);

/** By a school's grade span: what its teachers teach and how their titles read. */
const SCHOOL_KINDS: Record<string, SchoolKind> = {
  'K-5': { suffix: 'Elementary', letter: 'E', classes: gradeClasses(['K', '1', '2', '3', '4', '5']), title: (g) => (g === 'K' ? 'Kindergarten teacher' : `Grade ${g} teacher`) },
  '6-8': { suffix: 'Middle School', letter: 'M', classes: gradeClasses(['6', '7', '8']), title: (g) => `Grade ${g} math` },
  '9-12': {
    suffix: 'High School',
    letter: 'H',
    classes: [['9', 'Algebra 1'], ['10', 'Geometry'], ['11', 'Algebra 2'], ['12', 'Precalculus']],
    title: (_g, subject) => subject,
  },
};
/** Invented schools repeat this pattern of grade spans: three elementary schools to each middle and high school. */
const INVENTED_SPANS = ['K-5', 'K-5', '6-8', 'K-5', '9-12'];

export function schoolCount(observations: number): number {
  return Math.min(MAX_SCHOOLS, Math.max(DEMO_SCHOOLS.length, Math.round(observations / OBSERVATIONS_PER_SCHOOL)));
}

/** `dimensions`: how many dimensions the rubric scores; each has its own typical level across the district. */
export function buildDistrict(rng: Rng, observations: number, dimensions: number): District {
  const changes: RowChange[] = [];
  const taken = new Set([...DEMO_SCHOOLS.flatMap((s) => s.people), ...DISTRICT_PEOPLE].map(([name]) => name));
  const dimensionOffsets = Array.from({ length: dimensions }, () => rng.normal() * 0.15);

  const addPerson = (schoolId: string | null, person: DemoPerson): string => {
    const id = rng.id(DIRECTORY_MS);
    changes.push(personChange(id, schoolId, person));
    return id;
  };
  const observer = (id: string, name: string): Observer => ({
    id,
    name,
    severity: rng.uniform(-0.5, 0.5),
    drift: rng.chance(0.3) ? (rng.chance(0.5) ? 1 : -1) * rng.uniform(0.15, 0.35) : 0,
    noise: rng.uniform(0.25, 0.6),
  });
  const teacher = (id: string, name: string, school: School, [grade, subject]: Teaching): Teacher => {
    const effect = rng.normal() * 0.3;
    return {
      id,
      name,
      schoolId: school.id,
      grade,
      subject,
      weight: rng.uniform(0.6, 1.4),
      start: dimensionOffsets.map((offset) => 1.85 + school.effect + effect + offset + rng.normal() * 0.15),
      growth: Math.max(0, school.growth + rng.normal() * 0.05),
    };
  };
  const inventedName = (): string => {
    for (;;) {
      const plain = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const [first, last] = plain.split(' ');
      const name = taken.has(plain) ? `${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}` : plain;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  const addInvented = (school: School | null, title: string, roles: Role[], teaches?: Teaching): { id: string; name: string } => {
    const name = inventedName();
    return { id: addPerson(school?.id ?? null, [name, title, roles, teaches]), name };
  };

  // Schools: the demo's, then invented ones, each with its own level and pace of growth.
  const count = schoolCount(observations);
  const places = rng.pickDistinct(SCHOOL_PLACES, count - DEMO_SCHOOLS.length);
  const codes = new Set(DEMO_SCHOOLS.map((s) => s.code));
  const specs = [
    ...DEMO_SCHOOLS,
    ...places.map((place, i) => {
      const grades = INVENTED_SPANS[i % INVENTED_SPANS.length]!;
      const kind = SCHOOL_KINDS[grades]!;
      const initials = place.split(' ').map((w) => w[0]).join('') + kind.letter;
      let code = initials;
      for (let n = 2; codes.has(code); n++) code = `${initials}${n}`;
      codes.add(code);
      return { name: `${place} ${kind.suffix}`, code, grades, people: [] as DemoPerson[] };
    }),
  ];
  const schools: School[] = specs.map((spec) => {
    const school: School = { id: rng.id(DIRECTORY_MS), observers: [], teachers: [], effect: rng.normal() * 0.2, growth: rng.uniform(0.05, 0.3) };
    changes.push(schoolChange(school.id, spec));
    for (const person of spec.people) {
      const [name, , roles, teaches] = person;
      const id = addPerson(school.id, person);
      if (roles.includes('observer')) school.observers.push(observer(id, name));
      if (teaches && MATH_SUBJECTS.has(teaches[1])) school.teachers.push(teacher(id, name, school, teaches));
    }
    return school;
  });

  // Teachers: spread over the schools in turn, teaching a class of their school's grade span.
  const wanted = Math.round(observations / OBSERVATIONS_PER_TEACHER) - schools.reduce((n, s) => n + s.teachers.length, 0);
  for (let i = 0; i < wanted; i++) {
    const index = i % schools.length;
    const school = schools[index]!;
    const kind = SCHOOL_KINDS[specs[index]!.grades]!;
    const teaches = rng.pick(kind.classes);
    const { id, name } = addInvented(school, kind.title(...teaches), ['teacher'], teaches);
    school.teachers.push(teacher(id, name, school, teaches));
  }

  // Observers: a principal for every new school, and coaches as the staff grows.
  for (const [index, school] of schools.entries()) {
    if (index >= DEMO_SCHOOLS.length) {
      const { id, name } = addInvented(school, 'Principal', ['observer', 'principal']);
      school.observers.push(observer(id, name));
    }
    const coaches = Math.round(school.teachers.length / TEACHERS_PER_COACH) - (school.observers.length - 1);
    for (let c = 0; c < coaches; c++) {
      const { id, name } = addInvented(school, 'Math coach', ['coach', 'observer']);
      school.observers.push(observer(id, name));
    }
  }
  const districtObservers = DISTRICT_PEOPLE.map((person) => observer(addPerson(null, person), person[0]));
  for (let c = 0; c < Math.floor((count - DEMO_SCHOOLS.length) / SCHOOLS_PER_DISTRICT_COACH); c++) {
    const { id, name } = addInvented(null, 'District math coach', ['coach', 'observer']);
    districtObservers.push(observer(id, name));
  }

  return {
    changes,
    schools,
    teachers: schools.flatMap((s) => s.teachers),
    districtObservers,
    observers: [...schools.flatMap((s) => s.observers), ...districtObservers],
    facilitatorId: districtObservers[0]!.id,
  };
}
