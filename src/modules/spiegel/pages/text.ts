/** Template texts in the reader's language, and the side labels ("leerling") as plurals ("leerlingen"). */
import type { Locale } from '../../../platform/i18n/index.ts';
import { capitalise } from '../../../web/format.ts';
import { type Translate, useT } from '../../../web/i18n.tsx';
import { plural } from '../domain/plural.ts';
import type { LocalText, MirrorTemplate, Phase, Side } from '../domain/template.ts';
import { textIn } from '../domain/templateShape.ts';

export { plural };

/** `tx(text)`: a template text in the current language, Dutch when there is no translation. */
export function useText(): (text: LocalText | undefined) => string {
  const { locale } = useT();
  return (text) => (text ? textIn(text, locale) : '');
}

/** The words for one side of the template, singular and plural, lower and capitalised. */
export function sideWords(template: Pick<MirrorTemplate, Side>, side: Side, locale: Locale) {
  const one = textIn(template[side].label, locale);
  const many = plural(one, locale);
  return { one, many, One: capitalise(one, locale), Many: capitalise(many, locale) };
}

/** "Aan het woord: leerlingen · Luisteren: docenten" for a phase. */
export function whoSpeaks(template: MirrorTemplate, phase: Phase, locale: Locale, t: Translate): string {
  const group = (who: Side | 'everyone') =>
    who === 'everyone' ? t('spiegel.live.everyone') : sideWords(template, who, locale).many;
  const speaking = t('spiegel.live.speaking', { who: group(phase.speakers) });
  if (phase.listeners === 'nobody') return speaking;
  return `${speaking} · ${t('spiegel.live.listening', { who: group(phase.listeners) })}`;
}

/** How the room is set up in a phase: "Binnenkring en buitenkring (binnen: leerlingen)". */
export function seatingText(template: MirrorTemplate, phase: Phase, locale: Locale, t: Translate): string {
  const seating = t(`spiegel.seating.${phase.seating}`);
  if (!phase.inner || (phase.seating !== 'innerOuter' && phase.seating !== 'faceToFace')) return seating;
  return t('spiegel.seating.withInner', { seating, inner: sideWords(template, phase.inner, locale).many });
}
