/**
 * How many seats without a phone each side has (facilitators only): − and + per side, sent as the live command
 * `setUnnamedSeats`. The count shows what was asked until the server's new state confirms it.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../web/components/Button.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { MirrorTemplate, Side } from '../../spiegel/domain/template.ts';
import { sides } from '../../spiegel/domain/templateShape.ts';
import { sideWords } from '../../spiegel/pages/text.ts';
import { useCommand } from '../../spiegel/pages/useCommand.ts';
import { MAX_UNNAMED_SEATS, type UnnamedSeats } from '../domain/seats.ts';

export interface SeatControlsProps {
  sessionBase: string;
  unnamed: UnnamedSeats;
  template: Pick<MirrorTemplate, Side>;
}

export function SeatControls({ sessionBase, unnamed, template }: SeatControlsProps) {
  const { t, locale } = useT();
  const command = useCommand(sessionBase);
  const [target, setTarget] = useState<UnnamedSeats | null>(null);
  const inFlight = useRef(0);
  const shown = target ?? unnamed;

  // The server's state wins once it says what was asked, or when it changed while nothing of ours was on its way.
  useEffect(() => {
    setTarget((asked) => {
      if (!asked) return asked;
      const same = asked.voices === unnamed.voices && asked.listeners === unnamed.listeners;
      return same || inFlight.current === 0 ? null : asked;
    });
  }, [unnamed.voices, unnamed.listeners]);

  async function change(side: Side, delta: number) {
    const count = Math.min(MAX_UNNAMED_SEATS, Math.max(0, shown[side] + delta));
    if (count === shown[side]) return;
    const next = { ...shown, [side]: count };
    setTarget(next);
    inFlight.current += 1;
    const ok = await command.run({ type: 'setUnnamedSeats', ...next }, `seats-${side}`);
    inFlight.current -= 1;
    if (!ok) setTarget(null);
  }

  return (
    <div className="speaking-seat-controls">
      <h3>{t('speaking.seats.title')}</h3>
      <p className="hint">{t('speaking.seats.hint')}</p>
      {sides.map((side) => {
        const words = sideWords(template, side, locale);
        return (
          <div key={side} className="speaking-counter">
            <span className="speaking-counter__value" aria-live="polite" aria-atomic="true">
              {t('speaking.seats.count', { side: words.Many, count: shown[side] })}
            </span>
            <Button
              variant="secondary"
              className="button--small"
              aria-label={t('speaking.seats.less', { side: words.many })}
              busy={command.isBusy(`seats-${side}`)}
              onClick={() => void change(side, -1)}
            >
              −
            </Button>
            <Button
              variant="secondary"
              className="button--small"
              aria-label={t('speaking.seats.more', { side: words.many })}
              busy={command.isBusy(`seats-${side}`)}
              onClick={() => void change(side, 1)}
            >
              +
            </Button>
          </div>
        );
      })}
    </div>
  );
}
