import { describe, expect, it } from 'vitest';
import { planWarnings } from '../domain/planWarnings.ts';
import { templateSchema, totalMinutes } from '../domain/template.ts';
import { shippedTemplates } from './index.ts';

describe('shipped templates', () => {
  it('are valid templates with English for every text', () => {
    for (const [key, template] of Object.entries(shippedTemplates)) {
      expect(templateSchema.safeParse(template).success, key).toBe(true);
      const texts = JSON.stringify(template).match(/"nl":/g)?.length;
      expect(JSON.stringify(template).match(/"en":/g)?.length, key).toBe(texts);
    }
  });

  it('follow the school method: opening, rounds of 45/30/45/30/15 minutes, closing, within 3 hours', () => {
    const t = shippedTemplates['gender-diversiteit']!;
    expect(t.phases.map((p) => p.kind)).toEqual([
      'opening',
      'round',
      'round',
      'round',
      'round',
      'round',
      'closing',
    ]);
    expect(t.phases.filter((p) => p.kind === 'round').map((p) => p.minutes)).toEqual([45, 30, 45, 30, 15]);
    expect(totalMinutes(t)).toBeLessThanOrEqual(180);
    expect(t.phases.find((p) => p.id === 'round1')).toMatchObject({
      inner: 'voices',
      speakers: 'voices',
      listeners: 'listeners',
    });
    expect(t.phases.find((p) => p.id === 'round3')).toMatchObject({
      inner: 'listeners',
      speakers: 'listeners',
      listeners: 'voices',
    });
    expect(t.phases.find((p) => p.id === 'round4')?.seating).toBe('groups');
  });

  it("name the care variant's sides participants and listeners, with two facilitators", () => {
    const t = shippedTemplates.spiegelbijeenkomst!;
    expect([t.voices.label.nl, t.listeners.label.nl]).toEqual(['deelnemer', 'toehoorder']);
    expect(t.facilitators).toEqual({ min: 2, max: 2 });
  });
});

describe('plan warnings', () => {
  const t = shippedTemplates['gender-diversiteit']!;
  it('are quiet for a plan within the method', () => {
    expect(planWarnings({ voices: 12, listeners: 6, facilitators: 1 }, t)).toEqual([]);
  });
  it('warn about too few or too many students, too many teachers, and the facilitator count', () => {
    expect(planWarnings({ voices: 5, listeners: 9, facilitators: 2 }, t).map((w) => w.code)).toEqual([
      'voicesTooFew',
      'listenersTooMany',
      'facilitatorsOff',
    ]);
    expect(planWarnings({ voices: 16, listeners: 2, facilitators: 1 }, t)).toEqual([
      { code: 'voicesTooMany', count: 16, min: 8, max: 15 },
    ]);
  });
  it('warn when the rounds together take longer than three hours', () => {
    const long = { ...t, phases: t.phases.map((p) => ({ ...p, minutes: p.minutes + 10 })) };
    expect(planWarnings({ voices: 10, listeners: 5, facilitators: 1 }, long)).toEqual([
      { code: 'tooLong', minutes: 250, max: 180 },
    ]);
  });
});
