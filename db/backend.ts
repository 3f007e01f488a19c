// The backend: the API contract implemented over the local store. Shells call
// callMethod, which checks the method name and validates the input with the
// contract's zod schema before any handler runs, and turns every failure into
// a typed error with a sentence a person can act on (stacks go to the log).
import { z } from 'zod';
import { contract, describeZodError, isMethodName, type CallResult, type MethodName, type MethodOutput, type ParsedInput } from '../shared/contract.js';
import { AppError, INTERNAL_ERROR_MESSAGE } from '../shared/errors.js';
import { saveAnchor, saveConsensus } from './calibration/anchors.js';
import { createRound, listRounds, readRound, revealRound } from './calibration/rounds.js';
import { readSheet, roundEvidence, saveSheetScore, submitSheet } from './calibration/sheets.js';
import { calibrationBoard, raterStanding } from './calibration/standing.js';
import { listOpenConflicts, resolveConflict } from './conflicts.js';
import { insights } from './insights/dashboard.js';
import { lessonStudyProgress } from './insights/lessonStudyProgress.js';
import { drillDown, insightsCsv } from './insights/drill.js';
import { loadDemoDistrict } from './demo.js';
import * as directory from './directory.js';
import { readSettings, writeSettings } from './settings.js';
import { readStatus } from './status.js';
import { createDraft, discardDraft, publishDraft, readDraft, saveDraft } from './rubrics/drafts.js';
import { exportRubricFile, importRubricText } from './rubrics/files.js';
import { listRubrics } from './rubrics/library.js';
import { readVersion, setVersionRetired } from './rubrics/versions.js';
import { addAttachment, readAttachmentData, removeAttachment } from './observations/attachments.js';
import { getObservationDetail } from './observations/detail.js';
import { teacherHistory } from './observations/history.js';
import { saveScore } from './observations/scores.js';
import { removeStudent, saveStudent, setSeating } from './observations/students.js';
import { saveFeedback, startCorrection, submitObservation } from './observations/submit.js';
import { startEpisode } from './observations/episodes.js';
import { deleteNote, saveNote, saveNoteDraft } from './observations/notes.js';
import { beginObservation, setTimerRunning, startObservation } from './observations/observations.js';
import { listObservations, searchNotes } from './observations/search.js';
import { readOpenObservation, setOpenObservation } from './observations/session.js';
import { planningMethods } from './lessonStudy/planningMethods.js';
import { teachingMethods } from './lessonStudy/teachingMethods.js';
import { bundleMethods } from './bundles/methods.js';
import { hubMethods } from './hubSync/methods.js';
import { createHubSyncer, type HubSyncer } from './hubSync/syncer.js';
import type { Store } from './store.js';

/**
 * Methods that wait: on the network (the hub), or on a bundle's changes
 * unpacking as a stream (a compressed bomb must not fill memory); every
 * other method answers at once.
 */
type WaitingMethod = 'enrolWithHub' | 'syncWithHub' | 'importBundle';

export type Backend = {
  [M in MethodName]: (input: ParsedInput<M>) => M extends WaitingMethod ? Promise<MethodOutput<M>> : MethodOutput<M>;
};

export const APP_VERSION = '0.1.0';

