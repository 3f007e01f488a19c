// What a first-time team sees: what lesson study here carries, in the order a
// cycle runs, and the one thing to do first (make the team).
export function LessonStudyIntro({ onNewTeam, disabled }: { onNewTeam(): void; disabled: boolean }) {
  return (
    <div className="empty-state ls-intro">
      <p className="empty-state__lead">Lesson study here carries a team's whole cycle, on this device and without a connection.</p>
      <ol className="ls-intro__steps">
        <li>Study the topic together, with the readings and chapters you use.</li>
        <li>Write the teaching-learning plan: goals, the unit sequence, and the lesson step by step with the responses you anticipate.</li>
        <li>Teach the research lesson while colleagues watch focal students and note what they see, tied to the steps of the plan.</li>
        <li>Hold the post-lesson discussion in the protocol's order, and turn what you learned into the plan's next version.</li>
      </ol>
      <p>Start with your team: its members and their roles (instructor, planning team, facilitator, knowledgeable other, observers). Then start a cycle.</p>
      <button type="button" className="button button--primary" disabled={disabled} onClick={onNewTeam}>
        Create your team
      </button>
    </div>
  );
}
