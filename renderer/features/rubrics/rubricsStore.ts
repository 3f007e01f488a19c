// The Rubrics section: the library list (every rubric with its versions and
// draft) and which of its views is on screen. The views live here rather
// than in the URL: the section hash (#/rubrics) is enough to come back to
// the library, and a sub-view is always one visible "All rubrics" away.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/contract.js';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { messageOf } from '../../ui/errorMessage.js';

/** A published version number, or the rubric's draft on this device. */
export type VersionChoice = number | 'draft';

export type RubricsView =
  | { kind: 'library' }
  /** One rubric; `version` null means its newest published version (or its draft when none is published). */
  | { kind: 'version'; id: string; version: VersionChoice | null }
  | { kind: 'editor'; id: string }
  | { kind: 'compare'; id: string; a: VersionChoice; b: VersionChoice };

export interface RubricsState {
  /** Every rubric: built-in first, then by name (the backend's order). */
  rubrics: RubricSummary[];
  loaded: boolean;
  loadError: string | null;
  view: RubricsView;
  /** A confirmation the next view shows (e.g. "Published version 2."), cleared when the view changes again. */
  notice: string | null;
  load(): Promise<void>;
  show(view: RubricsView, notice?: string | null): void;
}

export type RubricsStore = StoreApi<RubricsState>;

export function createRubricsStore(api: Api): RubricsStore {
  // Only the newest load may write, so a slow reply cannot bring back a stale list.
  let latestLoad = 0;
  return createStore<RubricsState>()((set) => ({
    rubrics: [],
    loaded: false,
    loadError: null,
    view: { kind: 'library' },
    notice: null,
    async load() {
      const ticket = ++latestLoad;
      try {
        const rubrics = await api.listRubrics({});
        if (ticket === latestLoad) set({ rubrics, loaded: true, loadError: null });
      } catch (error) {
        if (ticket === latestLoad) set({ loaded: true, loadError: messageOf(error) });
      }
    },
    show(view, notice = null) {
      set({ view, notice });
    },
  }));
}
