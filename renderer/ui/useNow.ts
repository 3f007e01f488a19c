// The wall clock, read again every `everyMs` while `running`, for what grows
// with time on screen: the lesson clock, episode lengths, "synced 2 min ago".
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
