/**
 * The observations on "Mijn gespreksleiding": those received (each with whom it is shared), those colleagues
 * shared with me, and those I wrote myself (draft or sent).
 */
import { Link } from 'react-router';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { sessionPath } from '../../spiegel/pages/types.ts';
import { ObservationAnswersView } from './AnswerList.tsx';
import { ShareControl } from './ShareControl.tsx';
import type { MyFacilitation, ReceivedObservation, SharedPerson } from './types.ts';

interface ReceivedProps {
  received: readonly ReceivedObservation[];
  onShared: (observationId: string, sharedWith: SharedPerson[]) => void;
}

export function ReceivedObservations({ received, onShared }: ReceivedProps) {
  const { t, locale } = useT();
  if (received.length === 0) return <p>{t('facilitation.mine.noReceived')}</p>;
  return (
    <ul className="plain-list facilitation-items">
      {received.map((observation) => (
        <li key={observation.id} className="card">
          <h3>{observation.sessionTitle}</h3>
          <p className="hint">
            {t('facilitation.mine.observedBy', {
              name: observation.observerName,
              at: formatDateTime(locale, observation.sentAt),
            })}
          </p>
          <ObservationAnswersView answers={observation.answers} />
          <ShareControl observation={observation} onShared={(people) => onShared(observation.id, people)} />
        </li>
      ))}
    </ul>
  );
}

export function SharedWithMe({ shared }: { shared: MyFacilitation['sharedWithMe'] }) {
  const { t, locale } = useT();
  if (shared.length === 0) return <p>{t('facilitation.mine.noShared')}</p>;
  return (
    <ul className="plain-list facilitation-items">
      {shared.map((observation) => (
        <li key={observation.id} className="card">
          <h3>{observation.sessionTitle}</h3>
          <p className="hint">
            {t('facilitation.mine.observedBy', {
              name: observation.observerName,
              at: formatDateTime(locale, observation.sentAt),
            })}
          </p>
          <ObservationAnswersView answers={observation.answers} />
        </li>
      ))}
    </ul>
  );
}

export function WrittenObservations({ written }: { written: MyFacilitation['written'] }) {
  const { t, locale } = useT();
  if (written.length === 0) return <p>{t('facilitation.mine.noWritten')}</p>;
  return (
    <ul className="facilitation-written">
      {written.map((observation) => (
        <li key={observation.id}>
          <Link to={sessionPath(observation.schoolId, observation.sessionId, 'observatie')}>
            {observation.sessionTitle}
          </Link>{' '}
          ·{' '}
          {observation.sentAt
            ? t('facilitation.mine.writtenSent', { at: formatDateTime(locale, observation.sentAt) })
            : t('facilitation.mine.writtenDraft')}
        </li>
      ))}
    </ul>
  );
}
