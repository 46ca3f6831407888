/** One phase of a template: title, minutes, seating, who speaks and listens, the texts and the questions. */
import { Button } from '../../../web/components/Button.tsx';
import { Field, type Option } from '../../../web/components/Field.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { LanguageHints } from '../../facilitators/pages/LanguageHints.tsx';
import type { Phase } from '../domain/template.ts';
import { seatings } from '../domain/templateShape.ts';
import { InputField, TextArea } from './FormBits.tsx';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { type EditorProps, numberText, parseNumber, withNl } from './templateDraft.ts';
import { sideWords } from './text.ts';

export function PhaseEditor(props: EditorProps & { index: number }) {
  const { draft, change, err, index } = props;
  const { t, locale } = useT();
  const phase = draft.phases[index];
  if (!phase) return null;
  const id = (name: string) => `tpl-phases-${index}-${name}`;
  const set = (mutate: (p: Phase) => void) => change((d) => mutate(d.phases[index]!));
  const voices = sideWords(draft, 'voices', locale).Many;
  const listeners = sideWords(draft, 'listeners', locale).Many;
  const legend = t('spiegel.editor.phase', { number: index + 1, title: phase.title.nl });

  const select = (name: 'seating' | 'speakers' | 'listeners' | 'inner', label: string, options: Option[]) => (
    <Field
      id={id(name)}
      name={id(name)}
      type="select"
      label={label}
      value={phase[name] ?? ''}
      options={options}
      error={err(id(name))}
      onChange={(value) => set((p) => void Object.assign(p, { [name]: value || undefined }))}
    />
  );
  const text = (name: 'instructions' | 'listenerNote' | 'facilitatorNotes', label: string, hint?: string) => (
    <TextArea
      id={id(name)}
      label={label}
      hint={hint}
      value={phase[name]?.nl ?? ''}
      error={err(id(name))}
      onChange={(value) =>
        set((p) => {
          p[name] = withNl(p[name], value);
        })
      }
    />
  );

  return (
    <fieldset className="fieldset spiegel-editor__phase">
      <legend>{legend}</legend>
      <Field
        id={id('title')}
        name={id('title')}
        label={t('spiegel.plan.title')}
        value={phase.title.nl}
        error={err(id('title'))}
        onChange={(value) =>
          set((p) => {
            p.title = withNl(p.title, value);
          })
        }
      />
      <InputField
        type="number"
        id={id('minutes')}
        label={t('spiegel.editor.minutes')}
        min={1}
        max={180}
        value={numberText(phase.minutes)}
        error={err(id('minutes'))}
        onChange={(value) =>
          set((p) => {
            p.minutes = parseNumber(value);
          })
        }
      />
      {select(
        'seating',
        t('spiegel.editor.seating'),
        seatings.map((s) => ({ value: s, label: t(`spiegel.seating.${s}`) })),
      )}
      {select('speakers', t('spiegel.editor.speakers'), [
        { value: 'voices', label: voices },
        { value: 'listeners', label: listeners },
        { value: 'everyone', label: t('spiegel.editor.everyone') },
      ])}
      {select('listeners', t('spiegel.editor.listeners'), [
        { value: 'nobody', label: t('spiegel.editor.nobody') },
        { value: 'voices', label: voices },
        { value: 'listeners', label: listeners },
      ])}
      {(phase.seating === 'innerOuter' || phase.seating === 'faceToFace') &&
        select('inner', t('spiegel.editor.inner'), [
          { value: '', label: t('spiegel.editor.noInner') },
          { value: 'voices', label: voices },
          { value: 'listeners', label: listeners },
        ])}
      {text('instructions', t('spiegel.editor.instructions'), t('spiegel.editor.instructionsHint'))}
      {text('listenerNote', t('spiegel.editor.listenerNote'), t('spiegel.editor.optional'))}
      {text('facilitatorNotes', t('spiegel.editor.facilitatorNotes'), t('spiegel.editor.optional'))}
      <LanguageHints id={id('facilitatorNotes-language')} text={phase.facilitatorNotes?.nl ?? ''} dutch />
      <QuestionsEditor {...props} phaseIndex={index} />
      {draft.phases.length > 1 && (
        <Button variant="danger" onClick={() => change((d) => void d.phases.splice(index, 1))}>
          {t('spiegel.editor.removePhase')}
          <VisuallyHidden> {legend}</VisuallyHidden>
        </Button>
      )}
    </fieldset>
  );
}
