// One edit of a cycle from a tab: send it, hand the fresh detail every lesson
// study edit returns to the screen, and keep the outcome as one sentence (a
// confirmation for the status region, or the refusal in the backend's words).
// A refused edit changes nothing, so the tab keeps what was typed.
import { useState } from 'react';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import { messageOf } from '../../ui/errorMessage.js';

export function useCycleEdit(onDetail: (next: CycleDetail) => void) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  /** True when the edit was stored. */
  const run = async (call: () => Promise<CycleDetail>, done: string | null = null): Promise<boolean> => {
    try {
      onDetail(await call());
      setError(null);
      setNotice(done);
      return true;
    } catch (err) {
      setError(messageOf(err));
      setNotice(null);
      return false;
    }
  };

  return { run, error, notice, setError, setNotice };
}
