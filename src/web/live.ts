/**
 * The live WebSocket of a mirror conversation (see src/modules/spiegel/domain/protocol.ts). Says hello,
 * keeps the newest snapshot and state, corrects the clock with the server's time, and reconnects by itself
 * (0.5 s, 1 s, 2 s, 4 s, then every 5 s, with jitter) until the server refuses the hello.
 *
 * @example const live = useLiveSession({ type: 'hello', as: 'staff', sessionId }); live.live?.phaseIndex
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Hello, LiveView, ServerMessage, SessionView } from '../modules/spiegel/domain/protocol.ts';
import { remainingMs, type Timer, timerSignal } from '../modules/spiegel/domain/timer.ts';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface LiveError {
  code: string;
  message: string;
}

interface LiveData {
  status: LiveStatus;
  session: SessionView | null;
  live: LiveView | null;
  you: { participantId: string } | null;
  seq: number;
  error: LiveError | null;
}

export interface LiveSession extends LiveData {
  /** The server's clock in ms since 1970, as well as this device can tell. */
  now: () => number;
}

const empty: LiveData = { status: 'connecting', session: null, live: null, you: null, seq: -1, error: null };

function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live/ws`;
}

/** 0.5 s, 1 s, 2 s, 4 s, 5 s, 5 s…, each up to a quarter longer or shorter. */
export function backoffMs(attempt: number, random = Math.random()): number {
  const base = Math.min(5000, 500 * 2 ** attempt);
  return Math.round(Math.min(5000, base * (0.75 + random * 0.5)));
}

export function useLiveSession(hello: Hello | null): LiveSession {
  const key = hello ? JSON.stringify(hello) : null;
  const [data, setData] = useState<LiveData>(empty);
  const offset = useRef(0);
  const now = useCallback(() => Date.now() + offset.current, []);

  useEffect(() => {
    if (!key) {
      setData({ ...empty, status: 'closed' });
      return;
    }
    let disposed = false;
    let socket: WebSocket | null = null;
    let retry: number | undefined;
    let attempt = 0;
    let seq = -1;
    let refused = false;
    let ended = false;
    setData(empty);

    const connect = () => {
      retry = undefined;
      const ws = new WebSocket(socketUrl());
      socket = ws;
      ws.onopen = () => ws.send(key);
      ws.onmessage = (event) => {
        let message: ServerMessage;
        try {
          message = JSON.parse(String(event.data)) as ServerMessage;
        } catch {
          return;
        }
        if (message.type === 'error') {
          refused = true;
          setData((d) => ({
            ...d,
            status: 'closed',
            error: { code: message.code, message: message.message },
          }));
          ws.close();
          return;
        }
        offset.current = message.serverNow - Date.now();
        if (message.type === 'snapshot') {
          if (message.seq < seq) return;
          seq = message.seq;
          attempt = 0;
          ended = message.live.status === 'closed';
          const { session, live, you } = message;
          setData({ status: 'open', session, live, you, seq, error: null });
        } else if (message.type === 'state') {
          if (message.seq <= seq) return;
          seq = message.seq;
          ended = message.live.status === 'closed';
          setData((d) => ({ ...d, live: message.live, seq: message.seq }));
        }
      };
      ws.onclose = () => {
        if (socket === ws) socket = null;
        if (disposed || refused) return;
        if (ended) {
          setData((d) => ({ ...d, status: 'closed' }));
          return;
        }
        setData((d) => ({ ...d, status: d.session ? 'reconnecting' : 'connecting' }));
        retry = window.setTimeout(connect, backoffMs(attempt));
        attempt += 1;
      };
    };

    // Back online: no need to wait for the next attempt.
    const online = () => {
      if (retry === undefined || disposed) return;
      window.clearTimeout(retry);
      connect();
    };
    connect();
    window.addEventListener('online', online);
    return () => {
      disposed = true;
      window.clearTimeout(retry);
      window.removeEventListener('online', online);
      socket?.close();
    };
  }, [key]);

  return { ...data, now };
}

/** Re-renders once per second and returns the (server-corrected) time. */
export function useNow(now: () => number, intervalMs = 1000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now();
}

/** "07:05" for 425 000 ms; seconds round up, so 00:00 means the time is really over. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface Countdown {
  remainingMs: number;
  clock: string;
  signal: 'normal' | 'nearEnd' | 'over';
  /** Whole minutes left, rounded up (for the gentle "Nog 4 minuten"). */
  minutesLeft: number;
}

/** The remaining time of `timer`, updated every second. */
export function useCountdown(timer: Timer | undefined, now: () => number): Countdown {
  const at = useNow(now);
  if (!timer) return { remainingMs: 0, clock: formatClock(0), signal: 'normal', minutesLeft: 0 };
  const left = remainingMs(timer, at);
  return {
    remainingMs: left,
    clock: formatClock(left),
    signal: timerSignal(timer, at),
    minutesLeft: Math.ceil(left / 60_000),
  };
}
