// A dimension's levels as radios ("2 Developing", and N/A where the scale
// allows it), for observation scoring and calibration sheets alike. The levels
// are one tab stop (a roving tabindex): Tab reaches the chosen level, or the
// first while none is chosen, and leaves for what follows, the dimension's
// evidence; the arrow keys move between levels, as radios do. Keys act only
// while focus is on these radios, so text typed anywhere else never scores:
// a level's digit chooses it and N chooses N/A, and focus goes with the
// choice, so the next Tab leaves the levels (a browser may otherwise Tab from
// a focused radio that is no longer chosen to the one that is).
import type { KeyboardEvent } from 'react';
import type { Scale } from '../../shared/rubric/format.js';
import { levelName } from './ScoringGuide.js';

const NA = 'n';

interface LevelRadiosProps {
  scale: Scale;
  /** The radios' shared name. */
  name: string;
  value: number | null;
  na: boolean;
  onChoose(value: number | null, na: boolean): void;
  /** Any other key pressed on a level (lower case, no modifier): true when it did something. */
  onOtherKey?(key: string): boolean;
}

export function LevelRadios({ scale, name, value, na, onChoose, onOtherKey }: LevelRadiosProps) {
  // Each choice by the key that makes it: a level's digit, N for N/A.
  const choices = [
    ...scale.levels.map((l) => ({ key: String(l.value), value: l.value as number | null, na: false, label: levelName(scale, l.value) })),
    ...(scale.naAllowed ? [{ key: NA, value: null, na: true, label: 'N/A' }] : []),
  ];
  const chosen = choices.find((c) => (na ? c.na : c.value === value && value !== null));
  const tabStop = chosen ?? choices[0];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const choice = choices.find((c) => c.key === key);
    if (choice) {
      if (choice !== chosen) onChoose(choice.value, choice.na);
      // The radios in choice order: those of this name (unique to the group).
      event.currentTarget.ownerDocument.getElementsByName(name)[choices.indexOf(choice)]?.focus();
    } else if (!onOtherKey?.(key)) {
      return;
    }
    event.preventDefault();
  };

  return choices.map((choice) => (
    <label key={choice.key} className="score__level">
      <input
        type="radio"
        name={name}
        checked={choice === chosen}
        tabIndex={choice === tabStop ? 0 : -1}
        onChange={() => onChoose(choice.value, choice.na)}
        onKeyDown={onKeyDown}
      />
      {choice.label}
    </label>
  ));
}
