/**
 * A confidant's short introduction for students: it appears next to their name where the reporting form asks
 * whom the student would like to talk to (PRODUCT M1).
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';

const MAX_INTRO = 400;

export function CaseIntroForm({ base, intro }: { base: string; intro: string }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'meldpunt-introductie',
    initial: { intro },
    labels: { intro: t('meldpuntCases.intro.label') },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (v.intro.length > MAX_INTRO) errors.intro = t('validation.tooLong', { max: MAX_INTRO });
      return errors;
    },
    submit: async (v) => {
      await api<void>('PUT', `${base}/intro`, { intro: v.intro });
      toast(t('meldpuntCases.intro.saved'));
    },
  });
  const field = form.field('intro');
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="meldpunt-introductie-titel">
      <h2 id="meldpunt-introductie-titel">{t('meldpuntCases.intro.title')}</h2>
      <ErrorSummary {...form.summary} />
      <TextArea
        id={field.id}
        label={field.label}
        hint={t('meldpuntCases.intro.hint')}
        value={field.value}
        error={field.error}
        onChange={field.onChange}
        rows={3}
        maxLength={MAX_INTRO}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
