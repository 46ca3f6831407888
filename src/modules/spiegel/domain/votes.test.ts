import { describe, expect, it } from 'vitest';
import { tallyVotes, votesLeft } from './votes.ts';

const v = (voterId: string, clusterId: string) => ({ voterId, clusterId });

describe('dot voting', () => {
  it('ranks clusters by votes, ties sharing a rank, unvoted clusters last', () => {
    const votes = [v('a', 'pesten'), v('a', 'gsa'), v('b', 'pesten'), v('c', 'toilet'), v('c', 'gsa')];
    expect(tallyVotes(votes, ['pesten', 'gsa', 'toilet', 'lessen'], 3)).toEqual([
      { clusterId: 'pesten', votes: 2, rank: 1 },
      { clusterId: 'gsa', votes: 2, rank: 1 },
      { clusterId: 'toilet', votes: 1, rank: 3 },
      { clusterId: 'lessen', votes: 0, rank: 4 },
    ]);
  });

  it('lets a person put several votes on one cluster, but no more than their allowance', () => {
    const votes = [v('a', 'pesten'), v('a', 'pesten'), v('a', 'pesten'), v('a', 'gsa')];
    expect(tallyVotes(votes, ['pesten', 'gsa'], 3)[0]).toEqual({ clusterId: 'pesten', votes: 3, rank: 1 });
    expect(tallyVotes(votes, ['pesten', 'gsa'], 3)[1]!.votes).toBe(0);
    expect(votesLeft(votes, 'a', 3)).toBe(0);
    expect(votesLeft(votes, 'b', 3)).toBe(3);
  });

  it('gives a vote back when its cluster was removed or merged', () => {
    expect(tallyVotes([v('a', 'weg'), v('a', 'gsa')], ['gsa'], 1)).toEqual([
      { clusterId: 'gsa', votes: 1, rank: 1 },
    ]);
  });
});
