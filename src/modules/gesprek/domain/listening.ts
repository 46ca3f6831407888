/**
 * Listening (PRODUCT G3, seed 004). After a conversation the teacher places themselves on one of four levels of
 * listening, and the student says whether they felt listened to. Both are the teacher's own: they add up to an
 * overview over time for that teacher, never to a comparison between teachers.
 *
 * The four levels, from hearing what you expected to learning from the student:
 * 1 selective (hearing what fits), 2 weighing (agreeing or arguing), 3 curious (two know more than one),
 * 4 open (prepared to change one's own view).
 */
import { z } from 'zod';
import { typed } from '../../../platform/text/typed.ts';
import type { Heard, ListeningLevel } from './shape.ts';

export { type ListeningLevel, listeningLevels } from './shape.ts';

export const listeningInput = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  note: typed(2000),
});

/** Levels 3 and 4 are where a conversation about needs gets somewhere. */
export function listensOpenly(level: ListeningLevel): boolean {
  return level >= 3;
}

export interface HeldConversation {
  /** When it was held (ISO). */
  heldAt: string;
  level: ListeningLevel | null;
  heard: Heard | null;
}

export interface ListeningOverview {
  conversations: number;
  /** How often the teacher chose each level. */
  levels: Record<ListeningLevel, number>;
  /** How the students answered. */
  heard: Record<Heard, number>;
  /** Per month (YYYY-MM), oldest first: the average level chosen, and the share of students who felt heard. */
  months: { month: string; averageLevel: number | null; heardShare: number | null; conversations: number }[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The teacher's own overview of the conversations they held. */
export function listeningOverview(held: readonly HeldConversation[]): ListeningOverview {
  const levels: Record<ListeningLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const heard: Record<Heard, number> = { yes: 0, partly: 0, no: 0 };
  const byMonth = new Map<string, HeldConversation[]>();
  for (const conversation of held) {
    if (conversation.level !== null) levels[conversation.level] += 1;
    if (conversation.heard !== null) heard[conversation.heard] += 1;
    const month = conversation.heldAt.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), conversation]);
  }
  const months = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => {
      const chosen = list.flatMap((c) => (c.level === null ? [] : [c.level]));
      const answered = list.flatMap((c) => (c.heard === null ? [] : [c.heard]));
      return {
        month,
        conversations: list.length,
        averageLevel: chosen.length ? round1(chosen.reduce((sum, l) => sum + l, 0) / chosen.length) : null,
        // "Partly" counts as half: the student felt heard in part.
        heardShare: answered.length
          ? Math.round(
              (100 * answered.reduce((sum, h) => sum + (h === 'yes' ? 1 : h === 'partly' ? 0.5 : 0), 0)) /
                answered.length,
            )
          : null,
      };
    });
  return { conversations: held.length, levels, heard, months };
}
