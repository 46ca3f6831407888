/**
 * Gentle hints under a field in which a facilitator writes (PRODUCT F2): the organisation's "we", and closed
 * questions. A hint is a suggestion to look again, never an error: the field stays valid. The hints appear
 * a moment after typing stops, in a polite live region, so a screen reader hears them without being
 * interrupted at every key.
 *
 * @example <LanguageHints id={languageHintsId('note')} text={note} />
 */
import { type Translate, useT } from '../../../web/i18n.tsx';
import { useSettled } from '../../../web/useSettled.ts';
import { checkLanguage, type LanguageFinding } from '../domain/languageCheck.ts';

/** Wait this long after the last key before the hints change. */
const SETTLE_MS = 700;
const QUOTE_MAX = 60;

/** The id of a field's hints, for the field's aria-describedby. */
export function languageHintsId(fieldId: string): string {
  return `${fieldId}-language`;
}

interface Props {
  id: string;
  text: string;
  /**
   * The text is Dutch whatever language the screens are in (a template's Dutch text). Otherwise the text is
   * checked only while the screens are in Dutch: the check knows Dutch only.
   */
  dutch?: boolean;
}

export function LanguageHints({ id, text, dutch = false }: Props) {
  const { t, locale } = useT();
  const settled = useSettled(text, SETTLE_MS);
  const hints = dutch || locale === 'nl' ? hintTexts(checkLanguage(settled), t) : [];
  return (
    <div id={id} className="language-hints" aria-live="polite">
      {hints.length > 0 && (
        <ul>
          {hints.map((hint) => (
            <li key={hint}>
              <span className="language-hints__label">{t('facilitation.language.label')}</span> {hint}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function quote(sentence: string): string {
  return sentence.length > QUOTE_MAX ? `${sentence.slice(0, QUOTE_MAX - 1)}…` : sentence;
}

/** One text per finding, each said once (the same "ons" three times is one hint). */
function hintTexts(findings: readonly LanguageFinding[], t: Translate): string[] {
  const texts = findings.map((finding) =>
    finding.kind === 'organisationWe'
      ? t('facilitation.language.organisationWe', { word: finding.word, suggestion: finding.suggestion })
      : t('facilitation.language.closedQuestion', {
          sentence: quote(finding.sentence),
          start: finding.suggestedStart === 'hoe' ? 'Hoe' : 'Wat',
        }),
  );
  return [...new Set(texts)];
}
