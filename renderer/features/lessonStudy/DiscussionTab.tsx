// The Discussion tab: the post-lesson discussion run from one screen. Set up
// once from the protocol, then the agenda with its clock, notes by speaker
// (with the research lesson's evidence beside them while observers share
// it), the key learnings, revisions to the plan with the step to its next
// version, and the action items.
import { useApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ActionItems } from './ActionItems.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { DiscussionAgenda } from './DiscussionAgenda.js';
import { DiscussionNotes } from './DiscussionNotes.js';
import { runningPart } from './discussionTiming.js';
import { ResearchEvidenceView } from './ResearchEvidenceView.js';
import { RevisionsPanel } from './RevisionsPanel.js';
import { SpeakerNoteForm } from './SpeakerNoteForm.js';
import { useCycleEdit } from './useCycleEdit.js';

export function DiscussionTab({ detail, onDetail }: CycleTabProps) {
  if (detail.discussion.parts.length === 0) return <DiscussionSetup detail={detail} onDetail={onDetail} />;
  const running = runningPart(detail.discussion.parts);
  return (
    <div className="ls-discussion">
      <div className="ls-discussion__live">
        <DiscussionAgenda detail={detail} onDetail={onDetail} />
        <SpeakerNoteForm detail={detail} onDetail={onDetail} />
      </div>
      {running?.kind === 'observers' ? (
        <section className="panel">
          <ResearchEvidenceView detail={detail} />
        </section>
      ) : null}
      <DiscussionNotes detail={detail} onDetail={onDetail} />
      <RevisionsPanel detail={detail} onDetail={onDetail} />
      <ActionItems detail={detail} onDetail={onDetail} />
    </div>
  );
}

function DiscussionSetup({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error } = useCycleEdit(onDetail);
  return (
    <section className="panel panel--narrow" aria-labelledby="ls-discussion-setup-title">
      <h2 id="ls-discussion-setup-title">Post-lesson discussion</h2>
      <p>
        The discussion follows the protocol: thank the instructor; the instructor's reflection; the planning team; observers share evidence; open discussion; the equity
        commentator, if the team has one; the knowledgeable other's final comments. Each part has planned minutes you can change.
      </p>
      <ErrorAlert message={error} />
      <button type="button" className="button button--primary" onClick={() => void run(() => api.startDiscussion({ cycleId: detail.cycle.id }))}>
        Set up the discussion
      </button>
    </section>
  );
}