/** `syncer`: the host's, when it syncs with the hub on its own; else one that syncs only when told. */
export function createBackend(store: Store, syncer: HubSyncer = createHubSyncer(store)): Backend {
  return {
    getAppInfo: () => ({ version: APP_VERSION, schemaVersion: store.schemaVersion, nodeId: store.nodeId }),
    getSettings: () => readSettings(store.db),
    saveSettings: (patch) => writeSettings(store.db, patch),
    listSchools: ({ includeArchived }) => directory.listSchools(store, includeArchived),
    saveSchool: (draft) => directory.saveSchool(store, draft),
    setSchoolArchived: ({ id, archived }) => directory.setSchoolArchived(store, id, archived),
    listPeople: (filter) => directory.listPeople(store, filter),
    savePerson: (draft) => directory.savePerson(store, draft),
    setPersonArchived: ({ id, archived }) => directory.setPersonArchived(store, id, archived),
    loadDemo: () => loadDemoDistrict(store),
    getStatus: () => readStatus(store),
    listConflicts: () => listOpenConflicts(store),
    resolveConflict: ({ id, keep }) => {
      resolveConflict(store, id, keep);
      return { ok: true as const };
    },
    listRubrics: () => listRubrics(store.db),
    getRubricVersion: ({ id, version }) => readVersion(store.db, id, version),
    getRubricDraft: ({ id }) => readDraft(store.db, id),
    createRubricDraft: (request) => createDraft(store.db, request, store.now()),
    saveRubricDraft: ({ id, content }) => saveDraft(store.db, id, content, store.now()),
    discardRubricDraft: ({ id }) => {
      discardDraft(store.db, id);
      return { ok: true as const };
    },
    publishRubricDraft: ({ id }) => publishDraft(store.db, id, store.now()),
    setRubricVersionRetired: ({ id, version, retired }) => setVersionRetired(store.db, id, version, retired, store.now()),
    importRubric: ({ text }) => importRubricText(store.db, text, store.now()),
    exportRubric: ({ id, version }) => exportRubricFile(store.db, id, version),
    listObservations: (filter) => listObservations(store.db, filter),
    startObservation: (input) => startObservation(store, input),
    beginObservation: ({ id }) => beginObservation(store, id),
    getObservation: ({ id }) => getObservationDetail(store, id),
    setObservationTimer: ({ id, running }) => setTimerRunning(store, id, running),
    saveNote: (input) => saveNote(store, input),
    deleteNote: ({ id }) => {
      deleteNote(store, id);
      return { ok: true as const };
    },
    saveNoteDraft: ({ observationId, text }) => {
      saveNoteDraft(store, observationId, text);
      return { ok: true as const };
    },
    startEpisode: (input) => startEpisode(store, input),
    searchNotes: ({ query, limit }) => searchNotes(store.db, query, limit),
    setOpenObservation: ({ id }) => {
      setOpenObservation(store.db, id);
      return { ok: true as const };
    },
    getOpenObservation: () => ({ id: readOpenObservation(store.db) }),
    saveScore: (input) => saveScore(store, input),
    setSeating: (input) => setSeating(store, input),
    saveStudent: (input) => saveStudent(store, input),
    removeStudent: ({ id }) => {
      removeStudent(store, id);
      return { ok: true as const };
    },
    addAttachment: (input) => addAttachment(store, store.dataDir, input),
    getAttachmentData: ({ id }) => readAttachmentData(store.db, store.dataDir, id),
    removeAttachment: ({ id }) => {
      removeAttachment(store, id);
      return { ok: true as const };
    },
    saveFeedback: (input) => saveFeedback(store, input),
    submitObservation: ({ id }) => submitObservation(store, id),
    startCorrection: ({ id }) => startCorrection(store, id),
    getTeacherHistory: ({ teacherId }) => teacherHistory(store, teacherId),
    listCalibrationRounds: () => listRounds(store.db),
    createCalibrationRound: (input) => createRound(store, input),
    getCalibrationRound: ({ id }) => readRound(store.db, id),
    saveCalibrationAnchor: (input) => saveAnchor(store, input),
    getCalibrationSheet: ({ roundId, raterId }) => readSheet(store.db, roundId, raterId),
    saveCalibrationScore: (input) => saveSheetScore(store, input),
    submitCalibrationSheet: ({ roundId, raterId }) => submitSheet(store, roundId, raterId),
    getCalibrationEvidence: ({ roundId }) => roundEvidence(store.db, roundId),
    revealCalibrationRound: ({ id }) => revealRound(store, id),
    saveCalibrationConsensus: (input) => saveConsensus(store, input),
    getRaterStanding: ({ personId }) => raterStanding(store.db, personId),
    getCalibrationBoard: ({ withCoObservations }) => calibrationBoard(store.db, { withCoObservations }),
    getInsights: (filter) => insights(store.db, filter),
    getInsightObservations: (input) => drillDown(store.db, input),
    getLessonStudyProgress: (filter) => lessonStudyProgress(store.db, filter),
    exportInsightsCsv: (filter) => insightsCsv(store.db, filter, new Date(store.now()).toISOString().slice(0, 10)),
    ...planningMethods(store),
    ...teachingMethods(store),
    ...bundleMethods(store),
    ...hubMethods(store, syncer),
  };
}

export type ErrorLogger = (method: string, error: unknown) => void;

const logToStderr: ErrorLogger = (method, error) => {
  console.error(JSON.stringify({ level: 'error', method, error: error instanceof Error ? error.stack : String(error) }));
};

/** Calls one contract method with untrusted input. Never throws. */
export async function callMethod(backend: Backend, method: string, input: unknown, log: ErrorLogger = logToStderr): Promise<CallResult> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Fieldbook has no operation called "${method}".` } };
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeZodError(parsed.error) } };
  try {
    const handler = backend[method] as (input: unknown) => unknown;
    const value = (spec.output as z.ZodType).parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toBody() };
    log(method, err);
    return { ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } };
  }
}
