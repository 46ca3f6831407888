/**
 * Round 4's groups (PRODUCT S6): random, mixed, 3–4 people, sizes balanced, and at least one listener
 * (teacher) and one voice (student) in every group where the numbers allow. Pure: randomness is passed in.
 */
import type { Side } from './template.ts';

export interface GroupMember {
  id: string;
  side: Side;
}

/** Fisher–Yates with the given random source. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** How many groups: as many as keeps every group at 3–4 people; one group when that is impossible (1, 2 or 5). */
export function groupCount(people: number): number {
  if (people <= 5) return 1;
  return Math.ceil(people / 4);
}

export function drawGroups(members: readonly GroupMember[], random: () => number = Math.random): string[][] {
  const count = groupCount(members.length);
  if (members.length === 0) return [];
  const sizes = Array.from(
    { length: count },
    (_, i) => Math.floor(members.length / count) + (i < members.length % count ? 1 : 0),
  );
  const groups: string[][] = sizes.map(() => []);
  const listeners = shuffle(
    members.filter((m) => m.side === 'listeners'),
    random,
  );
  const voices = shuffle(
    members.filter((m) => m.side === 'voices'),
    random,
  );
  // Room for listeners per group: keep a seat for a voice wherever there are voices enough to go round.
  const listenerRoom = sizes.map((size) => (voices.length >= count ? size - 1 : size));
  let g = 0;
  for (const listener of listeners) {
    let tries = 0;
    while (groups[g]!.length >= listenerRoom[g]! && tries < count) {
      g = (g + 1) % count;
      tries++;
    }
    groups[g]!.push(listener.id);
    g = (g + 1) % count;
  }
  // Voices fill the remaining seats, emptiest group first, so sizes stay balanced.
  for (const voice of voices) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      if (groups[i]!.length >= sizes[i]!) continue;
      if (best === -1 || groups[i]!.length < groups[best]!.length) best = i;
    }
    groups[best]!.push(voice.id);
  }
  return groups.map((group) => shuffle(group, random));
}
