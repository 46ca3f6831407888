import { describe, expect, it } from 'vitest';
import { type EvaluationAnswers, pendingEvaluations, summariseEvaluations } from './evaluation.ts';

const answer = (a: EvaluationAnswers) => a;

describe('the evaluation summary', () => {
  it('shows nothing exactly under five answers, not even zeros or the free texts', () => {
    const summary = summariseEvaluations(
      [answer({ howItWent: 5, improve: 'Meer pauze' }), answer({ howItWent: 2 })],
      1,
    );
    expect(summary.answered).toBe('<5');
    expect(Object.values(summary.questions.howItWent)).toEqual(['<5', '<5', '<5', '<5', '<5']);
    expect(summary.questions.joinAgain).toEqual({ yes: '<5', maybe: '<5', no: '<5' });
    expect(summary.improvements).toEqual([]);
    expect(summary.aftercareRequests).toBe('<5');
  });

  it('counts each answer from five on, still hiding any count under five', () => {
    const all = [
      ...Array.from({ length: 6 }, () => answer({ feltSafe: 'yes', howItWent: 4 })),
      answer({ feltSafe: 'no', improve: '  ' }),
      answer({ improve: 'Eerder beginnen' }),
    ];
    const summary = summariseEvaluations(all, 0);
    expect(summary.answered).toBe(8);
    expect(summary.questions.feltSafe).toEqual({ yes: 6, mostly: '<5', no: '<5' });
    expect(summary.questions.howItWent['4']).toBe(6);
    expect(summary.improvements).toEqual(['Eerder beginnen']);
  });

  it('ignores answers outside the options and lets the caller shuffle the texts', () => {
    const all = Array.from({ length: 5 }, (_, i) => answer({ howItWent: 9, improve: `tekst ${i}` }));
    const summary = summariseEvaluations(all, 5, (items) => [...items].reverse());
    expect(summary.questions.howItWent).toEqual({ 1: '<5', 2: '<5', 3: '<5', 4: '<5', 5: '<5' });
    expect(summary.improvements[0]).toBe('tekst 4');
    expect(summary.aftercareRequests).toBe(5);
  });

  it('says only how many answered while answers may still come in', () => {
    const pending = pendingEvaluations(7);
    expect(pending).toMatchObject({ final: false, answered: 7, improvements: [], aftercareRequests: '<5' });
    expect(Object.values(pending.questions.feltSafe)).toEqual(['<5', '<5', '<5']);
    expect(pendingEvaluations(3).answered).toBe('<5');
  });
});
