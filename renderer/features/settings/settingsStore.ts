// This device's settings: who uses it, their role and district, and whether
// the first-run screen has been through. The whole app waits for them, because
// they decide between the first-run screen and the app itself.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MethodInput } from '../../../shared/contract.js';
import type { Settings } from '../../../shared/domain.js';
import { messageOf } from '../../ui/errorMessage.js';

export type SettingsPatch = MethodInput<'saveSettings'>;

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Saves and keeps the stored result; throws the backend's error for the form to show. */
  save(patch: SettingsPatch): Promise<Settings>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(api: Api): SettingsStore {
  return createStore<SettingsState>()((set) => ({
    settings: null,
    loadError: null,
    async load() {
      try {
        set({ settings: await api.getSettings({}), loadError: null });
      } catch (error) {
        set({ loadError: messageOf(error) });
      }
    },
    async save(patch) {
      const settings = await api.saveSettings(patch);
      set({ settings });
      return settings;
    },
  }));
}
