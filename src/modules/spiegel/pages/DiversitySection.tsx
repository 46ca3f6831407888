/**
 * The diversity of the invited students (S2). The coordinator types in each student's coarse, optional
 * attributes; the list stays in this browser until "Opslaan", and afterwards only the spread is shown.
 */
import { useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { DiversityEntryForm } from './DiversityEntryForm.tsx';
import { DiversitySpreadView } from './DiversitySpreadView.tsx';
import type { DiversityEntry, DiversitySpread } from './types.ts';

export function DiversitySection({ base }: { base: string }) {
  const { t } = useT();
  const toast = useToast();
  const spread = useApiData<DiversitySpread>(`${base}/diversity`);
  const [entries, setEntries] = useState<DiversityEntry[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);

  function describe(entry: DiversityEntry): string {
    const parts = [entry.year, entry.level, entry.gender ?? t('spiegel.diversity.notGiven')];
    for (const x of entry.involvement) parts.push(t(`spiegel.diversity.involvement.${x}`));
    return parts.filter(Boolean).join(', ');
  }

  async function save() {
    setSaving(true);
    try {
      spread.setData(await api<DiversitySpread>('PUT', `${base}/diversity`, { entries }));
      setEntries([]);
      setError(null);
      toast(t('spiegel.diversity.saved'));
    } catch (failure) {
      setError((e) => ({ message: asApiError(failure).message, attempt: (e?.attempt ?? 0) + 1 }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <p>{t('spiegel.diversity.intro')}</p>
      <h3>{t('spiegel.diversity.spreadTitle')}</h3>
      {spread.loading && !spread.data && <Loading />}
      {spread.error && <LoadError message={spread.error.message} />}
      {spread.data && <DiversitySpreadView spread={spread.data} />}
      <h3>{t('spiegel.diversity.addTitle')}</h3>
      <DiversityEntryForm onAdd={(entry) => setEntries((list) => [...list, entry])} />
      {entries.length > 0 && (
        <>
          <h4>{t('spiegel.diversity.pending', { count: entries.length })}</h4>
          <ol className="spiegel-pending">
            {entries.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity; the list only grows or loses an item.
              <li key={index}>
                <span>{describe(entry)}</span>{' '}
                <Button
                  variant="secondary"
                  className="button--small"
                  onClick={() => setEntries((list) => list.filter((_, i) => i !== index))}
                >
                  {t('spiegel.diversity.remove')}
                  <VisuallyHidden> {t('spiegel.diversity.student', { number: index + 1 })}</VisuallyHidden>
                </Button>
              </li>
            ))}
          </ol>
          <ErrorSummary message={error?.message ?? null} focusKey={error?.attempt ?? 0} />
          <p className="hint">{t('spiegel.diversity.replaceHint')}</p>
          <ButtonRow>
            <Button busy={saving} onClick={() => void save()}>
              {t('common.save')}
            </Button>
          </ButtonRow>
        </>
      )}
    </>
  );
}
