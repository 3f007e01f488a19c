// A rater's name wherever results list raters: a button that opens their
// history (status, trend, rounds), so any table leads to the person.
import { useStoreApi } from '../../appContext.js';

export function RaterLink({ personId, name }: { personId: string; name: string }) {
  const calibrate = useStoreApi('calibrate');
  return (
    <button type="button" className="link-button" onClick={() => calibrate.getState().open({ kind: 'rater', personId })}>
      {name}
    </button>
  );
}
