import { describe, expect, it } from 'vitest';
import { hasContent, observationAnswers, sessionScores } from './learning.ts';

describe('session scores', () => {
  it('averages from five answers on, with one decimal', () => {
    const answers = [5, 4, 4, 3, 5].map((n, i) => ({ howItWent: n, facilitation: i === 0 ? 5 : 4 }));
    expect(sessionScores(answers)).toEqual({ answered: 5, howItWent: 4.2, facilitation: 4.2 });
  });

  it('gives no average of a question fewer than five answered, however many evaluated', () => {
    const six = [1, 2, 3, 4, 5, 4].map((n, i) => ({ howItWent: n, facilitation: i === 0 ? 1 : undefined }));
    expect(sessionScores(six)).toEqual({ answered: 6, howItWent: 3.2, facilitation: null });
  });

  it('shows neither a count nor an average under five answers', () => {
    expect(sessionScores([{ howItWent: 1 }, { howItWent: 2 }])).toEqual({
      answered: '<5',
      howItWent: null,
      facilitation: null,
    });
  });
});

describe('observation form', () => {
  const empty = {
    balance: null,
    balanceNote: '',
    interrupting: '',
    openQuestions: '',
    language: '',
    wentWell: '',
    tip: '',
  };

  it('knows an empty form from one with a single answer', () => {
    expect(hasContent(empty)).toBe(false);
    expect(hasContent({ ...empty, balance: 4 })).toBe(true);
    expect(hasContent({ ...empty, tip: '  ' })).toBe(false);
  });

  it('refuses a balance outside 1–5 and unknown fields', () => {
    expect(observationAnswers.safeParse({ ...empty, balance: 6 }).success).toBe(false);
    expect(observationAnswers.safeParse({ ...empty, score: 1 }).success).toBe(false);
    expect(observationAnswers.safeParse({ ...empty, balance: 3 }).success).toBe(true);
  });
});
