/**
 * Sends the facilitator's live commands. The new state arrives over the WebSocket; a refused command is
 * told in a toast (the server's translated message).
 *
 * @example const { run, busy } = useCommand(base); run({ type: 'startTimer' })
 */
import { useCallback, useState } from 'react';
import { asApiError } from '../../../web/api.ts';
import { useToast } from '../../../web/components/Toast.tsx';
import { sendCommand } from './commands.ts';
import type { LiveCommandInput } from './types.ts';

export function useCommand(sessionBase: string) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);

  const run = useCallback(
    async (command: LiveCommandInput, label: string = command.type): Promise<boolean> => {
      setBusy(label);
      try {
        await sendCommand(sessionBase, command);
        return true;
      } catch (error) {
        toast(asApiError(error).message);
        return false;
      } finally {
        setBusy(null);
      }
    },
    [sessionBase, toast],
  );

  /** True while the command with this label is on its way (for the button's busy state). */
  const isBusy = (label: string) => busy === label;
  return { run, isBusy };
}
