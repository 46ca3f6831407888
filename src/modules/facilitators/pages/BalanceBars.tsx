/**
 * The speaking-time balance of one session, per round: a bar split into the two sides' shares, with the same
 * numbers in words beside it (the words are the text equivalent; the bar is hidden from screen readers).
 * A round with a side of only one seat shows no shares, as the server does: they would tell what one person did.
 */
import { capitalise } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useText } from '../../spiegel/pages/text.ts';
import type { RoundShown } from './types.ts';

export function BalanceBars({ rounds, labelledBy }: { rounds: readonly RoundShown[]; labelledBy: string }) {
  const { t, locale } = useT();
  if (rounds.length === 0) return <p>{t('facilitation.balance.none')}</p>;
  return (
    <>
      {/* The colours' key; the words beside each bar say the same for everyone. */}
      <p className="facilitation-balance__legend" aria-hidden="true">
        <span className="facilitation-balance__swatch facilitation-balance__voices" />
        {capitalise(t('facilitation.side.voices'), locale)}
        <span className="facilitation-balance__swatch facilitation-balance__listeners" />
        {capitalise(t('facilitation.side.listeners'), locale)}
      </p>
      <ul className="facilitation-balance" aria-labelledby={labelledBy}>
        {rounds.map((round) => (
          <Round key={round.phaseId} round={round} />
        ))}
      </ul>
    </>
  );
}

function Round({ round }: { round: RoundShown }) {
  const { t, locale } = useT();
  const tx = useText();
  const voices = percent(round.voices.percent);
  const listeners = percent(round.listeners.percent);
  const shown = voices !== null && listeners !== null;
  return (
    <li>
      <span className="facilitation-balance__round">{tx(round.title)}</span>
      {shown ? (
        <span className="facilitation-balance__track" aria-hidden="true">
          <span className="facilitation-balance__voices" style={{ width: `${voices}%` }} />
          <span className="facilitation-balance__listeners" style={{ width: `${listeners}%` }} />
        </span>
      ) : (
        <span
          className="facilitation-balance__track facilitation-balance__track--hidden"
          aria-hidden="true"
        />
      )}
      <span className="facilitation-balance__text">
        {shown ? t('facilitation.balance.shares', { voices, listeners }) : t('facilitation.balance.notShown')}
        {round.listenOnly && (
          <>
            {' '}
            {t('facilitation.balance.listenOnly', {
              side: capitalise(t(`facilitation.side.${round.listenOnly}`), locale),
            })}
          </>
        )}
        {round.deviations > 0 && <> {t('facilitation.balance.deviations', { count: round.deviations })}</>}{' '}
        {t('facilitation.balance.spoke', {
          voices: t('facilitation.balance.ofSeats', {
            spoke: round.voices.seatsSpoke,
            seats: round.voices.seats,
          }),
          listeners: t('facilitation.balance.ofSeats', {
            spoke: round.listeners.seatsSpoke,
            seats: round.listeners.seats,
          }),
        })}
      </span>
    </li>
  );
}

const percent = (value: number | null) => (value === null ? null : Math.round(value));
