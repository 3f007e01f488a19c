// What the lesson study home shows: the teams with their members, every
// cycle, and the schools (to name a team's school). A saved team replaces
// its old self in the list without loading everything again.
import type { Api } from '../../../shared/contract.js';
import type { Team } from '../../../shared/lessonStudy/team.js';
import { LESSON_STUDY_TABLES } from '../../followedTables.js';
import { useEdited, useLoaded } from '../../ui/useLoaded.js';

async function loadHome(api: Api) {
  const [teams, cycles, schools] = await Promise.all([api.listLessonStudyTeams({}), api.listLessonStudyCycles({}), api.listSchools({})]);
  return { teams, cycles, schools };
}

const byName = (a: Team, b: Team) => a.name.localeCompare(b.name);

export function useLessonStudyHome() {
  const { data, error } = useLoaded(loadHome, 'lesson-study-home', LESSON_STUDY_TABLES);
  const [teams, setTeams] = useEdited<Team[]>(data?.teams ?? null);
  const putTeam = (team: Team) => setTeams([...(teams ?? []).filter((t) => t.id !== team.id), team].sort(byName));
  return { teams, cycles: data?.cycles ?? null, schools: data?.schools ?? [], error, putTeam };
}
