// The lesson clock: mm:ss on the observation's own timer, ticking each second
// while it runs. Ctrl+. pauses and resumes from anywhere, even while typing
// (no character is typed with Ctrl held, so it never steals a keystroke).
import { useEffect } from 'react';
import type { Observation } from '../../../shared/observation.js';
import { formatClock, timerReading } from '../../../shared/lessonClock.js';
import { useNow } from '../../ui/useNow.js';

export function CaptureTimer({ timer, onToggle }: { timer: Observation['timer']; onToggle(): void }) {
  const running = timer.runningSince !== null;
  const now = useNow(running, 1000);

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.key === '.') {
        event.preventDefault();
        onToggle();
      }
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [onToggle]);

  return (
    <div className="capture__clock">
      {/* aria-live off: a reading every second would drown out everything else. */}
      <span role="timer" aria-live="off" aria-label="Lesson time" className={running ? 'capture__timer' : 'capture__timer capture__timer--paused'}>
        {formatClock(timerReading(timer, now))}
      </span>{' '}
      <button type="button" className="button button--secondary" aria-keyshortcuts="Control+." onClick={onToggle}>
        {running ? 'Pause' : 'Resume'} <kbd aria-hidden="true">Ctrl+.</kbd>
      </button>
    </div>
  );
}
