// Everything the report screen shows, loaded once: the observation with its
// notes and scores, the rubric version it was scored on, the teacher's and
// school's names as the directory has them (archived ones included, so an old
// report still names them), and a research lesson's plan version, whose
// steps the notes name.
import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../../shared/contract.js';
import type { Plan } from '../../../shared/lessonStudy/plan.js';
import type { Observation, ObservationDetail } from '../../../shared/observation.js';
import type { Rubric } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { loadObservation } from './loadObservation.js';

export interface ReportData {
  detail: ObservationDetail;
  rubric: Rubric;
  teacherName: string;
  schoolName: string;
  plan: Plan | null;
  /** When it was loaded: the lesson clock of a running observation is read at this moment. */
  loadedAt: number;
}

async function loadReport(api: Api, id: string): Promise<ReportData> {
  const { detail, rubric } = await loadObservation(api, id);
  const o = detail.observation;
  const [people, schools, plan] = await Promise.all([
    o.teacherId ? api.listPeople({ includeArchived: true }) : [],
    o.schoolId ? api.listSchools({ includeArchived: true }) : [],
    // A plan not (yet) on this device leaves the notes without step names, not the report unreadable.
    o.planId ? api.getLessonPlan({ id: o.planId }).catch(() => null) : null,
  ]);
  const teacherName = people.find((p) => p.id === o.teacherId)?.name || o.teacherLabel || 'Unnamed teacher';
  const schoolName = schools.find((s) => s.id === o.schoolId)?.name ?? '';
  return { detail, rubric, teacherName, schoolName, plan, loadedAt: Date.now() };
}

export function useReport(id: string) {
  const api = useApi();
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadReport(api, id).then(
      (loaded) => current && setData(loaded),
      (err: unknown) => current && setError(messageOf(err)),
    );
    return () => {
      current = false;
    };
  }, [api, id]);

  /** After submitting: the observation as the backend now has it. */
  const setObservation = useCallback((observation: Observation) => {
    setData((d) => (d ? { ...d, detail: { ...d.detail, observation } } : d));
  }, []);

  return { data, error, setObservation };
}
