/**
 * Dot voting in round 5 (S7): everyone has a number of votes, set by the facilitator, to spread over the
 * clusters (more than one on the same cluster is allowed). Votes past someone's allowance do not count.
 */
export interface Vote {
  voterId: string;
  clusterId: string;
}

export interface RankedCluster {
  clusterId: string;
  votes: number;
  /** 1 for the most votes; ties share a rank (1, 2, 2, 4). */
  rank: number;
}

/** How many votes a person has left. */
export function votesLeft(votes: readonly Vote[], voterId: string, perPerson: number): number {
  return Math.max(0, perPerson - votes.filter((v) => v.voterId === voterId).length);
}

/** The live ranking: each person's first `perPerson` votes count; clusters without votes are ranked last. */
export function tallyVotes(
  votes: readonly Vote[],
  clusterIds: readonly string[],
  perPerson: number,
): RankedCluster[] {
  const used = new Map<string, number>();
  const counts = new Map<string, number>(clusterIds.map((id) => [id, 0]));
  for (const vote of votes) {
    const n = used.get(vote.voterId) ?? 0;
    if (n >= perPerson || !counts.has(vote.clusterId)) continue;
    used.set(vote.voterId, n + 1);
    counts.set(vote.clusterId, counts.get(vote.clusterId)! + 1);
  }
  return rankTotals(counts);
}

/** Ranks clusters by their vote totals (kept when a session closes and its ballots are deleted). */
export function rankTotals(counts: ReadonlyMap<string, number>): RankedCluster[] {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return sorted.map(([clusterId, n]) => ({
    clusterId,
    votes: n,
    rank: sorted.findIndex(([, m]) => m === n) + 1,
  }));
}
