/** The questions of one phase, each with its deeper questions: edit, add and remove. */
import { Button } from '../../../web/components/Button.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { LanguageHints } from '../../facilitators/pages/LanguageHints.tsx';
import { TextListEditor } from './TextListEditor.tsx';
import { type EditorProps, freshId, withNl } from './templateDraft.ts';

export function QuestionsEditor({ draft, change, err, phaseIndex }: EditorProps & { phaseIndex: number }) {
  const { t } = useT();
  const phase = draft.phases[phaseIndex];
  if (!phase) return null;
  const at = (d: typeof draft) => d.phases[phaseIndex]!;

  return (
    <div className="spiegel-editor__questions">
      <h4>{t('spiegel.console.questions')}</h4>
      {phase.questions.length === 0 && <p>{t('spiegel.console.noQuestions')}</p>}
      <ol>
        {phase.questions.map((question, q) => {
          const base = `tpl-phases-${phaseIndex}-questions-${q}`;
          const label = t('spiegel.editor.question', { number: q + 1 });
          return (
            <li key={question.id} className="spiegel-editor__question">
              <Field
                id={`${base}-text`}
                name={`${base}-text`}
                label={label}
                value={question.text.nl}
                error={err(`${base}-text`)}
                onChange={(text) =>
                  change((d) => {
                    const target = at(d).questions[q]!;
                    target.text = withNl(target.text, text);
                  })
                }
              />
              <LanguageHints id={`${base}-text-language`} text={question.text.nl} dutch />
              <p className="field__label">{t('spiegel.editor.deeper')}</p>
              <TextListEditor
                id={`${base}-deeper`}
                items={question.deeper.map((x) => x.nl)}
                errors={err}
                itemLabel={(n) => t('spiegel.editor.deeperItem', { question: q + 1, number: n })}
                addLabel={t('spiegel.editor.addDeeper')}
                onEdit={(i, text) =>
                  change((d) => {
                    const deeper = at(d).questions[q]!.deeper;
                    deeper[i] = withNl(deeper[i], text);
                  })
                }
                onAdd={() => change((d) => void at(d).questions[q]!.deeper.push({ nl: '' }))}
                onRemove={(i) => change((d) => void at(d).questions[q]!.deeper.splice(i, 1))}
              />
              <LanguageHints
                id={`${base}-deeper-language`}
                text={question.deeper.map((x) => x.nl).join('\n')}
                dutch
              />
              <Button variant="secondary" onClick={() => change((d) => void at(d).questions.splice(q, 1))}>
                {t('spiegel.editor.removeQuestion')}
                <VisuallyHidden> {label}</VisuallyHidden>
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        onClick={() =>
          change(
            (d) =>
              void at(d).questions.push({ id: freshId('q', at(d).questions), text: { nl: '' }, deeper: [] }),
          )
        }
      >
        {t('spiegel.editor.addQuestion')}
      </Button>
    </div>
  );
}
