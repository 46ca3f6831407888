/**
 * Recommendations (post-its) written in round 4 (S7), each for one target. Groups see their own; the projector
 * shows only how many there are per group and target until the groups come together, then the texts.
 */
export const targets = ['students', 'teachers', 'leadership', 'policy', 'communication'] as const;
export type Target = (typeof targets)[number];

export interface Recommendation {
  id: string;
  /** The group that wrote it (index in the drawn groups); null for one typed in without a group. */
  groupIndex: number | null;
  target: Target;
  text: string;
}

export interface RecommendationCount {
  groupIndex: number | null;
  target: Target;
  count: number;
}

/** How many post-its each group wrote per target: what the projector shows during round 4. */
export function countRecommendations(list: readonly Recommendation[]): RecommendationCount[] {
  const counts = new Map<string, RecommendationCount>();
  for (const r of list) {
    const key = `${r.groupIndex}:${r.target}`;
    const entry = counts.get(key) ?? { groupIndex: r.groupIndex, target: r.target, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) =>
      (a.groupIndex ?? -1) - (b.groupIndex ?? -1) || targets.indexOf(a.target) - targets.indexOf(b.target),
  );
}

/** The index of a session's groups phase, or -1: texts go up on the projector only after it. */
export function groupsPhaseIndex(phases: readonly { seating: string }[]): number {
  return phases.findIndex((p) => p.seating === 'groups');
}

/** The group a participant is in, or null. */
export function groupOf(groups: readonly string[][] | null, participantId: string): number | null {
  const index = groups?.findIndex((g) => g.includes(participantId)) ?? -1;
  return index >= 0 ? index : null;
}

export type Audience = { as: 'staff' } | { as: 'projector' } | { as: 'participant'; participantId: string };

/**
 * What one audience may see of the live view: staff everything; a phone only its own group's post-its; the
 * projector only counts until the groups phase is over.
 */
export function liveViewFor<
  V extends {
    recommendations: Recommendation[];
    groups: string[][] | null;
    phaseIndex: number;
    myVotes: string[];
    ballots?: Record<string, string[]>;
    speaking?: unknown;
  },
>(view: V, audience: Audience, groupsPhase: number): Omit<V, 'ballots'> {
  // Who voted for what never leaves the server: each phone learns only its own votes.
  const { ballots, ...all } = view;
  if (audience.as === 'staff') return all;
  // Speaking time is for the facilitators and observers: never on the projector or a phone.
  const shared = 'speaking' in all ? { ...all, speaking: null } : all;
  if (audience.as === 'projector') {
    return groupsPhase >= 0 && view.phaseIndex > groupsPhase ? shared : { ...shared, recommendations: [] };
  }
  const group = groupOf(view.groups, audience.participantId);
  return {
    ...shared,
    recommendations: group === null ? [] : view.recommendations.filter((r) => r.groupIndex === group),
    myVotes: ballots?.[audience.participantId] ?? [],
  };
}
