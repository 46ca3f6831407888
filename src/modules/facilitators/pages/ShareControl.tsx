/**
 * Sharing an observation one received with colleagues of the school (PRODUCT F3): who sees it now, and a
 * button that opens a list of the school's staff to choose from. Only the observed facilitator decides this.
 */
import { useState } from 'react';
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { type StaffMember, schoolBase } from '../../spiegel/pages/types.ts';
import { chosenIds, PeopleChecklist } from './PeopleChecklist.tsx';
import type { ReceivedObservation, SharedPerson } from './types.ts';

/** The server shares one observation with at most this many people. */
const MAX_SHARES = 20;

interface Props {
  observation: ReceivedObservation;
  onShared: (sharedWith: SharedPerson[]) => void;
}

export function ShareControl({ observation, onShared }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const formId = `delen-${observation.id}`;
  const names = observation.sharedWith.map((p) => p.name).join(', ');
  return (
    <div className="facilitation-share">
      <p>
        {observation.sharedWith.length === 0
          ? t('facilitation.share.nobody')
          : t('facilitation.share.with', { names })}
      </p>
      <Button variant="secondary" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
        {t('facilitation.share.button')}
        <span className="visually-hidden"> {observation.sessionTitle}</span>
      </Button>
      <div id={formId}>
        {open && (
          <ShareForm
            observation={observation}
            onDone={(sharedWith) => {
              onShared(sharedWith);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        )}
      </div>
    </div>
  );
}

interface FormProps {
  observation: ReceivedObservation;
  onDone: (sharedWith: SharedPerson[]) => void;
  onCancel: () => void;
}

function ShareForm({ observation, onDone, onCancel }: FormProps) {
  const { t } = useT();
  const toast = useToast();
  const user = useUser();
  const staff = useApiData<StaffMember[]>(`${schoolBase(observation.schoolId)}/staff`);
  const form = useForm({
    id: `share-${observation.id}`,
    initial: { userIds: observation.sharedWith.map((p) => p.userId).join(',') },
    labels: { userIds: t('facilitation.share.legend') },
    validate: (v): FieldErrors =>
      chosenIds(v.userIds).length > MAX_SHARES
        ? { userIds: t('facilitation.share.tooMany', { max: MAX_SHARES }) }
        : {},
    submit: async (v) => {
      const saved = await api<{ sharedWith: SharedPerson[] }>(
        'PUT',
        `/api/my/observations/${encodeURIComponent(observation.id)}/shares`,
        { userIds: chosenIds(v.userIds) },
      );
      toast(t('facilitation.share.saved'));
      onDone(saved.sharedWith);
    },
  });

  if (staff.error) return <LoadError message={staff.error.message} />;
  if (!staff.data) return <Loading />;
  const colleagues = staff.data.filter((p) => p.id !== user.id);
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <PeopleChecklist
        field={form.field('userIds')}
        people={colleagues}
        hint={t('facilitation.share.hint')}
        empty={t('facilitation.share.noColleagues')}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('facilitation.share.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
