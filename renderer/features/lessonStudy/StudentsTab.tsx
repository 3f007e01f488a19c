// The Students and seating tab: the focal students, where they sit in the
// research lesson, which observer watches whom, and the observer packet to
// print for the lesson.
import { useState } from 'react';
import { useAppStore } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { slugOf } from '../rubrics/rubricWords.js';
import { AssignmentsPanel } from './AssignmentsPanel.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { FocalSeatingChart } from './FocalSeatingChart.js';
import { FocalStudentsPanel } from './FocalStudentsPanel.js';
import { ObserverPacket } from './ObserverPacket.js';
import { PrintAloneButton } from './PrintAloneButton.js';
import { usePlanVersions } from './usePlanVersions.js';

export function StudentsTab({ detail, onDetail }: CycleTabProps) {
  return (
    <div className="ls-students">
      <FocalStudentsPanel detail={detail} onDetail={onDetail} />
      <FocalSeatingChart detail={detail} onDetail={onDetail} />
      <AssignmentsPanel detail={detail} onDetail={onDetail} />
      <ObserverPacketPanel detail={detail} onDetail={onDetail} />
    </div>
  );
}

function ObserverPacketPanel({ detail }: CycleTabProps) {
  const withNames = useAppStore('settings', (s) => s.settings?.studentNamesInExports ?? false);
  const { plans, error: loadError } = usePlanVersions(detail);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const plan = plans?.at(-1) ?? null;
  return (
    <section className="panel" aria-labelledby="ls-packet-title">
      <h2 id="ls-packet-title">Observer packet</h2>
      <p className="muted">
        For each observer: the current plan's steps with their points of evaluation, the seating chart with who watches whom, and the focal students.{' '}
        {withNames
          ? "Students' real names written on this device are printed with their codes (Settings allow it)."
          : 'Students appear by their codes only; Settings decide whether real names are printed.'}
      </p>
      <ErrorAlert message={loadError ?? error} />
      <StatusNote>{notice}</StatusNote>
      <PrintAloneButton label="Print the observer packet" fileName={`observer-packet-${slugOf(detail.cycle.title)}.pdf`} disabled={!plan} onNotice={setNotice} onError={setError}>
        {plan ? <ObserverPacket detail={detail} plan={plan} withNames={withNames} /> : null}
      </PrintAloneButton>
    </section>
  );
}
