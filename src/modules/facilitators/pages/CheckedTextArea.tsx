/**
 * A text area for what a facilitator or observer writes, with the language hints right under it and linked
 * to it by aria-describedby, next to the hint and the error. The same markup and classes as the other fields.
 */

import type { BoundField } from '../../../web/useForm.ts';
import { described, Frame } from '../../spiegel/pages/FormBits.tsx';
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
  const hintsId = languageHintsId(id);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        {...described({ id, hint, error }, hintsId)}
        id={id}
        name={id}
        rows={rows}
        value={value}
        required={required}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
      <LanguageHints id={hintsId} text={value} />
    </Frame>
  );
}
