/**
 * Writes that must happen once: each user action gets its own idempotency key, and a request that failed
 * on the network is sent once more with the same key (the server applies the same key only once).
 */
import { ApiError, api } from '../../../web/api.ts';
import type { LiveCommandInput } from './types.ts';

/** A random key; crypto.randomUUID exists only on https, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** POSTs `body` (which carries its idempotency key); on a network failure tries once more. */
export async function postOnce<T>(
  path: string,
  body: { idempotencyKey: string; [key: string]: unknown },
): Promise<T> {
  try {
    return await api<T>('POST', path, body);
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) return api<T>('POST', path, body);
    throw error;
  }
}

/** Sends one live command of the facilitator to the session at `sessionBase`. */
export function sendCommand(sessionBase: string, command: LiveCommandInput): Promise<{ seq: number }> {
  return postOnce(`${sessionBase}/commands`, { idempotencyKey: newIdempotencyKey(), command });
}
