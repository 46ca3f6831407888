/**
 * A list of short texts to edit, add to and remove from: the rules in the console, rules and deeper
 * questions in the template editor. Each text has its own label ("Afspraak 2").
 */
import { Button } from '../../../web/components/Button.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';

interface Props {
  /** Prefix of the inputs' ids; the input of item i gets `${id}-${i}`. */
  id: string;
  items: readonly string[];
  onEdit: (index: number, text: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  itemLabel: (number: number) => string;
  addLabel: string;
  /** The error of the input with this id, if any. */
  errors?: (inputId: string) => string | undefined;
}

export function TextListEditor({
  id,
  items,
  onEdit,
  onAdd,
  onRemove,
  itemLabel,
  addLabel,
  errors = () => undefined,
}: Props) {
  const { t } = useT();

  function add() {
    onAdd();
    // Focus the new, empty item once it is rendered.
    window.setTimeout(() => document.getElementById(`${id}-${items.length}`)?.focus(), 0);
  }

  return (
    <div className="spiegel-textlist">
      {items.length > 0 && (
        <ol>
          {items.map((item, index) => {
            const inputId = `${id}-${index}`;
            const error = errors(inputId);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the items are plain texts; the index is their place.
              <li key={index} className={error ? 'field--error' : undefined}>
                <label className="visually-hidden" htmlFor={inputId}>
                  {itemLabel(index + 1)}
                </label>
                {error && (
                  <p className="field__error" id={`${inputId}-error`}>
                    <span className="visually-hidden">{t('form.errorPrefix')} </span>
                    {error}
                  </p>
                )}
                <div className="spiegel-textlist__row">
                  <input
                    id={inputId}
                    type="text"
                    value={item}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    onChange={(event) => onEdit(index, event.target.value)}
                  />
                  <Button variant="secondary" onClick={() => onRemove(index)}>
                    {t('common.delete')}
                    <VisuallyHidden> {itemLabel(index + 1)}</VisuallyHidden>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <Button variant="secondary" onClick={add}>
        {addLabel}
      </Button>
    </div>
  );
}
