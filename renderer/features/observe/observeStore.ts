// Which Observe screen is showing (home, one observation's capture screen,
// its report with feedback, submit and exports, or a teacher's history)
// and the notice to greet the coach with. Kept in a store, not in component
// state, so the shell can reopen an interrupted observation on startup before
// the Observe section is even on screen.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import { messageOf } from '../../ui/errorMessage.js';

export type ObserveScreen =
  | { kind: 'home' }
  | { kind: 'capture'; id: string }
  | { kind: 'report'; id: string }
  | { kind: 'history'; teacherId: string };

export interface ObserveState {
  screen: ObserveScreen;
  /** A sentence for the status region of the screen that opens next. */
  notice: string | null;
  error: string | null;
  openCapture(id: string, notice?: string | null): void;
  openReport(id: string, notice?: string | null): void;
  openHistory(teacherId: string): void;
  backHome(): void;
  /** Reopen the observation that was on screen when the app last stopped; true if there was one. */
  recover(): Promise<boolean>;
}

export type ObserveStore = StoreApi<ObserveState>;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function createObserveStore(api: Api): ObserveStore {
  return createStore<ObserveState>()((set) => ({
    screen: { kind: 'home' },
    notice: null,
    error: null,
    openCapture(id, notice = null) {
      set({ screen: { kind: 'capture', id }, notice, error: null });
    },
    openReport(id, notice = null) {
      set({ screen: { kind: 'report', id }, notice, error: null });
    },
    openHistory(teacherId) {
      set({ screen: { kind: 'history', teacherId }, notice: null, error: null });
    },
    backHome() {
      set({ screen: { kind: 'home' }, notice: null });
    },
    async recover() {
      try {
        const { id } = await api.getOpenObservation({});
        if (id === null) return false;
        const { observation, notes, noteDraft } = await api.getObservation({ id });
        const typed = noteDraft.trim() === '' ? '' : ', and the note you were typing';
        const notice = `Recovered your observation of ${observation.teacherLabel}: ${plural(notes.length, 'note')} saved${typed}.`;
        set({ screen: { kind: 'capture', id }, notice, error: null });
        return true;
      } catch (error) {
        set({ error: messageOf(error) });
        return false;
      }
    },
  }));
}
