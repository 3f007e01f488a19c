// Sync is not built yet, but this device already records every change as an
// op ready to share; saying how many makes the promise concrete and true.
import { useEffect, useState } from 'react';
import { useApi } from '../../appContext.js';
import { UpcomingSection } from '../shell/UpcomingSection.js';
import { sectionById } from '../shell/sections.js';

export function SyncSection() {
  const api = useApi();
  const [ops, setOps] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    api.getStatus({}).then(
      (status) => current && setOps(status.ops),
      // The count is a nicety; the section reads fine without it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <UpcomingSection section={sectionById('sync')}>
      {ops !== null ? (
        <p className="muted">
          This device has recorded {ops === 1 ? '1 change' : `${ops.toLocaleString()} changes`} so far, each kept in a
          form that sync will be able to share.
        </p>
      ) : null}
    </UpcomingSection>
  );
}
