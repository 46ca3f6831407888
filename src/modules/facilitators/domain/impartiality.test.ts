import { describe, expect, it } from 'vitest';
import { isExternal, ownTeamConflicts } from './impartiality.ts';

describe('impartiality', () => {
  const internal = { userId: 'anna', homeTeamIds: ['onderbouw'] };
  const twoTeams = { userId: 'bram', homeTeamIds: ['bovenbouw', 'onderbouw'] };
  const external = { userId: 'cor', homeTeamIds: [] };

  it('refuses only facilitators whose own team listens', () => {
    expect(ownTeamConflicts('onderbouw', [internal, twoTeams, external])).toEqual(['anna', 'bram']);
    expect(ownTeamConflicts('bovenbouw', [internal, twoTeams, external])).toEqual(['bram']);
  });

  it('has no conflicts when no team listens', () => {
    expect(ownTeamConflicts(null, [internal, twoTeams])).toEqual([]);
  });

  it('calls a facilitator without a home team external', () => {
    expect(isExternal(external)).toBe(true);
    expect(isExternal(internal)).toBe(false);
  });
});
