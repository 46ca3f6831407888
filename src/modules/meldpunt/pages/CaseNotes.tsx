/**
 * Internal notes on a case: for the confidants only, never shown to the student, sealed like the report. Hidden
 * while the server does not offer notes yet (404).
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
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import type { CaseNote } from './MeldpuntTypes.ts';

const MAX_NOTE = 5000;

export function CaseNotes({ base }: { base: string }) {
  const { t, locale } = useT();
  const toast = useToast();
  const notes = useApiData<CaseNote[]>(`${base}/notes`);
  const form = useForm({
    id: 'notitie',
    initial: { body: '' },
    labels: { body: t('meldpuntCases.notes.new') },
    validate: (v): FieldErrors =>
      v.body.trim() === ''
        ? { body: t('validation.required') }
        : v.body.trim().length > MAX_NOTE
          ? { body: t('validation.tooLong', { max: MAX_NOTE }) }
          : {},
    submit: async (v, { reset }) => {
      await api<void>('POST', `${base}/notes`, { body: v.body.trim() });
      // The server answers without content (the author and time are its own): read the notes again.
      notes.reload();
      reset();
      toast(t('meldpuntCases.notes.saved'));
    },
  });
  const body = form.field('body');
  if (notes.error?.status === 404) return null;

  return (
    <section aria-labelledby="melding-notities">
      <h2 id="melding-notities">{t('meldpuntCases.notes.title')}</h2>
      <p>{t('meldpuntCases.notes.intro')}</p>
      {notes.error && <LoadError message={notes.error.message} />}
      {notes.loading && !notes.data && <Loading />}
      {notes.data &&
        (notes.data.length === 0 ? (
          <p>{t('meldpuntCases.notes.none')}</p>
        ) : (
          <ol className="meldpunt-messages">
            {notes.data.map((n) => (
              <li key={n.id} className="meldpunt-message">
                <p className="meldpunt-message__meta">
                  {[n.authorName, formatDateTime(locale, n.at)].filter(Boolean).join(' · ')}
                </p>
                <p className="meldpunt-text">{n.body}</p>
              </li>
            ))}
          </ol>
        ))}
      {notes.data && (
        <form className="form" onSubmit={form.onSubmit} noValidate>
          <ErrorSummary {...form.summary} />
          <TextArea
            id={body.id}
            label={body.label}
            value={body.value}
            error={body.error}
            onChange={body.onChange}
            rows={3}
            maxLength={MAX_NOTE}
          />
          <ButtonRow>
            <Button type="submit" busy={form.busy}>
              {t('meldpuntCases.notes.add')}
            </Button>
          </ButtonRow>
        </form>
      )}
    </section>
  );
}
