import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../templates/index.ts';
import { applyLiveCommand, initialLiveState, LiveCommandError, phaseTimer } from './live.ts';
import { remainingMs } from './timer.ts';

const template = shippedTemplates['gender-diversiteit']!;
const MIN = 60_000;

describe('live session state', () => {
  it('starts at the opening with the agreed rules and no question', () => {
    const state = initialLiveState(['a', 'b']);
    expect(state).toMatchObject({ phaseIndex: 0, questionIndex: -1, rules: ['a', 'b'], groups: null });
    expect(remainingMs(phaseTimer(state, template), 0)).toBe(10 * MIN);
  });

  it("shows the first question of a round when moving to it, and keeps each round's timer when going back", () => {
    let s = initialLiveState([]);
    s = applyLiveCommand(s, { type: 'goToPhase', index: 1 }, template, 0);
    expect(s.questionIndex).toBe(0);
    s = applyLiveCommand(s, { type: 'startTimer' }, template, 0);
    s = applyLiveCommand(s, { type: 'goToPhase', index: 2 }, template, 10 * MIN);
    expect(remainingMs(phaseTimer(s, template), 10 * MIN)).toBe(30 * MIN);
    s = applyLiveCommand(s, { type: 'goToPhase', index: 1 }, template, 20 * MIN);
    expect(phaseTimer(s, template)).toMatchObject({ status: 'paused', remainingMs: 35 * MIN });
  });

  it('pauses, resumes and extends the current round', () => {
    let s = applyLiveCommand(initialLiveState([]), { type: 'goToPhase', index: 2 }, template, 0);
    s = applyLiveCommand(s, { type: 'startTimer' }, template, 0);
    s = applyLiveCommand(s, { type: 'pauseTimer' }, template, 5 * MIN);
    s = applyLiveCommand(s, { type: 'extendTimer', minutes: 5 }, template, 6 * MIN);
    s = applyLiveCommand(s, { type: 'startTimer' }, template, 9 * MIN);
    expect(remainingMs(phaseTimer(s, template), 9 * MIN)).toBe(30 * MIN);
  });

  it('refuses phases and questions that do not exist', () => {
    const s = initialLiveState([]);
    expect(() => applyLiveCommand(s, { type: 'goToPhase', index: 99 }, template, 0)).toThrow(
      LiveCommandError,
    );
    expect(() => applyLiveCommand(s, { type: 'showQuestion', index: 0 }, template, 0)).toThrow(
      LiveCommandError,
    );
  });

  it('keeps groups and rules when moving between phases', () => {
    let s = applyLiveCommand(
      initialLiveState(['x']),
      { type: 'setGroups', groups: [['p1', 'p2', 'p3']] },
      template,
      0,
    );
    s = applyLiveCommand(s, { type: 'goToPhase', index: 5 }, template, 0);
    s = applyLiveCommand(s, { type: 'goToPhase', index: 4 }, template, 0);
    expect(s.groups).toEqual([['p1', 'p2', 'p3']]);
    expect(s.rules).toEqual(['x']);
  });
});
