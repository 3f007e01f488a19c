// The capture screen of one observation (filled in by the next commit).
import { useStoreApi } from '../../appContext.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

export function CaptureScreen({ id }: { id: string }) {
  const observe = useStoreApi('observe');
  return (
    <section className="screen" aria-labelledby="capture-title" data-observation={id}>
      <ScreenHeading id="capture-title">Observation</ScreenHeading>
      <button type="button" className="button button--secondary" onClick={() => observe.getState().backHome()}>
        Back to Observe
      </button>
    </section>
  );
}
