import { describe, expect, it } from 'vitest';
import { countRecommendations, groupOf, liveViewFor, type Recommendation } from './recommendations.ts';

const recs: Recommendation[] = [
  { id: '1', groupIndex: 0, target: 'teachers', text: 'a' },
  { id: '2', groupIndex: 1, target: 'teachers', text: 'b' },
  { id: '3', groupIndex: 0, target: 'policy', text: 'c' },
  { id: '4', groupIndex: 0, target: 'teachers', text: 'd' },
];
const view = {
  phaseIndex: 4,
  groups: [
    ['p1', 'p2', 'p3'],
    ['p4', 'p5', 'p6'],
  ],
  recommendations: recs,
  myVotes: [] as string[],
  ballots: { p1: ['c1', 'c1'], p4: ['c2'] },
};

describe('recommendations per audience', () => {
  it('counts post-its per group and target', () => {
    expect(countRecommendations(recs)).toEqual([
      { groupIndex: 0, target: 'teachers', count: 2 },
      { groupIndex: 0, target: 'policy', count: 1 },
      { groupIndex: 1, target: 'teachers', count: 1 },
    ]);
  });

  it("gives a phone only its own group's post-its, and none when it is in no group", () => {
    expect(
      liveViewFor(view, { as: 'participant', participantId: 'p5' }, 4).recommendations.map((r) => r.id),
    ).toEqual(['2']);
    expect(liveViewFor(view, { as: 'participant', participantId: 'late' }, 4).recommendations).toEqual([]);
    expect(groupOf(view.groups, 'p3')).toBe(0);
  });

  it('shows the projector the texts only after the groups phase, staff always', () => {
    expect(liveViewFor(view, { as: 'projector' }, 4).recommendations).toEqual([]);
    expect(liveViewFor({ ...view, phaseIndex: 5 }, { as: 'projector' }, 4).recommendations).toHaveLength(4);
    expect(liveViewFor(view, { as: 'staff' }, 4).recommendations).toHaveLength(4);
  });

  it('tells each phone only its own votes, and nobody else who voted for what', () => {
    expect(liveViewFor(view, { as: 'participant', participantId: 'p1' }, 4).myVotes).toEqual(['c1', 'c1']);
    expect(liveViewFor(view, { as: 'participant', participantId: 'p2' }, 4).myVotes).toEqual([]);
    for (const audience of [
      { as: 'staff' },
      { as: 'projector' },
      { as: 'participant', participantId: 'p1' },
    ] as const) {
      expect(liveViewFor(view, audience, 4)).not.toHaveProperty('ballots');
    }
  });
});
