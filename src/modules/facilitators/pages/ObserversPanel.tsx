/**
 * Observers of a session (PRODUCT F3): up to three other facilitators of the school who watch how the
 * conversation is led and give feedback afterwards. Whoever can run the session chooses them; an observer gets
 * the links to the speaking time (while live) and to their observation form.
 */
import { Link } from 'react-router';
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { type SessionDetail, schoolBase, sessionBase, sessionPath } from '../../spiegel/pages/types.ts';
import { chosenIds, PeopleChecklist } from './PeopleChecklist.tsx';
import type { SchoolFacilitator } from './types.ts';

/** The server allows this many observers per session. */
export const MAX_OBSERVERS = 3;

interface Props {
  detail: SessionDetail;
  onChanged: (detail: SessionDetail) => void;
}

export function ObserversPanel({ detail, onChanged }: Props) {
  const { t } = useT();
  return (
    <>
      <p>{t('facilitation.observers.intro')}</p>
      {detail.isObserver && <ObserverLinks detail={detail} />}
      {detail.canRun && <ObserverChoice detail={detail} onChanged={onChanged} />}
    </>
  );
}

function ObserverLinks({ detail }: { detail: SessionDetail }) {
  const { t } = useT();
  if (detail.status === 'planned') return <p>{t('facilitation.observers.youObserveLater')}</p>;
  return (
    <>
      <p>{t('facilitation.observers.youObserve')}</p>
      <ul className="spiegel-links">
        {detail.status === 'live' && (
          <li>
            <Link to={sessionPath(detail.schoolId, detail.id, 'spreektijd')}>
              {t('facilitation.observers.speakingLink')}
            </Link>
          </li>
        )}
        <li>
          <Link to={sessionPath(detail.schoolId, detail.id, 'observatie')}>
            {t('facilitation.observers.formLink')}
          </Link>
        </li>
      </ul>
    </>
  );
}

function ObserverChoice({ detail, onChanged }: { detail: SessionDetail; onChanged: Props['onChanged'] }) {
  const { t } = useT();
  const facilitators = useApiData<SchoolFacilitator[]>(`${schoolBase(detail.schoolId)}/facilitators`);
  if (facilitators.error) return <LoadError message={facilitators.error.message} />;
  if (!facilitators.data) return <Loading />;
  const byId = new Map(facilitators.data.map((f) => [f.userId, f.name]));
  const names = detail.observerIds.map((id) => byId.get(id) ?? t('facilitation.observers.unknown'));
  const candidates = facilitators.data.filter((f) => !detail.facilitatorIds.includes(f.userId));
  return (
    <>
      <h3>{t('facilitation.observers.current')}</h3>
      {names.length === 0 ? (
        <p>{t('facilitation.observers.none')}</p>
      ) : (
        <ul>
          {names.map((name, index) => (
            <li key={detail.observerIds[index]}>{name}</li>
          ))}
        </ul>
      )}
      {detail.status !== 'closed' && (
        <ObserverForm detail={detail} candidates={candidates} onChanged={onChanged} />
      )}
    </>
  );
}

interface FormProps {
  detail: SessionDetail;
  candidates: readonly SchoolFacilitator[];
  onChanged: Props['onChanged'];
}

function ObserverForm({ detail, candidates, onChanged }: FormProps) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'observers',
    initial: { userIds: detail.observerIds.join(',') },
    labels: { userIds: t('facilitation.observers.choose') },
    validate: (v): FieldErrors =>
      chosenIds(v.userIds).length > MAX_OBSERVERS
        ? { userIds: t('facilitation.observers.tooMany', { max: MAX_OBSERVERS }) }
        : {},
    submit: async (v) => {
      const saved = await api<{ observerIds: string[] }>(
        'PUT',
        `${sessionBase(detail.schoolId, detail.id)}/observers`,
        { userIds: chosenIds(v.userIds) },
      );
      toast(t('facilitation.observers.saved'));
      onChanged({ ...detail, observerIds: saved.observerIds });
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <PeopleChecklist
        field={form.field('userIds')}
        people={candidates.map((f) => ({ id: f.userId, name: f.name }))}
        hint={t('facilitation.observers.chooseHint', { max: MAX_OBSERVERS })}
        empty={t('facilitation.observers.noCandidates')}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('facilitation.observers.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
