/**
 * Working on a case (PRODUCT M4): checklist steps with their times, internal notes, restorative conversations,
 * and staff's "niet-pluis" signals. Whatever a confidant writes is sealed to the case key, which only confidants
 * (and the recovery key) hold, never the receipt code; only the times and who ticked a step stay readable.
 */
import { randomUUID } from 'node:crypto';
import { lock, newSalt, newSecretKey, openSealed, sealTo } from '../../../platform/crypto/sodium.ts';
import type { Services } from '../../../server/context.ts';
import { conflict, notFound } from '../../../server/errors.ts';
import { type Checklist, nextTick } from '../domain/handling.ts';
import { handlingRepository } from '../repositories/handling.ts';
import { confidantsOf, receivesReports, reportsRepository } from '../repositories/reports.ts';
import { settingsOf } from '../repositories/settings.ts';
import { grantText, newCaseKeys } from './caseKeys.ts';
import type { OpenedCase } from './cases.ts';

export async function listSteps(services: Services, { report, keys }: OpenedCase) {
  const names = new Map(
    (await confidantsOf(services.db, report.school_id)).map((c) => [c.userId, c.name] as const),
  );
  return (await handlingRepository(services.db, report.school_id).steps(report.id)).map((s) => ({
    checklist: s.checklist as Checklist,
    step: s.step,
    doneAt: s.done_at,
    doneBy: s.done_by ? (names.get(s.done_by) ?? null) : null,
    note: s.note ? openSealed(keys.case, s.note) : '',
  }));
}

export async function setStep(
  services: Services,
  { report, keys }: OpenedCase,
  userId: string,
  checklist: Checklist,
  step: string,
  input: { done: boolean; note: string },
): Promise<void> {
  const handling = handlingRepository(services.db, report.school_id);
  const earlier = (await handling.steps(report.id)).find((s) => s.checklist === checklist && s.step === step);
  await handling.setStep(report.id, checklist, step, {
    ...nextTick(earlier ?? null, input.done, userId, services.clock.now()),
    note: input.note ? sealTo(keys.case.publicKey, input.note) : '',
  });
}

export async function listNotes(services: Services, { report, keys }: OpenedCase) {
  return (await handlingRepository(services.db, report.school_id).notes(report.id)).map((n) => ({
    id: n.id,
    body: openSealed(keys.case, n.body),
    authorName: n.author_name,
    at: n.created_at,
  }));
}

export async function addNote(
  services: Services,
  { report, keys }: OpenedCase,
  userId: string,
  body: string,
) {
  await handlingRepository(services.db, report.school_id).addNote(
    report.id,
    userId,
    sealTo(keys.case.publicKey, body),
    services.clock.now(),
  );
}

export async function listRestorative(services: Services, { report, keys }: OpenedCase) {
  return (await handlingRepository(services.db, report.school_id).restorative(report.id)).map((r) => ({
    id: r.id,
    plannedAt: r.planned_at,
    participants: openSealed(keys.case, r.participants),
    agreements: openSealed(keys.case, r.agreements),
    heldAt: r.held_at,
  }));
}

export async function planRestorative(
  services: Services,
  { report, keys }: OpenedCase,
  input: { plannedAt: string; participants: string; agreements: string },
): Promise<void> {
  await handlingRepository(services.db, report.school_id).addRestorative(
    report.id,
    {
      planned_at: input.plannedAt,
      participants: sealTo(keys.case.publicKey, input.participants),
      agreements: sealTo(keys.case.publicKey, input.agreements),
    },
    services.clock.now(),
  );
}

/** Records that a restorative conversation was held (or not), and its agreements; 404 for another case's. */
export async function updateRestorative(
  services: Services,
  { report, keys }: OpenedCase,
  conversationId: string,
  input: { held?: boolean | undefined; agreements?: string | undefined },
): Promise<void> {
  const handling = handlingRepository(services.db, report.school_id);
  const conversation = await handling.findRestorative(conversationId);
  if (!conversation || conversation.report_id !== report.id) throw notFound();
  await handling.updateRestorative(conversation.id, {
    ...(input.held !== undefined ? { held_at: input.held ? services.clock.now().toISOString() : null } : {}),
    ...(input.agreements !== undefined ? { agreements: sealTo(keys.case.publicKey, input.agreements) } : {}),
  });
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
  const confidants = (await confidantsOf(services.db, schoolId)).filter(receivesReports);
  if (confidants.length === 0) throw conflict('errors.meldpuntNotOpen');
  const settings = await settingsOf(services.db, schoolId);
  const keys = newCaseKeys();
  const granted = grantText(keys);
  const now = services.clock.now().toISOString();
  // No code opens it: the key is locked under a random key that nobody keeps.
  const salt = newSalt();
  await reportsRepository(services.db, schoolId).add(
    {
      id: randomUUID(),
      code_locator: '',
      public_key: keys.report.publicKey,
      key_by_code: lock(newSecretKey(), keys.report.privateKey),
      code_salt: salt,
      key_for_recovery: settings.recovery_public_key ? sealTo(settings.recovery_public_key, granted) : null,
      recovery_with_case_key: 1,
      case_public_key: keys.case.publicKey,
      content: sealTo(
        keys.report.publicKey,
        JSON.stringify({ story: body, when: '', who: '', contact: null }),
      ),
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
      sealedKey: sealTo(c.publicKey!, granted),
    })),
  );
}
