import { describe, expect, it } from 'vitest';
import { holdsRole, isRole, totpRequired } from '../../src/modules/accounts/domain/roles.ts';
import { SESSION_IDLE_MS, sessionAlive } from '../../src/modules/accounts/domain/sessionPolicy.ts';

describe('roles', () => {
  it('knows the six roles of PRODUCT §1', () => {
    for (const role of ['admin', 'coordinator', 'facilitator', 'teacher', 'confidant', 'leader'])
      expect(isRole(role)).toBe(true);
    expect(isRole('root')).toBe(false);
  });

  it('requires TOTP for a confidant anywhere, or for everyone in a school that asks for it', () => {
    expect(totpRequired([{ role: 'teacher', schoolRequiresTotp: false }])).toBe(false);
    expect(
      totpRequired([
        { role: 'teacher', schoolRequiresTotp: false },
        { role: 'confidant', schoolRequiresTotp: false },
      ]),
    ).toBe(true);
    expect(totpRequired([{ role: 'leader', schoolRequiresTotp: true }])).toBe(true);
    expect(totpRequired([])).toBe(false);
  });

  it('lets an organisation administrator act as school admin, but not in other roles', () => {
    expect(holdsRole([], ['admin'], true)).toBe(true);
    expect(holdsRole([], ['confidant'], true)).toBe(false);
    expect(holdsRole(['teacher'], ['admin', 'coordinator'], false)).toBe(false);
    expect(holdsRole(['teacher', 'coordinator'], ['admin', 'coordinator'], false)).toBe(true);
  });
});

describe('session lifetime', () => {
  const start = new Date('2026-09-01T08:00:00Z');
  const session = {
    createdAt: start.toISOString(),
    lastSeenAt: start.toISOString(),
    expiresAt: '2026-09-08T08:00:00.000Z',
  };

  it('ends after a school day of inactivity', () => {
    expect(sessionAlive(session, new Date(start.getTime() + SESSION_IDLE_MS - 1000))).toBe(true);
    expect(sessionAlive(session, new Date(start.getTime() + SESSION_IDLE_MS))).toBe(false);
  });

  it('ends at its expiry however active it is', () => {
    expect(
      sessionAlive({ ...session, lastSeenAt: '2026-09-08T07:59:00.000Z' }, new Date('2026-09-08T08:00:00Z')),
    ).toBe(false);
  });
});

describe('password rule', () => {
  it('asks 15 characters of anyone who holds the confidant role, 10 of everyone else', async () => {
    const { passwordMinimum } = await import('../../src/modules/accounts/domain/passwords.ts');
    expect(passwordMinimum([])).toBe(10);
    expect(passwordMinimum(['teacher', 'leader'])).toBe(10);
    expect(passwordMinimum(['teacher', 'confidant'])).toBe(15);
  });
});
