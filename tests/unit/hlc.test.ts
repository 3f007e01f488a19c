import { describe, expect, it } from 'vitest';
import { ClockDriftError, formatHlc, isHlc, MAX_FORWARD_DRIFT_MS, parseHlc, receive, tick } from '../../shared/hlc.js';

const node = 'aaaaaaaaaaaaaaaa';
const other = 'bbbbbbbbbbbbbbbb';
const T = 1_763_884_800_000;

describe('hybrid logical clock', () => {
  it('formats fixed-width timestamps that sort like the clock', () => {
    const a = formatHlc({ ms: T, counter: 9, node });
    const b = formatHlc({ ms: T, counter: 10, node });
    const c = formatHlc({ ms: T + 1, counter: 0, node });
    expect(a < b && b < c).toBe(true);
    expect(isHlc(a)).toBe(true);
    expect(parseHlc(b)).toEqual({ ms: T, counter: 10, node });
    expect(parseHlc('not a clock')).toBeNull();
  });

  it('follows the wall clock, and counts within one millisecond', () => {
    const s1 = tick({ ms: 0, counter: 0, node }, T);
    expect(s1).toEqual({ ms: T, counter: 0, node });
    expect(tick(s1, T)).toEqual({ ms: T, counter: 1, node });
    expect(tick(s1, T - 5_000)).toEqual({ ms: T, counter: 1, node });
  });

  it('never throws on counter overflow: it borrows the next millisecond', () => {
    const full = { ms: T, counter: 0xffff, node };
    const next = tick(full, T);
    expect(next).toEqual({ ms: T + 1, counter: 0, node });
    expect(formatHlc(next) > formatHlc(full)).toBe(true);
    const received = receive(full, { ms: T, counter: 0xffff, node: other }, T);
    expect(received).toEqual({ ms: T + 1, counter: 0, node });
  });

  it('moves past a remote timestamp that is ahead but within the allowed drift', () => {
    const remote = { ms: T + 60_000, counter: 3, node: other };
    const after = receive({ ms: T, counter: 0, node }, remote, T);
    expect(after).toEqual({ ms: T + 60_000, counter: 4, node });
  });

  it('accepts remote clocks that are far behind (checks drift forward only)', () => {
    const after = receive({ ms: T, counter: 2, node }, { ms: T - 30 * 86_400_000, counter: 0, node: other }, T);
    expect(after).toEqual({ ms: T, counter: 3, node });
  });

  it('refuses a remote timestamp more than a day ahead with a "clock is wrong" error', () => {
    const remote = { ms: T + MAX_FORWARD_DRIFT_MS + 1, counter: 0, node: other };
    expect(() => receive({ ms: T, counter: 0, node }, remote, T)).toThrow(ClockDriftError);
    expect(() => receive({ ms: T, counter: 0, node }, remote, T)).toThrow(/clock is wrong/i);
  });
});
