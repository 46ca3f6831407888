/**
 * A text area for what a facilitator or observer writes, with the language hints right under it and linked
 * to it by aria-describedby, next to the hint and the error. The same markup and classes as the other fields.
 */

import { useT } from '../../../web/i18n.tsx';
import type { BoundField } from '../../../web/useForm.ts';
import { LanguageHints, languageHintsId } from './LanguageHints.tsx';

interface Props extends Omit<BoundField, 'name'> {
  hint?: string | undefined;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

export function CheckedTextArea({
  id,
  label,
  value,
  error,
  onChange,
  hint,
  rows = 3,
  maxLength,
  required,
}: Props) {
  const { t } = useT();
  const hintsId = languageHintsId(id);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, hintsId].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        required={required}
        maxLength={maxLength}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <LanguageHints id={hintsId} text={value} />
    </div>
  );
}
