/**
 * The school's student list in administration (Beheer → school → Leerlingen): import the export of the student
 * information system (CSV, or OneRoster's users.csv), see who is on it, and remove a student who left, which
 * removes the conversations about them too. Teachers also add students by hand when they start a conversation.
 */
import { type ChangeEvent, useMemo, useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import type { RosterStudentView } from './types.ts';

const SHOWN = 50;

interface ImportResult {
  added: number;
  updated: number;
  skipped: { line: number; reason: 'noName' | 'tooLong' | 'notStudent' }[];
}

export function RosterSection({ schoolId }: { schoolId: string }) {
  const { t } = useT();
  const base = `/api/schools/${encodeURIComponent(schoolId)}/students`;
  const students = useApiData<RosterStudentView[]>(base);
  return (
    <section aria-labelledby="leerlingen">
      <h2 id="leerlingen" tabIndex={-1}>
        {t('gesprekPages.roster.title')}
      </h2>
      <p>{t('gesprekPages.roster.intro')}</p>
      <RosterImport base={base} onImported={students.reload} />
      {students.error && <LoadError message={students.error.message} />}
      {!students.data && !students.error && <Loading />}
      {students.data && <RosterList base={base} students={students.data} onRemoved={students.reload} />}
    </section>
  );
}

/**
 * A CSV file's text: UTF-8 when it is, else Windows-1252, which Excel on Dutch Windows writes ("René" stays
 * "René").
 */
async function readCsv(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function RosterImport({ base, onImported }: { base: string; onImported: () => void }) {
  const { t } = useT();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api<ImportResult>('POST', `${base}/import`, { csv: await readCsv(file) }));
      onImported();
    } catch (failure) {
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
      event.target.value = '';
    }
  }

  return (
    <div className="gesprek-roster-import">
      <div className="field">
        <label className="field__label" htmlFor="leerlingen-bestand">
          {t('gesprekPages.roster.file')}
        </label>
        <p className="field__hint" id="leerlingen-bestand-hint">
          {t('gesprekPages.roster.fileHint')}
        </p>
        <input
          id="leerlingen-bestand"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby="leerlingen-bestand-hint"
          aria-busy={busy || undefined}
          onChange={chosen}
        />
      </div>
      <div aria-live="polite">
        {busy && <Loading />}
        {error && <LoadError message={error} />}
        {result && (
          <Notice tone="success">
            <p>{t('gesprekPages.roster.result', { added: result.added, updated: result.updated })}</p>
            {result.skipped.length > 0 && (
              <ul>
                {result.skipped.slice(0, 20).map((s) => (
                  <li key={s.line}>{t(`gesprekPages.roster.skipped.${s.reason}`, { line: s.line })}</li>
                ))}
              </ul>
            )}
          </Notice>
        )}
      </div>
    </div>
  );
}

function RosterList({
  base,
  students,
  onRemoved,
}: {
  base: string;
  students: RosterStudentView[];
  onRemoved: () => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const [filter, setFilter] = useState('');
  const [removing, setRemoving] = useState<RosterStudentView | null>(null);
  const matches = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return students.filter((s) => words.every((w) => `${s.name} ${s.className}`.toLowerCase().includes(w)));
  }, [filter, students]);
  return (
    <>
      <p>{t('gesprekPages.roster.count', { count: students.length })}</p>
      {students.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor="leerlingen-zoek">
            {t('gesprekPages.picker.search')}
          </label>
          <input
            id="leerlingen-zoek"
            type="search"
            value={filter}
            aria-describedby="leerlingen-aantal"
            onChange={(event) => setFilter(event.target.value)}
          />
          <p className="hint" id="leerlingen-aantal" aria-live="polite">
            {matches.length > SHOWN
              ? t('gesprekPages.picker.many', { count: matches.length, shown: SHOWN })
              : t('gesprekPages.picker.count', { count: matches.length })}
          </p>
        </div>
      )}
      {matches.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('gesprekPages.roster.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gesprekPages.new.name')}</th>
              <th scope="col">{t('gesprekPages.new.className')}</th>
              <th scope="col">{t('gesprekPages.roster.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('gesprekPages.roster.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {matches.slice(0, SHOWN).map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>{s.className}</td>
                <td>{t(`gesprekPages.roster.source.${s.source}`)}</td>
                <td>
                  <Button variant="danger" className="button--small" onClick={() => setRemoving(s)}>
                    {t('gesprekPages.roster.remove')}
                    <span className="visually-hidden"> {s.name}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('gesprekPages.roster.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('gesprekPages.roster.removeConfirm')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await api('DELETE', `${base}/${removing!.id}`);
          toast(t('gesprekPages.roster.removed', { name: removing!.name }));
          setRemoving(null);
          onRemoved();
        }}
      >
        <p>{t('gesprekPages.roster.removeText')}</p>
      </ConfirmDialog>
    </>
  );
}
