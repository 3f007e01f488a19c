// The wall clock, read again every `everyMs` while the lesson timer runs, for
// what grows with lesson time: the clock itself, and episode lengths.
import { useEffect, useState } from 'react';

export function useNow(running: boolean, everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(tick);
  }, [running, everyMs]);
  return now;
}
