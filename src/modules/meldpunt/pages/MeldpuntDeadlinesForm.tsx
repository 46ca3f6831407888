/**
 * The reporting point's deadlines (acknowledge within days, give feedback within months) and how long a closed
 * case is kept before Kring removes it, leaving only an anonymous count for the monitor (PRODUCT M4, M6).
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import type { Translate } from '../../../web/i18n.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { InputField } from '../../spiegel/pages/FormBits.tsx';
import type { MeldpuntSettings } from './MeldpuntTypes.ts';

type Numbers = Pick<MeldpuntSettings, 'ackDays' | 'feedbackMonths' | 'retentionDays'>;
const ranges: Record<keyof Numbers, [number, number]> = {
  ackDays: [1, 30],
  feedbackMonths: [1, 12],
  retentionDays: [30, 3650],
};

function check(values: Record<keyof Numbers, string>, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, [min, max]] of Object.entries(ranges) as [keyof Numbers, [number, number]][]) {
    const n = Number(values[name]);
    if (values[name].trim() === '' || !Number.isInteger(n) || n < min || n > max)
      errors[name] = t('meldpuntCases.deadlines.range', { min, max });
  }
  return errors;
}

interface Props {
  base: string;
  settings: Numbers;
  onSaved: (values: Numbers) => void;
}

export function MeldpuntDeadlinesForm({ base, settings, onSaved }: Props) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'meldpunt-termijnen',
    initial: {
      ackDays: String(settings.ackDays),
      feedbackMonths: String(settings.feedbackMonths),
      retentionDays: String(settings.retentionDays),
    },
    labels: {
      ackDays: t('meldpuntCases.deadlines.ackDays'),
      feedbackMonths: t('meldpuntCases.deadlines.feedbackMonths'),
      retentionDays: t('meldpuntCases.deadlines.retentionDays'),
    },
    validate: (v) => check(v, t),
    submit: async (v) => {
      const values: Numbers = {
        ackDays: Number(v.ackDays),
        feedbackMonths: Number(v.feedbackMonths),
        retentionDays: Number(v.retentionDays),
      };
      await api<void>('PATCH', `${base}/settings`, values);
      onSaved(values);
      toast(t('meldpuntCases.deadlines.saved'));
    },
  });

  const hints: Record<keyof Numbers, string> = {
    ackDays: t('meldpuntCases.deadlines.ackHint'),
    feedbackMonths: t('meldpuntCases.deadlines.feedbackHint'),
    retentionDays: t('meldpuntCases.deadlines.retentionHint'),
  };

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <h3>{t('meldpuntCases.deadlines.title')}</h3>
      <ErrorSummary {...form.summary} />
      {(Object.keys(ranges) as (keyof Numbers)[]).map((name) => {
        const field = form.field(name);
        return (
          <InputField
            key={name}
            id={field.id}
            type="number"
            label={field.label}
            hint={hints[name]}
            value={field.value}
            error={field.error}
            onChange={field.onChange}
            min={ranges[name][0]}
            max={ranges[name][1]}
          />
        );
      })}
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
