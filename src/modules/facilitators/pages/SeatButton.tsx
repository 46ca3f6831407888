/**
 * One seat on the speaking-time map: a real toggle button (pressed while this seat speaks) named by its label
 * and side, with its running turn, its total, its share against the equal share and whether it has spoken yet.
 */
import { useId } from 'react';
import { useT } from '../../../web/i18n.tsx';
import type { MapSeat } from '../domain/seats.ts';
import type { SeatTally } from '../domain/speakingTime.ts';
import { formatDuration } from './speakingSeats.ts';

export interface SeatButtonProps {
  seat: MapSeat;
  /** The seat's part of the round, or undefined before the first tally. */
  tally: SeatTally | undefined;
  label: string;
  /** The side in words, for the accessible name ("leerling"). */
  sideLabel: string;
  /** The key that taps this seat, or null when it has none. */
  keyHint: string | null;
  /** The equal share as a fraction of all speaking time; null while nobody has spoken. */
  equalShare: number | null;
  onTap: (seatId: string) => void;
}

export function SeatButton({ seat, tally, label, sideLabel, keyHint, equalShare, onTap }: SeatButtonProps) {
  const { t } = useT();
  const statsId = useId();
  const speaking = tally?.currentTurnMs !== null && tally?.currentTurnMs !== undefined;
  const listenOnly = tally?.listenOnly ?? false;
  const classes = [
    'speaking-seat',
    speaking && 'speaking-seat--now',
    listenOnly && 'speaking-seat--listener',
  ];
  const shownKey = keyHint?.toUpperCase();

  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      aria-pressed={speaking}
      aria-label={`${label}, ${sideLabel}`}
      aria-describedby={statsId}
      aria-keyshortcuts={shownKey}
      onClick={() => onTap(seat.id)}
    >
      <span className="speaking-seat__head">
        {shownKey && <kbd className="speaking-seat__key">{shownKey}</kbd>}
        <span className="speaking-seat__name">{label}</span>
      </span>
      <span id={statsId} className="speaking-seat__stats">
        {speaking && (
          <span className="speaking-seat__now">
            {t('speaking.seat.speakingNow', { time: formatDuration(tally?.currentTurnMs ?? 0) })}
          </span>
        )}
        <span className="speaking-seat__line">
          {t('speaking.seat.total', { time: formatDuration(tally?.totalMs ?? 0) })}
        </span>
        <ShareLine tally={tally} equalShare={listenOnly ? null : equalShare} />
        {listenOnly && <span className="speaking-seat__line">{t('speaking.seat.listenOnly')}</span>}
        {(tally?.turns ?? 0) === 0 && (
          <span className="speaking-seat__line speaking-seat__not-yet">{t('speaking.seat.notYet')}</span>
        )}
      </span>
    </button>
  );
}

/**
 * The share as a small bar, with the equal share as a mark halfway: a bar past the mark is more than an equal
 * share, a full bar twice as much or more. The bar is decoration; the text beside it says the same.
 */
function ShareLine({ tally, equalShare }: { tally: SeatTally | undefined; equalShare: number | null }) {
  const { t } = useT();
  if (!tally || equalShare === null) {
    if (!tally || tally.share === 0) return null;
    return (
      <span className="speaking-seat__line">
        {t('speaking.seat.shareOnly', { percent: Math.round(tally.share * 100) })}
      </span>
    );
  }
  const scale = 2 * equalShare;
  const width = scale > 0 ? Math.min(100, Math.round((tally.share / scale) * 100)) : 0;
  return (
    <>
      <span className="speaking-seat__bar" aria-hidden="true">
        <span className="speaking-seat__fill" style={{ width: `${width}%` }} />
        <span className="speaking-seat__equal" />
      </span>
      <span className="speaking-seat__line">
        {t('speaking.seat.share', {
          percent: Math.round(tally.share * 100),
          equal: Math.round(equalShare * 100),
        })}
      </span>
    </>
  );
}
