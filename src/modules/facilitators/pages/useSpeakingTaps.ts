/**
 * Sends taps on the seat map to the server. The new log arrives over the WebSocket, like every other change;
 * a refusal is told in a toast, except the one that asks to confirm a listener's turn.
 *
 * @example const taps = useSpeakingTaps(base); await taps.send({ type: 'speak', seat: 'voices:1' })
 */
import { useCallback } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { useToast } from '../../../web/components/Toast.tsx';

export type Tap = { type: 'speak'; seat: string } | { type: 'silence' };

/** What became of a tap: sent, refused until confirmed (a listener in a listen-only round), or failed. */
export type TapResult = 'sent' | 'confirm' | 'failed';

const LISTENER_SEAT = 'errors.speakingListenerSeat';

export function useSpeakingTaps(sessionBase: string) {
  const toast = useToast();
  const path = `${sessionBase}/speaking`;

  /** Sends a tap; with `confirmDeviation` it is recorded as a departure from the method. */
  const send = useCallback(
    async (tap: Tap): Promise<TapResult> => {
      try {
        await api('POST', path, { tap });
        return 'sent';
      } catch (error) {
        const failure = asApiError(error);
        if (failure.code === LISTENER_SEAT) return 'confirm';
        toast(failure.message);
        return 'failed';
      }
    },
    [path, toast],
  );

  /** The confirmed tap on a listener's seat; throws, so the confirmation can show why it failed. */
  const sendConfirmed = useCallback(
    (seat: string) => api('POST', path, { tap: { type: 'speak', seat }, confirmDeviation: true }),
    [path],
  );

  return { send, sendConfirmed };
}
