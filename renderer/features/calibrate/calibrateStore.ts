// Which Calibrate screen is showing: the home (rounds and the rater board), a
// round (its phase decides what it shows), one rater's blind sheet during
// their turn, or one rater's history. Kept in a store so any screen can move
// to another, and so a notice ("Sheet submitted: pass the laptop to Ben")
// reaches the screen that opens next.
import { createStore, type StoreApi } from 'zustand/vanilla';

export type CalibrateScreen =
  | { kind: 'home' }
  | { kind: 'round'; roundId: string }
  | { kind: 'sheet'; roundId: string; raterId: string }
  | { kind: 'rater'; personId: string };

export interface CalibrateState {
  screen: CalibrateScreen;
  /** A sentence for the status region of the screen that opens next. */
  notice: string | null;
  open(screen: CalibrateScreen, notice?: string | null): void;
}

export type CalibrateStore = StoreApi<CalibrateState>;

export function createCalibrateStore(): CalibrateStore {
  return createStore<CalibrateState>()((set) => ({
    screen: { kind: 'home' },
    notice: null,
    open(screen, notice = null) {
      set({ screen, notice });
    },
  }));
}
