// The ways into a figure's observations: clicking a bar or point (the chart)
// and, for keyboards and screen readers, a button per table row or cell,
// named with what it counts and what it stands for.
import { useCallback } from 'react';
import { useStoreApi } from '../../appContext.js';
import type { DrillTarget } from './drillTargets.js';
import { showObservationsText } from './insightWords.js';

/** Lists a cell's observations; a cell with none has nothing to list. */
export function useDrillOpener(): (target: DrillTarget) => void {
  const insights = useStoreApi('insights');
  return useCallback(
    (target) => {
      if (target.observations > 0) insights.getState().openDrill(target);
    },
    [insights],
  );
}

/** Shows "Show the 12 observations" (or a count in a table cell); its name always says what lies behind it. */
export function DrillButton({ target, children }: { target: DrillTarget; children?: string }) {
  const open = useDrillOpener();
  return (
    <button type="button" className="link-button" aria-label={`${showObservationsText(target.observations)} behind ${target.title}`} onClick={() => open(target)}>
      {children ?? showObservationsText(target.observations)}
    </button>
  );
}
