/**
 * Speaking time of the current round (PRODUCT F1): the seat map to tap, who speaks now and for how long, who
 * has not spoken yet, and (on the facilitator's console) the gentle prompts and the seats without a phone.
 * The balance is computed here, every second, from the round's log in server time; taps go to the server and
 * come back over the WebSocket like every other change, so a second device shows the same.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useNow } from '../../../web/live.ts';
import type { LiveView, SpeakingView } from '../../spiegel/domain/protocol.ts';
import type { MirrorTemplate, Phase } from '../../spiegel/domain/template.ts';
import { sideWords } from '../../spiegel/pages/text.ts';
import { sessionBase } from '../../spiegel/pages/types.ts';
import { isDeviation, tally as tallyOf } from '../domain/speakingTime.ts';
import { PromptList } from './PromptList.tsx';
import { SeatControls } from './SeatControls.tsx';
import { SeatMap } from './SeatMap.tsx';
import { formatDuration, promptOptions, seatIndexForKey, seatLabel } from './speakingSeats.ts';
import { useSpeakingTaps } from './useSpeakingTaps.ts';

export interface SpeakingPanelProps {
  schoolId: string;
  sessionId: string;
  template: MirrorTemplate;
  live: LiveView;
  /** The server's clock as this device knows it (`useLiveSession().now`). */
  now: () => number;
  /** The gentle prompts: for the facilitator's console only. */
  showPrompts?: boolean;
  /** − and + for seats without a phone: for the facilitator's console only. */
  showSeatControls?: boolean;
}

export function SpeakingPanel(props: SpeakingPanelProps) {
  const { t } = useT();
  const phase = props.template.phases[props.live.phaseIndex];
  if (!phase) return null;
  if (phase.seating === 'groups') return <p>{t('speaking.groups')}</p>;
  if (!props.live.speaking) return <p>{t('speaking.unavailable')}</p>;
  return <Board {...props} phase={phase} speaking={props.live.speaking} />;
}

interface BoardProps extends SpeakingPanelProps {
  phase: Phase;
  speaking: SpeakingView;
}

function Board({ schoolId, sessionId, template, live, now, phase, speaking, ...show }: BoardProps) {
  const { t, locale } = useT();
  const at = useNow(now);
  const base = sessionBase(schoolId, sessionId);
  const taps = useSpeakingTaps(base);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { seats } = speaking;
  // A log of another round (the phase just changed) counts for nothing here.
  const log = speaking.phaseIndex === live.phaseIndex ? speaking.log : [];
  const tally = tallyOf(log, seats, at, phase);
  const labels = new Map(seats.map((seat) => [seat.id, seatLabel(seat, t)]));
  const label = (id: string) => labels.get(id) ?? id;
  const sideOf = (id: string) => {
    const seat = seats.find((s) => s.id === id);
    return seat ? sideWords(template, seat.side, locale).one : '';
  };
  const listenOnlyRound = phase.listeners !== 'nobody';
  const paused = tally.paused || live.timer.status === 'paused';
  const notSpoken = tally.seats.filter((seat) => !seat.listenOnly && seat.turns === 0);

  async function tap(seatId: string) {
    if (tally.current?.seat === seatId) {
      await taps.send({ type: 'silence' });
      return;
    }
    const seat = seats.find((s) => s.id === seatId);
    if (!seat) return;
    if (isDeviation(seat, phase)) {
      setConfirming(seatId);
      return;
    }
    if ((await taps.send({ type: 'speak', seat: seatId })) === 'confirm') setConfirming(seatId);
  }

  function silence() {
    if (tally.current) void taps.send({ type: 'silence' });
  }

  // The keyboard handler is bound once and reads the newest seats and tally through this ref.
  const keys = useRef({ tap, silence, seats });
  keys.current = { tap, silence, seats };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.isContentEditable || target?.closest('input, textarea, select')) return;
      if (document.querySelector('dialog[open]')) return;
      // Space on a focused button presses that button; only elsewhere does it mean "nobody speaks".
      const space = event.key === ' ' && !target?.closest('button, a, summary, [role="button"]');
      if (event.key === 'Escape' || space) {
        event.preventDefault();
        keys.current.silence();
        return;
      }
      const seat = keys.current.seats[seatIndexForKey(event.key)];
      if (!seat) return;
      event.preventDefault();
      void keys.current.tap(seat.id);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const listenerSide = phase.listeners === 'nobody' ? null : phase.listeners;
  return (
    <div className="speaking-panel">
      <p className="hint">{t('speaking.howTo')}</p>
      <div className="speaking-now">
        <p className="spiegel-label">{t('speaking.now')}</p>
        <p className="speaking-now__who" data-testid="speaking-now">
          {tally.current
            ? t('speaking.nowSeat', { seat: label(tally.current.seat), side: sideOf(tally.current.seat) })
            : t('speaking.nobody')}
        </p>
        {tally.current && (
          <p className="speaking-now__clock">
            <span aria-hidden="true">{formatDuration(tally.current.runningMs)}</span>
            <span className="visually-hidden">
              {t('speaking.nowTime', { time: formatDuration(tally.current.runningMs) })}
            </span>
          </p>
        )}
        <Button variant="secondary" aria-keyshortcuts="Escape" onClick={silence}>
          {t('speaking.silence')} <kbd className="speaking-seat__key">Esc</kbd>
        </Button>
      </div>
      {paused && <p className="notice notice--warning">{t('speaking.paused')}</p>}
      {listenOnlyRound && <p>{t('speaking.deviations', { count: speaking.deviations })}</p>}
      {seats.length === 0 ? (
        <p>{t('speaking.noSeats')}</p>
      ) : (
        <SeatMap seats={seats} tally={tally} phase={phase} template={template} onTap={(id) => void tap(id)} />
      )}
      <div className="speaking-panel__aside">
        {show.showPrompts && (
          <PromptList tally={tally} options={promptOptions(template, live.timer, at)} label={label} />
        )}
        <div>
          <h3>{t('speaking.notSpoken.title')}</h3>
          {notSpoken.length === 0 ? (
            seats.length > 0 && <p>{t('speaking.notSpoken.none')}</p>
          ) : (
            <ul className="speaking-not-spoken" data-testid="speaking-not-spoken">
              {notSpoken.map((seat) => (
                <li key={seat.id}>
                  {label(seat.id)} <span className="spiegel-side">({sideOf(seat.id)})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {show.showSeatControls && (
          <SeatControls sessionBase={base} unnamed={speaking.unnamedSeats} template={template} />
        )}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t('speaking.confirm.title')}
        confirmLabel={t('speaking.confirm.yes', { seat: confirming ? label(confirming) : '' })}
        onConfirm={async () => {
          if (confirming) await taps.sendConfirmed(confirming);
          setConfirming(null);
        }}
        onClose={() => setConfirming(null)}
      >
        <p>
          {t('speaking.confirm.body', {
            side: listenerSide ? sideWords(template, listenerSide, locale).many : '',
            seat: confirming ? label(confirming) : '',
          })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
