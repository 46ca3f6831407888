import { describe, expect, it } from 'vitest';
import { comparePlanOrder, dayIn, isOverdue, ownsAction } from './actions.ts';

describe('overdue actions', () => {
  it('is overdue the day after its due day, unless done or dropped', () => {
    expect(isOverdue({ dueDate: '2027-01-15', status: 'planned' }, '2027-01-15')).toBe(false);
    expect(isOverdue({ dueDate: '2027-01-15', status: 'planned' }, '2027-01-16')).toBe(true);
    expect(isOverdue({ dueDate: '2027-01-15', status: 'inProgress' }, '2027-02-01')).toBe(true);
    expect(isOverdue({ dueDate: '2027-01-15', status: 'done' }, '2027-02-01')).toBe(false);
    expect(isOverdue({ dueDate: '2027-01-15', status: 'dropped' }, '2027-02-01')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'planned' }, '2099-01-01')).toBe(false);
  });

  it('reads the day where the school is: 23:30 UTC on 15 January is already the 16th in Amsterdam', () => {
    expect(dayIn('Europe/Amsterdam', new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-16');
    expect(dayIn('Europe/Amsterdam', new Date('2027-07-15T21:59:00Z'))).toBe('2027-07-15');
    expect(dayIn('Europe/Amsterdam', new Date('2027-07-15T22:00:00Z'))).toBe('2027-07-16');
  });
});

describe('owners', () => {
  it('owns an action by name, or by a role held in its school', () => {
    expect(ownsAction({ ownerUserId: 'u1', ownerRole: null }, 'u1', [])).toBe(true);
    expect(ownsAction({ ownerUserId: 'u1', ownerRole: null }, 'u2', ['teacher'])).toBe(false);
    expect(ownsAction({ ownerUserId: null, ownerRole: 'leader' }, 'u2', ['teacher', 'leader'])).toBe(true);
    expect(ownsAction({ ownerUserId: null, ownerRole: 'leader' }, 'u2', ['teacher'])).toBe(false);
    expect(ownsAction({ ownerUserId: null, ownerRole: null }, 'u2', ['teacher'])).toBe(false);
  });
});

describe('the order of a plan', () => {
  it('puts overdue first, then by due day with undated last, then as written', () => {
    const plan = [
      { id: 'undated', overdue: false, dueDate: null, position: 1 },
      { id: 'march', overdue: false, dueDate: '2027-03-01', position: 2 },
      { id: 'late', overdue: true, dueDate: '2026-12-01', position: 3 },
      { id: 'february', overdue: false, dueDate: '2027-02-01', position: 4 },
      { id: 'undated2', overdue: false, dueDate: null, position: 5 },
    ];
    expect([...plan].sort(comparePlanOrder).map((a) => a.id)).toEqual([
      'late',
      'february',
      'march',
      'undated',
      'undated2',
    ]);
  });
});
