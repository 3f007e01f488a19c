// One-off edits of a cycle (tick a task, remove a meeting): run the call,
// take the fresh detail it returns, and keep a refusal as one sentence.
import { useState } from 'react';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import { messageOf } from '../../ui/errorMessage.js';

export function useCycleAction(onDetail: (next: CycleDetail) => void) {
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<CycleDetail>) => {
    try {
      onDetail(await call());
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return { run: (call: () => Promise<CycleDetail>) => void run(call), error };
}
