/**
 * One step of a checklist that doubles as a log: a case's internship and legal-duty steps, and the board's crisis
 * log. Ticking saves at once; the note is saved with its own button. The server records when and who, so the
 * caller reads the steps again after each save (`onSaved`).
 */
import { useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { Checkbox } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';

export interface StepRecord {
  doneAt: string | null;
  doneBy: string | null;
  note: string;
}

interface Props {
  /** The element id, also the base of the note's id. */
  id: string;
  label: string;
  /** Where PUT { done, note } saves this step. */
  path: string;
  record: StepRecord | undefined;
  maxNote: number;
  /** Said under the note, e.g. what not to write there. */
  noteHint?: string | undefined;
  onSaved: () => void;
}

/** "Gedaan op … door …", or just the time when the person is unknown. */
export function useDoneText() {
  const { t, locale } = useT();
  return (record: StepRecord | undefined) =>
    record?.doneAt
      ? record.doneBy
        ? t('meldpuntCases.checklist.doneBy', {
            at: formatDateTime(locale, record.doneAt),
            name: record.doneBy,
          })
        : t('meldpuntCases.checklist.doneAt', { at: formatDateTime(locale, record.doneAt) })
      : undefined;
}

export function ChecklistStep({ id, label, path, record, maxNote, noteHint, onSaved }: Props) {
  const { t } = useT();
  const toast = useToast();
  const doneText = useDoneText();
  const [note, setNote] = useState(record?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const done = record?.doneAt != null;
  // The tick shows at once; the server's answer (with time and name) follows when the steps are read again.
  const [ticked, setTicked] = useState<{ to: boolean; from: boolean } | null>(null);
  const shown = ticked && ticked.from === done ? ticked.to : done;

  async function save(nextDone: boolean, nextNote: string) {
    if (busy) return;
    if (nextNote.length > maxNote) {
      setError(t('validation.tooLong', { max: maxNote }));
      return;
    }
    setBusy(true);
    if (nextDone !== done) setTicked({ to: nextDone, from: done });
    try {
      await api<void>('PUT', path, { done: nextDone, note: nextNote.trim() });
      onSaved();
      setError(undefined);
      toast(t('meldpuntCases.checklist.saved', { step: label }));
    } catch (failure) {
      setTicked(null);
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="meldpunt-checklist__step">
      <Checkbox
        id={id}
        name={id}
        label={label}
        checked={shown}
        hint={doneText(record)}
        error={error}
        onChange={(checked) => void save(checked, note)}
      />
      {/* The note folds away, so a long checklist stays easy to scan; a step with a note shows it open. */}
      <details className="meldpunt-checklist__note" open={Boolean(record?.note)}>
        <summary>
          {t(record?.note ? 'meldpuntCases.checklist.noteFilled' : 'meldpuntCases.checklist.noteToggle')}
          <VisuallyHidden>: {label}</VisuallyHidden>
        </summary>
        <TextArea
          id={`${id}-notitie`}
          label={t('meldpuntCases.checklist.note', { step: label })}
          hint={noteHint}
          value={note}
          onChange={setNote}
          rows={2}
          maxLength={maxNote}
        />
        <Button
          variant="secondary"
          className="button--small"
          busy={busy}
          onClick={() => void save(shown, note)}
        >
          {t('meldpuntCases.checklist.saveNote')}
          <VisuallyHidden>: {label}</VisuallyHidden>
        </Button>
      </details>
    </li>
  );
}
