/**
 * Inputs the shared Field does not offer (number, date, datetime-local, textarea), with the same markup and
 * classes as Field: a label, an optional hint and error linked by aria-describedby.
 */
import type { ReactNode } from 'react';
import { FieldMessages } from '../../../web/components/FieldMessages.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  className?: string;
}

/** The label, hint and error around a control, as `Field` lays them out. */
export function Frame({
  id,
  label,
  hint,
  error,
  className,
  children,
}: Omit<Props, 'value' | 'onChange'> & {
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The control's aria attributes for the hint and error of `Frame`, plus any other describing elements. */
export function described({ id, hint, error }: Pick<Props, 'id' | 'hint' | 'error'>, ...more: string[]) {
  return {
    'aria-describedby':
      [hint && `${id}-hint`, error && `${id}-error`, ...more].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
  };
}

/** A number, date-and-time or date input. */
export function InputField(
  props: Props & { type: 'number' | 'datetime-local' | 'date'; min?: number; max?: number },
) {
  const { id, value, onChange, type, min, max, required } = props;
  return (
    <Frame {...props}>
      <input
        {...described(props)}
        id={id}
        name={id}
        type={type}
        value={value}
        min={min}
        max={max}
        required={required}
        inputMode={type === 'number' ? 'numeric' : undefined}
        className={type === 'number' ? 'input--short' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}

/** A text area for longer texts (instructions, the briefing, a post-it). */
export function TextArea(props: Props & { rows?: number; maxLength?: number }) {
  const { id, value, onChange, rows = 3, required, maxLength } = props;
  return (
    <Frame {...props}>
      <textarea
        {...described(props)}
        id={id}
        name={id}
        rows={rows}
        value={value}
        required={required}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}
