/**
 * Handling a case: the next status with one button each (closing asks first, and how the case ended), who handles
 * it and how serious it is, and turning a staff signal into a case. A change answers with the case's new
 * registration; turning a signal into a case answers with nothing, so the page works out the new deadlines itself
 * with the same rule as the server.
 */
import { useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { deadlines, type Outcome, outcomes } from '../domain/handling.ts';
import type { CaseStatus } from '../domain/reportShape.ts';
import {
  type CaseSummary,
  caseBase,
  type MeldpuntSettings,
  meldpuntBase,
  type Severity,
  severities,
} from './MeldpuntTypes.ts';

interface Props {
  schoolId: string;
  summary: CaseSummary;
  onUpdated: (summary: CaseSummary) => void;
}

const steps: readonly Exclude<CaseStatus, 'new'>[] = ['acknowledged', 'inProgress', 'referred', 'closed'];

export function CaseHandling({ schoolId, summary, onUpdated }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('resolved');
  const settings = useApiData<MeldpuntSettings>(`${meldpuntBase(schoolId)}/settings`);
  const path = caseBase(schoolId, summary.id);

  async function change(body: { status: CaseStatus; outcome?: Outcome }): Promise<void> {
    const saved = await api<CaseSummary>('PATCH', path, body);
    onUpdated(saved);
    toast(t('meldpuntCases.handling.statusSaved', { status: t(`meldpunt.enum.status.${saved.status}`) }));
  }

  async function convert(): Promise<void> {
    await api<void>('POST', `${path}/convert`);
    // The server restarts the clock: the case counts from now.
    const createdAt = new Date().toISOString();
    const limits = settings.data;
    onUpdated({
      ...summary,
      kind: 'report',
      createdAt,
      ...(limits ? deadlines({ ...summary, createdAt }, limits, new Date()) : {}),
    });
    toast(t('meldpuntCases.handling.converted'));
  }

  async function run(key: string, action: () => Promise<void>) {
    setBusy(key);
    try {
      await action();
      setError(null);
    } catch (failure) {
      setError((e) => ({ message: asApiError(failure).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(null);
    }
  }

  // Acknowledging only makes sense for a new case; any other status can be chosen again (also to reopen).
  const offered = steps.filter(
    (s) => s !== summary.status && (s !== 'acknowledged' || summary.status === 'new'),
  );

  return (
    <>
      <p>{t('meldpuntCases.handling.current', { status: t(`meldpunt.enum.status.${summary.status}`) })}</p>
      <ErrorSummary message={error?.message ?? null} focusKey={error?.attempt ?? 0} />
      <ButtonRow>
        {offered.map((s) => (
          <Button
            key={s}
            variant={s === 'closed' ? 'danger' : 'secondary'}
            busy={busy === s}
            onClick={() =>
              s === 'closed' ? setConfirmClose(true) : void run(s, () => change({ status: s }))
            }
          >
            {t(`meldpuntCases.handling.to.${s}`)}
          </Button>
        ))}
        {summary.kind === 'signal' && (
          <Button busy={busy === 'convert'} onClick={() => void run('convert', convert)}>
            {t('meldpuntCases.handling.convert')}
          </Button>
        )}
      </ButtonRow>
      <ConfirmDialog
        open={confirmClose}
        title={t('meldpuntCases.handling.closeTitle')}
        confirmLabel={t('meldpuntCases.handling.to.closed')}
        onConfirm={async () => {
          await change({ status: 'closed', outcome });
          setConfirmClose(false);
        }}
        onClose={() => setConfirmClose(false)}
      >
        <p>{t('meldpuntCases.handling.closeText')}</p>
        <Field
          id="melding-uitkomst"
          name="outcome"
          label={t('meldpuntCases.outcome.label')}
          hint={t('meldpuntCases.outcome.hint')}
          type="select"
          value={outcome}
          onChange={(value) => setOutcome(value as Outcome)}
          options={outcomes.map((o) => ({ value: o, label: t(`meldpuntCases.outcome.${o}`) }))}
        />
      </ConfirmDialog>
      <AssignForm
        schoolId={schoolId}
        summary={summary}
        onUpdated={onUpdated}
        confidants={settings.data?.confidants}
      />
    </>
  );
}

/** Who handles the case (one of the school's confidants, or nobody yet) and how serious it is. */
function AssignForm({
  schoolId,
  summary,
  onUpdated,
  confidants: known,
}: Props & { confidants: MeldpuntSettings['confidants'] | undefined }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: `behandeling-${summary.id}`,
    initial: { assignedTo: summary.assignedTo?.userId ?? '', severity: summary.severity ?? '' },
    labels: { assignedTo: t('meldpuntCases.field.assignedTo'), severity: t('meldpuntCases.field.severity') },
    submit: async (v) => {
      const saved = await api<CaseSummary>('PATCH', caseBase(schoolId, summary.id), {
        assignedTo: v.assignedTo || null,
        severity: (v.severity || null) as Severity | null,
      });
      onUpdated(saved);
      toast(t('meldpuntCases.handling.assignSaved'));
    },
  });
  const confidants = known ?? (summary.assignedTo ? [summary.assignedTo] : []);

  return (
    <form className="form meldpunt-assign" onSubmit={form.onSubmit} noValidate>
      <h3>{t('meldpuntCases.handling.assignTitle')}</h3>
      <ErrorSummary {...form.summary} />
      <Field
        {...form.field('assignedTo')}
        type="select"
        options={[
          { value: '', label: t('meldpuntCases.field.nobody') },
          ...confidants.map((c) => ({ value: c.userId, label: c.name })),
        ]}
      />
      <Field
        {...form.field('severity')}
        type="select"
        hint={t('meldpuntCases.handling.severityHint')}
        options={[
          { value: '', label: t('meldpuntCases.severity.none') },
          ...severities.map((s) => ({ value: s, label: t(`meldpuntCases.severity.${s}`) })),
        ]}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
