/**
 * The round timer, kept by the server as a deadline: every screen computes the same remaining time from it,
 * and a restart of the server does not reset it. Pure: the caller passes the time.
 */
export type Timer =
  | { status: 'idle'; durationMs: number; remainingMs: number }
  | { status: 'running'; durationMs: number; deadline: number }
  | { status: 'paused'; durationMs: number; remainingMs: number };

/** A timer set to `durationMs` that has not started. */
export function idleTimer(durationMs: number): Timer {
  return { status: 'idle', durationMs, remainingMs: durationMs };
}

export function startTimer(timer: Timer, now: number): Timer {
  if (timer.status === 'running') return timer;
  return { status: 'running', durationMs: timer.durationMs, deadline: now + timer.remainingMs };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.status !== 'running') return timer;
  return { status: 'paused', durationMs: timer.durationMs, remainingMs: Math.max(0, timer.deadline - now) };
}

/** Adds time (or takes it away, never below zero remaining). */
export function extendTimer(timer: Timer, ms: number, now: number): Timer {
  const durationMs = Math.max(0, timer.durationMs + ms);
  if (timer.status === 'running')
    return { ...timer, durationMs, deadline: Math.max(now, timer.deadline + ms) };
  return { ...timer, durationMs, remainingMs: Math.max(0, timer.remainingMs + ms) };
}

export function remainingMs(timer: Timer, now: number): number {
  return timer.status === 'running' ? Math.max(0, timer.deadline - now) : timer.remainingMs;
}

/** A gentle signal: the last tenth of the round, at least the last minute and at most the last five. */
export function timerSignal(timer: Timer, now: number): 'normal' | 'nearEnd' | 'over' {
  const left = remainingMs(timer, now);
  if (timer.status !== 'idle' && left === 0) return 'over';
  const window = Math.min(5 * 60_000, Math.max(60_000, timer.durationMs / 10));
  return timer.status !== 'idle' && left <= window ? 'nearEnd' : 'normal';
}
