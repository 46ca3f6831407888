/**
 * The session page's sections for facilitation (PRODUCT F3): observers (for whoever runs or observes the
 * session) and, for its own facilitators once it has started, the way to their reflection.
 */
import { Link } from 'react-router';
import { useT } from '../../../web/i18n.tsx';
import { type SessionDetail, sessionPath } from '../../spiegel/pages/types.ts';
import { ObserversPanel } from './ObserversPanel.tsx';

interface Props {
  detail: SessionDetail;
  onChanged: (detail: SessionDetail) => void;
}

export function SessionFacilitation({ detail, onChanged }: Props) {
  const { t } = useT();
  return (
    <>
      {detail.canObserve && (
        <section aria-labelledby="gesprek-observatie">
          <h2 id="gesprek-observatie">{t('facilitation.observers.title')}</h2>
          <ObserversPanel detail={detail} onChanged={onChanged} />
        </section>
      )}
      {detail.isFacilitator && detail.status !== 'planned' && (
        <section aria-labelledby="gesprek-reflectie">
          <h2 id="gesprek-reflectie">{t('facilitation.reflection.title')}</h2>
          <p>{t('facilitation.reflection.sessionText')}</p>
          <ul className="spiegel-links">
            <li>
              <Link to={sessionPath(detail.schoolId, detail.id, 'reflectie')}>
                {t('facilitation.reflection.link')}
              </Link>
            </li>
            <li>
              <Link to="/begeleiden">{t('facilitation.mine.link')}</Link>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
