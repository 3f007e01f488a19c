// The teams on this device, each with its school, its members and their
// roles: "Add member" opens the side panel, and a member can be taken off the
// team (their past notes keep their name).
import { useState } from 'react';
import type { School } from '../../../shared/domain.js';
import type { Team, TeamMember } from '../../../shared/lessonStudy/team.js';
import { useApi } from '../../appContext.js';
import { CopyId } from '../../ui/CopyId.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { rolesInWords } from './lessonStudyWords.js';

interface TeamsListProps {
  teams: Team[];
  schools: School[];
  adding: boolean;
  onAddMember(team: Team): void;
  onChanged(team: Team, sentence: string): void;
}

export function TeamsList({ teams, schools, adding, onAddMember, onChanged }: TeamsListProps) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const schoolName = (id: string | null) => schools.find((s) => s.id === id)?.name ?? null;

  const remove = async (team: Team, member: TeamMember) => {
    try {
      onChanged(await api.removeTeamMember({ id: member.id }), `${member.name} is no longer on ${team.name}.`);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section className="ls-teams" aria-labelledby="ls-teams-title">
      <h2 id="ls-teams-title">Teams</h2>
      <ErrorAlert message={error} />
      {teams.length === 0 ? <p className="empty-note">No teams yet. Create one with New team.</p> : null}
      {teams.map((team) => (
        <article key={team.id} className="panel ls-team" aria-labelledby={`ls-team-${team.id}`}>
          <header className="ls-team__header">
            <h3 id={`ls-team-${team.id}`}>{team.name}</h3>
            <p className="muted small">
              {[schoolName(team.schoolId), team.cycles === 1 ? '1 cycle' : `${team.cycles} cycles`].filter(Boolean).join(' · ')}
            </p>
            {/* The district office adds the team to the hub by this id (hub admin add-team ID). */}
            <CopyId id={team.id} of={team.name} />
          </header>
          {team.members.length === 0 ? (
            <p className="muted">No members yet.</p>
          ) : (
            <ul className="ls-team__members" aria-label={`Members of ${team.name}`}>
              {team.members.map((member) => (
                <li key={member.id}>
                  <span className="ls-team__member">{member.name}</span>
                  <span className="muted">{rolesInWords(member.roles)}</span>
                  <button type="button" className="button button--ghost button--small" aria-label={`Remove ${member.name} from ${team.name}`} onClick={() => void remove(team, member)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--secondary button--small" disabled={adding} aria-label={`Add member to ${team.name}`} onClick={() => onAddMember(team)}>
            Add member
          </button>
        </article>
      ))}
    </section>
  );
}
