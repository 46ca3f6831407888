/**
 * The template's speaking-time prompt settings (F1): after how many minutes a turn is long, how many equal
 * shares is a lot, and how close to the end quiet seats are worth inviting. An empty box keeps Kring's default.
 */
import { useState } from 'react';
import { Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { MirrorTemplate } from '../../spiegel/domain/template.ts';
import { InputField } from '../../spiegel/pages/FormBits.tsx';
import { type EditorProps, numberText } from '../../spiegel/pages/templateDraft.ts';

type Settings = NonNullable<MirrorTemplate['speakingPrompts']>;
type Key = keyof Settings;

/** Empty text → unset (the default); anything else → a number, NaN when it is not one (the server says why). */
function parse(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

export function SpeakingPromptsEditor({ draft, change, err }: EditorProps) {
  const { t, locale } = useT();
  const settings = draft.speakingPrompts ?? {};
  // The factor may have a decimal comma, so its text is kept while typing ("2," is not a number yet).
  const [factorText, setFactorText] = useState(() =>
    settings.shareFactor === undefined
      ? ''
      : String(settings.shareFactor).replace('.', locale === 'nl' ? ',' : '.'),
  );

  const set = (key: Key, value: number | undefined) =>
    change((d) => {
      const next: Settings = { ...d.speakingPrompts };
      if (value === undefined) delete next[key];
      else next[key] = value;
      if (Object.keys(next).length === 0) delete d.speakingPrompts;
      else d.speakingPrompts = next;
    });

  const minutes = (key: 'longTurnMinutes' | 'endingSoonMinutes', label: string, hint: string) => {
    const id = `tpl-speakingPrompts-${key}`;
    const value = settings[key];
    return (
      <InputField
        type="number"
        id={id}
        label={label}
        hint={hint}
        value={value === undefined ? '' : numberText(value)}
        error={err(id)}
        min={1}
        max={30}
        onChange={(text) => set(key, parse(text))}
      />
    );
  };

  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('speaking.editor.title')}</legend>
      <p className="hint">{t('speaking.editor.hint')}</p>
      {minutes('longTurnMinutes', t('speaking.editor.longTurn'), t('speaking.editor.longTurnHint'))}
      <Field
        id="tpl-speakingPrompts-shareFactor"
        name="speakingPrompts-shareFactor"
        label={t('speaking.editor.shareFactor')}
        hint={t('speaking.editor.shareFactorHint')}
        inputMode="decimal"
        className="field--short"
        value={factorText}
        error={err('tpl-speakingPrompts-shareFactor')}
        onChange={(text) => {
          setFactorText(text);
          set('shareFactor', parse(text));
        }}
      />
      {minutes('endingSoonMinutes', t('speaking.editor.endingSoon'), t('speaking.editor.endingSoonHint'))}
    </fieldset>
  );
}
