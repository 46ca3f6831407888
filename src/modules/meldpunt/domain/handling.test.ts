import { describe, expect, it } from 'vitest';
import { addMonths, deadlines, purgeDue, reminderDue } from './handling.ts';

const settings = { ackDays: 7, feedbackMonths: 3 };

describe('deadlines', () => {
  it('asks for acknowledgement within seven days, then feedback within three months of it', () => {
    const fresh = deadlines(
      { status: 'new', createdAt: '2026-11-02T10:00:00.000Z', acknowledgedAt: null },
      settings,
      new Date('2026-11-05T00:00:00Z'),
    );
    expect(fresh).toEqual({ ackDue: '2026-11-09T10:00:00.000Z', feedbackDue: null, overdue: false });
    const acked = deadlines(
      {
        status: 'acknowledged',
        createdAt: '2026-11-02T10:00:00.000Z',
        acknowledgedAt: '2026-11-04T09:00:00.000Z',
      },
      settings,
      new Date('2027-02-05T00:00:00Z'),
    );
    expect(acked).toEqual({ ackDue: null, feedbackDue: '2027-02-04T09:00:00.000Z', overdue: true });
  });

  it('has no deadlines for a closed case', () => {
    const closed = deadlines(
      { status: 'closed', createdAt: '2026-01-01T00:00:00.000Z', acknowledgedAt: null },
      settings,
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(closed.overdue).toBe(false);
  });

  it('adds months without running past the end of a short month', () => {
    expect(addMonths('2026-11-30T12:00:00.000Z', 3)).toBe('2027-02-28T12:00:00.000Z');
  });
});

describe('reminders', () => {
  const d = { ackDue: '2026-11-09T10:00:00.000Z', feedbackDue: null, overdue: false };
  it('reminds two days before acknowledgement is due, once', () => {
    expect(reminderDue(d, { ack: null, feedback: null }, new Date('2026-11-07T09:00:00Z'))).toBeNull();
    expect(reminderDue(d, { ack: null, feedback: null }, new Date('2026-11-07T10:00:00Z'))).toBe('ack');
    expect(
      reminderDue(d, { ack: '2026-11-07T10:00:00Z', feedback: null }, new Date('2026-11-08T00:00:00Z')),
    ).toBeNull();
  });

  it('reminds two weeks before feedback is due', () => {
    const later = { ackDue: null, feedbackDue: '2027-02-04T09:00:00.000Z', overdue: false };
    expect(reminderDue(later, { ack: 'x', feedback: null }, new Date('2027-01-21T09:00:00Z'))).toBe(
      'feedback',
    );
  });
});

describe('retention', () => {
  it('purges a closed case once its period has passed, and never an open one', () => {
    expect(purgeDue('2026-08-01T00:00:00Z', 90, new Date('2026-10-29T23:59:59Z'))).toBe(false);
    expect(purgeDue('2026-08-01T00:00:00Z', 90, new Date('2026-10-30T00:00:00Z'))).toBe(true);
    expect(purgeDue(null, 90, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
