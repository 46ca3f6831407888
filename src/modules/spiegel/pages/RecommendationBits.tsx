/**
 * Pieces the three screens share for round 4's recommendations (post-its): the words for each target, the
 * name of a group, and the post-its grouped by target.
 */
import type { ReactNode } from 'react';
import type { Option } from '../../../web/components/Field.tsx';
import { type Translate, useT } from '../../../web/i18n.tsx';
import { type Recommendation, type Target, targets } from '../domain/recommendations.ts';

/** The most a post-it may hold (the server says the same). */
export const postitMax = 280;

/** The label and hint of each target, and the options of a "Voor wie" select. */
export function useTargetWords() {
  const { t } = useT();
  const label = (target: Target) => t(`spiegel.recs.target.${target}`);
  const hint = (target: Target) => t(`spiegel.recs.targetHint.${target}`);
  const options: Option[] = targets.map((target) => ({ value: target, label: label(target) }));
  return { label, hint, options };
}

export function isTarget(value: string): value is Target {
  return (targets as readonly string[]).includes(value);
}

/** "Groepje 2" for index 1, "Zonder groepje" for null. */
export function groupLabel(t: Translate, index: number | null): string {
  return index === null ? t('spiegel.recs.noGroup') : t('spiegel.groups.group', { number: index + 1 });
}

/** The post-its per group, in group order; those without a group last. */
export function byGroup(list: readonly Recommendation[]): [number | null, Recommendation[]][] {
  const groups = new Map<number | null, Recommendation[]>();
  for (const r of list) groups.set(r.groupIndex, [...(groups.get(r.groupIndex) ?? []), r]);
  return [...groups.entries()].sort(
    ([a], [b]) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER),
  );
}

/** The start of a long text, for a button's hidden name. */
export function shortText(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

interface Props {
  list: readonly Recommendation[];
  /** The level of each target's heading, under the heading of what surrounds the list. */
  level: 3 | 4;
  /** What one post-it shows besides its text (e.g. a remove button). */
  extra?: (recommendation: Recommendation) => ReactNode;
}

/** The post-its under a heading per target, in the fixed order of the targets; empty targets are left out. */
export function PostitsByTarget({ list, level, extra }: Props) {
  const words = useTargetWords();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="spiegel-postits">
      {targets.map((target) => {
        const mine = list.filter((r) => r.target === target);
        if (mine.length === 0) return null;
        return (
          <section key={target} className="spiegel-postits__target">
            <Heading>{words.label(target)}</Heading>
            <ul>
              {mine.map((r) => (
                <li key={r.id} className="spiegel-postit">
                  <p className="spiegel-postit__text">{r.text}</p>
                  {extra?.(r)}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
