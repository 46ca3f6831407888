/**
 * Editing a school's own template (/spiegel/:schoolId/sjablonen/:templateId). Only the Dutch texts are edited;
 * English translations stay as they are. The server checks the whole definition; its errors point at inputs.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary, type SummaryItem } from '../../../web/components/ErrorSummary.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { SpeakingPromptsEditor } from '../../facilitators/pages/SpeakingPromptsEditor.tsx';
import type { MirrorTemplate } from '../domain/template.ts';
import { totalMinutes } from '../domain/templateShape.ts';
import { PhaseEditor } from './PhaseEditor.tsx';
import { TemplateBasics } from './TemplateBasics.tsx';
import { cleanDefinition, freshId, inputId, newPhase } from './templateDraft.ts';
import { type SchoolTemplate, schoolBase } from './types.ts';

export function TemplateEditorPage() {
  const { t } = useT();
  const { schoolId = '', templateId = '' } = useParams();
  const path = `${schoolBase(schoolId)}/mirror-templates/${encodeURIComponent(templateId)}`;
  const template = useApiData<SchoolTemplate>(path);
  return (
    <>
      <PageTitle lead={t('spiegel.editor.lead')}>
        {template.data
          ? t('spiegel.editor.title', { name: template.data.definition.name.nl })
          : t('spiegel.editor.titleLoading')}
      </PageTitle>
      <p>
        <Link to={`/spiegel/${encodeURIComponent(schoolId)}/sjablonen`}>{t('spiegel.editor.back')}</Link>
      </p>
      {template.loading && !template.data && <Loading />}
      {template.error && <LoadError message={template.error.message} />}
      {template.data && (
        <Editor key={template.data.id} path={path} saved={template.data} onSaved={template.setData} />
      )}
    </>
  );
}

interface EditorArgs {
  path: string;
  saved: SchoolTemplate;
  onSaved: (template: SchoolTemplate) => void;
}

function Editor({ path, saved, onSaved }: EditorArgs) {
  const { t } = useT();
  const toast = useToast();
  const [draft, setDraft] = useState<MirrorTemplate>(saved.definition);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<{ message: string | null; items: SummaryItem[]; attempt: number }>({
    message: null,
    items: [],
    attempt: 0,
  });
  const [busy, setBusy] = useState(false);
  const change = (mutate: (d: MirrorTemplate) => void) =>
    setDraft((current) => {
      const next = structuredClone(current);
      mutate(next);
      return next;
    });
  const err = (id: string) => errors[id];
  const minutes = totalMinutes({ phases: draft.phases.map((p) => ({ ...p, minutes: p.minutes || 0 })) });

  async function save() {
    setBusy(true);
    try {
      const result = await api<SchoolTemplate>('PUT', path, { definition: cleanDefinition(draft) });
      setErrors({});
      setSummary((s) => ({ message: null, items: [], attempt: s.attempt }));
      setDraft(result.definition);
      toast(t('spiegel.editor.saved'));
      onSaved(result);
    } catch (failure) {
      const error = asApiError(failure);
      const byId: Record<string, string> = {};
      const items: SummaryItem[] = Object.entries(error.fields).map(([field, text]) => {
        const id = inputId(field);
        byId[id] = text;
        const label = document.querySelector(`label[for="${id}"]`)?.textContent;
        return document.getElementById(id)
          ? { href: `#${id}`, text: `${label ?? field}: ${text}` }
          : { text: `${field}: ${text}` };
      });
      setErrors(byId);
      setSummary((s) => ({ message: error.message, items, attempt: s.attempt + 1 }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form spiegel-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ErrorSummary message={summary.message} items={summary.items} focusKey={summary.attempt} />
      <h2>{t('spiegel.editor.general')}</h2>
      <TemplateBasics draft={draft} change={change} err={err} />
      <SpeakingPromptsEditor draft={draft} change={change} err={err} />
      <h2>{t('spiegel.editor.phases')}</h2>
      <div role="status">
        <p>{t('spiegel.editor.total', { minutes })}</p>
        {minutes > draft.maxTotalMinutes && (
          <p className="notice notice--warning">
            {t('spiegel.warning.tooLong', { minutes, max: draft.maxTotalMinutes })}
          </p>
        )}
      </div>
      {draft.phases.map((phase, index) => (
        <PhaseEditor key={phase.id} draft={draft} change={change} err={err} index={index} />
      ))}
      <Button
        variant="secondary"
        onClick={() => change((d) => void d.phases.push(newPhase(freshId('fase', d.phases))))}
      >
        {t('spiegel.editor.addPhase')}
      </Button>
      <ButtonRow>
        <Button type="submit" busy={busy}>
          {t('common.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
