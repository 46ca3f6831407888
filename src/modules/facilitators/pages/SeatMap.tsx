/**
 * The seat map of a round, laid out as the room: an inner and an outer circle, two facing rows, or one circle.
 * Each group is a list of seat buttons under a heading; keys follow the room order over all groups.
 */
import { useId } from 'react';
import { useT } from '../../../web/i18n.tsx';
import type { MirrorTemplate, Phase, Side } from '../../spiegel/domain/template.ts';
import { sideWords } from '../../spiegel/pages/text.ts';
import type { MapSeat } from '../domain/seats.ts';
import type { SpeakingTally } from '../domain/speakingTime.ts';
import { SeatButton } from './SeatButton.tsx';
import { type SeatGroup, seatGroups, seatKey, seatLabel } from './speakingSeats.ts';

export interface SeatMapProps {
  seats: readonly MapSeat[];
  tally: SpeakingTally;
  phase: Pick<Phase, 'seating' | 'inner'>;
  template: Pick<MirrorTemplate, Side>;
  onTap: (seatId: string) => void;
}

export function SeatMap({ seats, tally, phase, template, onTap }: SeatMapProps) {
  const { t, locale } = useT();
  const baseId = useId();
  const bySeat = new Map(tally.seats.map((s) => [s.id, s]));
  const equalShare = tally.totalMs > 0 ? tally.equalShareMs / tally.totalMs : null;

  const heading = (group: SeatGroup, position: number): string => {
    if (group.side === null) return t('speaking.group.circle');
    const side = sideWords(template, group.side, locale).Many;
    if (phase.seating === 'innerOuter')
      return t(position === 0 ? 'speaking.group.inner' : 'speaking.group.outer', { side });
    return t(position === 0 ? 'speaking.group.near' : 'speaking.group.facing', { side });
  };

  return (
    <div className={`speaking-map speaking-map--${phase.seating}`}>
      {seatGroups(seats, phase).map((group, position) => {
        const headingId = `${baseId}-${group.key}`;
        return (
          <div key={group.key} className="speaking-map__group">
            <h3 id={headingId} className="speaking-map__heading">
              {heading(group, position)}
            </h3>
            {group.seats.length === 0 ? (
              <p className="hint">{t('speaking.noSeats')}</p>
            ) : (
              <ul className="speaking-map__seats">
                {group.seats.map(({ seat, index }) => (
                  <li key={seat.id}>
                    <SeatButton
                      seat={seat}
                      tally={bySeat.get(seat.id)}
                      label={seatLabel(seat, t)}
                      sideLabel={sideWords(template, seat.side, locale).one}
                      keyHint={seatKey(index)}
                      equalShare={equalShare}
                      onTap={onTap}
                    />
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
