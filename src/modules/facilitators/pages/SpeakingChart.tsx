/**
 * What a session kept of its speaking time, per round (PRODUCT F1): each side's percent of the speaking time as
 * a horizontal bar, how many of its seats spoke, and in a listen-only round how often that was departed from.
 * Never a time per person: the report holds none. The bars are decoration; the text beside them says it all.
 */
import type { ShownCount } from '../../../platform/privacy/smallNumbers.ts';
import { useT } from '../../../web/i18n.tsx';
import type { LocalText, Side } from '../../spiegel/domain/template.ts';
import { sides } from '../../spiegel/domain/templateShape.ts';
import { useText } from '../../spiegel/pages/text.ts';

/** A side of a round as the report shows it (see `ShownSide` in ../domain/rounds.ts). */
export interface ShownSide {
  /** Whole percent of the round's speaking time; null when one to four people spoke on a side (both withheld). */
  percent: number | null;
  seats: ShownCount;
  seatsSpoke: ShownCount;
}

/** One round in the report (API contract `RoundShown`). */
export interface RoundShown {
  phaseId: string;
  title: LocalText;
  listenOnly: Side | null;
  voices: ShownSide;
  listeners: ShownSide;
  deviations: number;
}

export interface SpeakingChartProps {
  rounds: readonly RoundShown[];
  /** What each side is called, as a heading of its bar ("Leerlingen", "Docenten"). */
  labels: Record<Side, string>;
}

export function SpeakingChart({ rounds, labels }: SpeakingChartProps) {
  const { t } = useT();
  const tx = useText();
  return (
    <ol className="speaking-chart">
      {rounds.map((round) => (
        <li key={round.phaseId} className="speaking-chart__round spiegel-report__block">
          <h3>{tx(round.title)}</h3>
          <ul className="speaking-chart__sides">
            {sides.map((side) => (
              <SideBar key={side} label={labels[side]} side={round[side]} />
            ))}
          </ul>
          {round.listenOnly && (
            <p>
              {t('speaking.report.listenOnly', { side: labels[round.listenOnly] })}{' '}
              {t('speaking.report.deviations', { count: round.deviations })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function SideBar({ label, side }: { label: string; side: ShownSide }) {
  const { t } = useT();
  return (
    <li className="speaking-chart__side">
      <span className="speaking-chart__label">{label}</span>
      <svg
        className="speaking-chart__bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="speaking-chart__track" x="0" y="0" width="100" height="10" />
        {side.percent !== null && (
          <rect
            className="speaking-chart__fill"
            x="0"
            y="0"
            width={Math.min(100, side.percent)}
            height="10"
          />
        )}
      </svg>
      <span className="speaking-chart__value">
        {side.percent === null
          ? t('speaking.report.hidden')
          : t('speaking.report.percent', { percent: side.percent })}
        {' · '}
        {t('speaking.report.spoke', { spoke: String(side.seatsSpoke), seats: String(side.seats) })}
      </span>
    </li>
  );
}
