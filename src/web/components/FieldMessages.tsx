/**
 * The hint and the error under a field's label, with the ids a control's aria-describedby points to
 * (`<id>-hint`, `<id>-error`). Every kind of field shows them the same way.
 */
import { useT } from '../i18n.tsx';

export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { t } = useT();
  return (
    <>
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
    </>
  );
}
