/**
 * A labelled group of radio buttons (a fieldset with its legend), with an optional hint and error like Field. The
 * first option carries the group's id, so an error summary can link to it.
 *
 * @example <RadioGroup id="heard" label="Voelde je je gehoord?" value={v} onChange={set} options={[…]} />
 */

import type { Option } from './Field.tsx';
import { FieldMessages } from './FieldMessages.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  hint?: string | undefined;
  error?: string | undefined;
  /** Options side by side (short answers such as yes / partly / no). */
  inline?: boolean;
}

export function RadioGroup({ id, label, value, onChange, options, hint, error, inline = false }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`fieldset radio-group${inline ? ' radio-group--inline' : ''}${error ? ' field--error' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{label}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="radio-group__options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="radio-group__option">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
