/**
 * The restorative track (PRODUCT M4): when behaviour was harmful but not criminal, the confidant plans a
 * restorative conversation and records who took part and what was agreed. Hidden while the server does not offer
 * it yet (404).
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { InputField, TextArea } from '../../spiegel/pages/FormBits.tsx';
import type { RestorativeMeeting } from './MeldpuntTypes.ts';

const MAX_PARTICIPANTS = 1000;
const MAX_AGREEMENTS = 5000;

export function CaseRestorative({ base }: { base: string }) {
  const { t } = useT();
  const meetings = useApiData<RestorativeMeeting[]>(`${base}/restorative`);
  if (meetings.error?.status === 404) return null;

  return (
    <section aria-labelledby="melding-herstel">
      <h2 id="melding-herstel">{t('meldpuntCases.restorative.title')}</h2>
      <p>{t('meldpuntCases.restorative.intro')}</p>
      {meetings.error && <LoadError message={meetings.error.message} />}
      {meetings.loading && !meetings.data && <Loading />}
      {meetings.data && (
        <>
          {meetings.data.length === 0 && <p>{t('meldpuntCases.restorative.none')}</p>}
          <ul className="plain-list meldpunt-meetings">
            {meetings.data.map((m) => (
              <Meeting key={m.id} base={base} meeting={m} onSaved={meetings.reload} />
            ))}
          </ul>
          <PlanForm base={base} onSaved={meetings.reload} />
        </>
      )}
    </section>
  );
}

/** The server answers without content: the list is read again. */
type Saved = () => void;

function Meeting({ base, meeting, onSaved }: { base: string; meeting: RestorativeMeeting; onSaved: Saved }) {
  const { t, locale } = useT();
  const toast = useToast();
  const when = formatDateTime(locale, meeting.plannedAt);
  const form = useForm({
    id: `herstel-${meeting.id}`,
    initial: { agreements: meeting.agreements },
    labels: { agreements: t('meldpuntCases.restorative.agreements') },
    validate: (v): FieldErrors =>
      v.agreements.trim().length > MAX_AGREEMENTS
        ? { agreements: t('validation.tooLong', { max: MAX_AGREEMENTS }) }
        : {},
    submit: async (v) => {
      const path = `${base}/restorative/${encodeURIComponent(meeting.id)}`;
      // The server records when: now.
      await api<void>('PATCH', path, { held: true, agreements: v.agreements.trim() });
      onSaved();
      toast(t('meldpuntCases.restorative.heldSaved'));
    },
  });
  const agreements = form.field('agreements');

  return (
    <li className="card meldpunt-meeting">
      <h3>{t('meldpuntCases.restorative.meeting', { at: when })}</h3>
      <dl className="meldpunt-facts">
        <dt>{t('meldpuntCases.restorative.participants')}</dt>
        <dd className="meldpunt-text">{meeting.participants}</dd>
        <dt>{t('meldpuntCases.restorative.agreements')}</dt>
        <dd className="meldpunt-text">{meeting.agreements || t('meldpuntCases.field.empty')}</dd>
        <dt>{t('meldpuntCases.restorative.held')}</dt>
        <dd>
          {meeting.heldAt ? formatDateTime(locale, meeting.heldAt) : t('meldpuntCases.restorative.notHeld')}
        </dd>
      </dl>
      {!meeting.heldAt && (
        <form className="form" onSubmit={form.onSubmit} noValidate>
          <ErrorSummary {...form.summary} />
          <TextArea
            id={agreements.id}
            label={agreements.label}
            value={agreements.value}
            error={agreements.error}
            onChange={agreements.onChange}
            rows={3}
            maxLength={MAX_AGREEMENTS}
          />
          <ButtonRow>
            <Button type="submit" variant="secondary" busy={form.busy}>
              {t('meldpuntCases.restorative.markHeld')}
            </Button>
          </ButtonRow>
        </form>
      )}
    </li>
  );
}

function PlanForm({ base, onSaved }: { base: string; onSaved: Saved }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'herstel-nieuw',
    initial: { plannedAt: '', participants: '', agreements: '' },
    labels: {
      plannedAt: t('meldpuntCases.restorative.plannedAt'),
      participants: t('meldpuntCases.restorative.participants'),
      agreements: t('meldpuntCases.restorative.agreements'),
    },
    validate: (v): FieldErrors => ({
      ...(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.plannedAt) ? {} : { plannedAt: t('validation.required') }),
      ...(v.participants.trim() ? {} : { participants: t('validation.required') }),
      ...(v.participants.trim().length > MAX_PARTICIPANTS
        ? { participants: t('validation.tooLong', { max: MAX_PARTICIPANTS }) }
        : {}),
      ...(v.agreements.trim().length > MAX_AGREEMENTS
        ? { agreements: t('validation.tooLong', { max: MAX_AGREEMENTS }) }
        : {}),
    }),
    submit: async (v, { reset }) => {
      await api<void>('POST', `${base}/restorative`, {
        plannedAt: v.plannedAt,
        participants: v.participants.trim(),
        agreements: v.agreements.trim(),
      });
      onSaved();
      reset();
      toast(t('meldpuntCases.restorative.planned'));
    },
  });
  const plannedAt = form.field('plannedAt');
  const participants = form.field('participants');
  const agreements = form.field('agreements');

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <h3>{t('meldpuntCases.restorative.plan')}</h3>
      <ErrorSummary {...form.summary} />
      <InputField
        id={plannedAt.id}
        type="datetime-local"
        label={plannedAt.label}
        value={plannedAt.value}
        error={plannedAt.error}
        onChange={plannedAt.onChange}
        required
      />
      <TextArea
        id={participants.id}
        label={participants.label}
        hint={t('meldpuntCases.restorative.participantsHint')}
        value={participants.value}
        error={participants.error}
        onChange={participants.onChange}
        rows={2}
        maxLength={MAX_PARTICIPANTS}
        required
      />
      <TextArea
        id={agreements.id}
        label={agreements.label}
        hint={t('meldpuntCases.restorative.agreementsHint')}
        value={agreements.value}
        error={agreements.error}
        onChange={agreements.onChange}
        rows={3}
        maxLength={MAX_AGREEMENTS}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('meldpuntCases.restorative.planButton')}
        </Button>
      </ButtonRow>
    </form>
  );
}
