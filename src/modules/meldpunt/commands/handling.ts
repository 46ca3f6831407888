/**
 * Working on a case (PRODUCT M4, M5): checklist steps with their times, internal notes, restorative
 * conversations, and staff's "niet-pluis" signals. Whatever a person writes is sealed to the report's key, like
 * the report itself; only the times and who ticked a step stay readable.
 */
import { randomUUID } from 'node:crypto';
import {
  type KeyPair,
  lock,
  newKeyPair,
  newSalt,
  newSecretKey,
  openSealed,
  sealTo,
} from '../../../platform/crypto/sodium.ts';
import type { Services } from '../../../server/context.ts';
import { conflict } from '../../../server/errors.ts';
import type { Checklist } from '../domain/handling.ts';
import { handlingRepository } from '../repositories/handling.ts';
import { confidantsOf, type ReportRow, reportsRepository } from '../repositories/reports.ts';
import { settingsOf } from '../repositories/settings.ts';

export async function listSteps(services: Services, report: ReportRow, pair: KeyPair) {
  const names = new Map(
    (await confidantsOf(services.db, report.school_id)).map((c) => [c.userId, c.name] as const),
  );
  return (await handlingRepository(services.db, report.school_id).steps(report.id)).map((s) => ({
    checklist: s.checklist as Checklist,
    step: s.step,
    doneAt: s.done_at,
    doneBy: s.done_by ? (names.get(s.done_by) ?? null) : null,
    note: s.note ? openSealed(pair, s.note) : '',
  }));
}

export async function setStep(
  services: Services,
  report: ReportRow,
  userId: string,
  checklist: Checklist,
  step: string,
  input: { done: boolean; note: string },
): Promise<void> {
  const handling = handlingRepository(services.db, report.school_id);
  const earlier = (await handling.steps(report.id)).find((s) => s.checklist === checklist && s.step === step);
  // A step keeps the time it was first ticked; unticking clears it.
  const doneAt = input.done ? (earlier?.done_at ?? services.clock.now().toISOString()) : null;
  await handling.setStep(report.id, checklist, step, {
    done_at: doneAt,
    done_by: input.done ? (earlier?.done_at ? earlier.done_by : userId) : null,
    note: input.note ? sealTo(report.public_key, input.note) : '',
  });
}

export async function listNotes(services: Services, report: ReportRow, pair: KeyPair) {
  return (await handlingRepository(services.db, report.school_id).notes(report.id)).map((n) => ({
    id: n.id,
    body: openSealed(pair, n.body),
    authorName: n.author_name,
    at: n.created_at,
  }));
}

export async function addNote(services: Services, report: ReportRow, userId: string, body: string) {
  await handlingRepository(services.db, report.school_id).addNote(
    report.id,
    userId,
    sealTo(report.public_key, body),
    services.clock.now(),
  );
}

export async function listRestorative(services: Services, report: ReportRow, pair: KeyPair) {
  return (await handlingRepository(services.db, report.school_id).restorative(report.id)).map((r) => ({
    id: r.id,
    plannedAt: r.planned_at,
    participants: openSealed(pair, r.participants),
    agreements: openSealed(pair, r.agreements),
    heldAt: r.held_at,
  }));
}

export async function planRestorative(
  services: Services,
  report: ReportRow,
  input: { plannedAt: string; participants: string; agreements: string },
): Promise<void> {
  await handlingRepository(services.db, report.school_id).addRestorative(
    report.id,
    {
      planned_at: input.plannedAt,
      participants: sealTo(report.public_key, input.participants),
      agreements: sealTo(report.public_key, input.agreements),
    },
    services.clock.now(),
  );
}

/**
 * A staff member's low-threshold "niet-pluis" signal (M4): kept like a report (sealed to its own key, which goes
 * to the confidants and the recovery key) but not a case until a confidant converts it. There is no receipt code:
 * the staff member follows up in person.
 */
export async function recordSignal(
  services: Services,
  schoolId: string,
  userId: string,
  body: string,
): Promise<void> {
  const confidants = (await confidantsOf(services.db, schoolId)).filter((c) => c.publicKey !== null);
  if (confidants.length === 0) throw conflict('errors.meldpuntNotOpen');
  const settings = await settingsOf(services.db, schoolId);
  const pair = newKeyPair();
  const now = services.clock.now().toISOString();
  // No code opens it: the key is locked under a random key that nobody keeps.
  const salt = newSalt();
  await reportsRepository(services.db, schoolId).add(
    {
      id: randomUUID(),
      code_locator: '',
      public_key: pair.publicKey,
      key_by_code: lock(newSecretKey(), pair.privateKey),
      code_salt: salt,
      key_for_recovery: settings.recovery_public_key
        ? sealTo(settings.recovery_public_key, pair.privateKey)
        : null,
      content: sealTo(pair.publicKey, JSON.stringify({ story: body, when: '', who: '', contact: null })),
      category: 'other',
      location: 'school',
      period: 'ongoing',
      involved: JSON.stringify(['other']),
      needs: JSON.stringify(['recordOnly']),
      minor: 'unknown',
      anonymous: 0,
      legal_duty: 0,
      confidant_id: null,
      assigned_to: null,
      status: 'new',
      severity: null,
      created_at: now,
      acknowledged_at: null,
      closed_at: null,
      updated_at: now,
      kind: 'signal',
      created_by: userId,
      reminded_ack_at: null,
      reminded_feedback_at: null,
      outcome: null,
    },
    confidants.map((c) => ({
      userId: c.userId,
      publicKey: c.publicKey!,
      sealedKey: sealTo(c.publicKey!, pair.privateKey),
    })),
  );
}
