/** The template's general parts: name, description, the two sides, facilitators, duration, briefing, rules. */
import { Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { MirrorTemplate } from '../domain/template.ts';
import { sides } from '../domain/templateShape.ts';
import { InputField, TextArea } from './FormBits.tsx';
import { TextListEditor } from './TextListEditor.tsx';
import { type EditorProps, numberText, parseNumber, withNl } from './templateDraft.ts';

export function TemplateBasics({ draft, change, err }: EditorProps) {
  const { t } = useT();
  const number = (id: string, label: string, value: number, set: (d: MirrorTemplate, n: number) => void) => (
    <InputField
      type="number"
      id={id}
      label={label}
      value={numberText(value)}
      error={err(id)}
      min={0}
      onChange={(text) => change((d) => set(d, parseNumber(text)))}
    />
  );

  return (
    <>
      <Field
        id="tpl-name"
        name="name"
        label={t('spiegel.editor.name')}
        value={draft.name.nl}
        error={err('tpl-name')}
        required
        onChange={(text) =>
          change((d) => {
            d.name = withNl(d.name, text);
          })
        }
      />
      <TextArea
        id="tpl-description"
        label={t('spiegel.editor.description')}
        value={draft.description.nl}
        error={err('tpl-description')}
        onChange={(text) =>
          change((d) => {
            d.description = withNl(d.description, text);
          })
        }
      />
      {sides.map((side) => (
        <fieldset key={side} className="fieldset">
          <legend className="field__label">{t(`spiegel.editor.side.${side}`)}</legend>
          <Field
            id={`tpl-${side}-label`}
            name={`${side}-label`}
            label={t('spiegel.editor.sideLabel')}
            hint={t('spiegel.editor.sideLabelHint')}
            value={draft[side].label.nl}
            error={err(`tpl-${side}-label`)}
            onChange={(text) =>
              change((d) => {
                d[side].label = withNl(d[side].label, text);
              })
            }
          />
          <div className="spiegel-pair">
            {number(`tpl-${side}-min`, t('spiegel.editor.min'), draft[side].min, (d, n) => {
              d[side].min = n;
            })}
            {number(`tpl-${side}-max`, t('spiegel.editor.max'), draft[side].max, (d, n) => {
              d[side].max = n;
            })}
          </div>
        </fieldset>
      ))}
      <fieldset className="fieldset">
        <legend className="field__label">{t('spiegel.plan.facilitators')}</legend>
        <div className="spiegel-pair">
          {number('tpl-facilitators-min', t('spiegel.editor.min'), draft.facilitators.min, (d, n) => {
            d.facilitators.min = n;
          })}
          {number('tpl-facilitators-max', t('spiegel.editor.max'), draft.facilitators.max, (d, n) => {
            d.facilitators.max = n;
          })}
        </div>
      </fieldset>
      {number('tpl-maxTotalMinutes', t('spiegel.editor.maxMinutes'), draft.maxTotalMinutes, (d, n) => {
        d.maxTotalMinutes = n;
      })}
      <TextArea
        id="tpl-briefing"
        label={t('spiegel.editor.briefing')}
        hint={t('spiegel.editor.briefingHint')}
        rows={6}
        value={draft.briefing.nl}
        error={err('tpl-briefing')}
        onChange={(text) =>
          change((d) => {
            d.briefing = withNl(d.briefing, text);
          })
        }
      />
      <h3>{t('spiegel.rules.title')}</h3>
      <TextListEditor
        id="tpl-rules"
        items={draft.rules.map((rule) => rule.nl)}
        errors={err}
        itemLabel={(n) => t('spiegel.rules.item', { number: n })}
        addLabel={t('spiegel.rules.add')}
        onEdit={(i, text) =>
          change((d) => {
            d.rules[i] = withNl(d.rules[i], text);
          })
        }
        onAdd={() => change((d) => void d.rules.push({ nl: '' }))}
        onRemove={(i) => change((d) => void d.rules.splice(i, 1))}
      />
    </>
  );
}
