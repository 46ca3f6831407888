/**
 * The board's crisis log (PRODUCT M5): started by a school leader or administrator, or by a confidant from a case;
 * worked through by the board with a time, a name and a short note per step. What the board reads here is only
 * this log: no word of a report, and not which case it came from. Title and notes are sealed at rest with the
 * server's secret box (they are the board's own words, not report content, but may still name people).
 */
import { isLocale, type Locale } from '../../../platform/i18n/index.ts';
import { meldpuntCrisisMail } from '../../../platform/mail/templates.ts';
import { inBackground, type Services } from '../../../server/context.ts';
import { notFound } from '../../../server/errors.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { type CrisisStep, crisisProgress, crisisSteps } from '../domain/crisis.ts';
import { nextTick } from '../domain/handling.ts';
import { boardOf, crisesRepository } from '../repositories/crises.ts';

const openText = (services: Services, sealed: string) => (sealed ? services.box.open(sealed) : '');
const sealText = (services: Services, text: string) => (text ? services.box.seal(text) : '');

/** Every crisis log of the school, newest first, with how far each has come. */
export async function listCrises(services: Services, schoolId: string) {
  const repo = crisesRepository(services.db, schoolId);
  const rows = await repo.list();
  const steps = await repo.steps(rows.map((r) => r.id));
  return rows.map((row) => {
    const progress = crisisProgress(
      steps.filter((s) => s.crisis_id === row.id).map((s) => ({ step: s.step, doneAt: s.done_at })),
    );
    return {
      id: row.id,
      title: openText(services, row.title),
      startedAt: row.started_at,
      startedBy: row.started_by_name,
      closedAt: row.closed_at,
      done: progress.done,
      total: progress.total,
    };
  });
}

/** One crisis log as the board sees it: every step of the method, done or not. */
export async function showCrisis(services: Services, schoolId: string, crisisId: string) {
  const repo = crisesRepository(services.db, schoolId);
  const row = await repo.find(crisisId);
  if (!row) throw notFound();
  const recorded = await repo.steps([row.id]);
  const steps = crisisSteps.map((step) => {
    const found = recorded.find((s) => s.step === step);
    return {
      step,
      doneAt: found?.done_at ?? null,
      doneBy: found?.done_at ? (found.done_by_name ?? null) : null,
      note: openText(services, found?.note ?? ''),
    };
  });
  return {
    id: row.id,
    title: openText(services, row.title),
    startedAt: row.started_at,
    startedBy: row.started_by_name,
    closedAt: row.closed_at,
    closedBy: row.closed_at ? row.closed_by_name : null,
    steps,
    next: crisisProgress(steps).next,
  };
}

/**
 * Starts a crisis log; from a case, at most one per case (the existing one is returned, also to a colleague who
 * pressed at the same moment). The board hears of it by mail, a link and nothing else, after the answer: a slow
 * mail server must not hold up the start of a crisis approach.
 */
export async function startCrisis(
  services: Services,
  schoolId: string,
  userId: string,
  input: { title: string; reportId: string | null },
  onMailError: (error: unknown) => void,
): Promise<{ id: string; created: boolean }> {
  const repo = crisesRepository(services.db, schoolId);
  const existing = async () => (input.reportId ? await repo.byReport(input.reportId) : undefined);
  const before = await existing();
  if (before) return { id: before.id, created: false };
  let id: string;
  try {
    id = await repo.create(
      { reportId: input.reportId, title: sealText(services, input.title), startedBy: userId },
      services.clock.now(),
    );
  } catch (error) {
    // The one-log-per-case index refused: someone else started it between the look and the insert.
    const raced = await existing();
    if (raced) return { id: raced.id, created: false };
    throw error;
  }
  inBackground(services, tellTheBoard(services, schoolId, userId, id), onMailError);
  return { id, created: true };
}

/** Mails each board member (but the starter); one refused address does not stop the others. Counts, no addresses. */
async function tellTheBoard(services: Services, schoolId: string, starterId: string, crisisId: string) {
  const school = (await schoolsRepository(services.db).find(schoolId))?.name ?? '';
  const link = `${services.publicUrl}/meldpunt/${schoolId}/crisis/${crisisId}`;
  const people = (await boardOf(services.db, schoolId)).filter((person) => person.id !== starterId);
  let failed = 0;
  for (const person of people) {
    const locale: Locale = isLocale(person.locale) ? person.locale : 'nl';
    await services.mailer.send(meldpuntCrisisMail(locale, person.email, { school, link })).catch(() => {
      failed += 1;
    });
  }
  if (failed > 0) throw new Error(`${failed} of ${people.length} crisis mails were not accepted`);
}

/** Ticks (or unticks) a step with its time and who, and keeps its note. */
export async function setCrisisStep(
  services: Services,
  schoolId: string,
  crisisId: string,
  userId: string,
  step: CrisisStep,
  input: { done: boolean; note: string },
): Promise<void> {
  const repo = crisesRepository(services.db, schoolId);
  if (!(await repo.find(crisisId))) throw notFound();
  const earlier = (await repo.steps([crisisId])).find((s) => s.step === step);
  await repo.setStep(crisisId, step, {
    ...nextTick(earlier ?? null, input.done, userId, services.clock.now()),
    note: sealText(services, input.note),
  });
}

/** Renames a crisis log, or closes (or reopens) it; closing keeps its time and who. */
export async function updateCrisis(
  services: Services,
  schoolId: string,
  crisisId: string,
  userId: string,
  input: { title?: string | undefined; closed?: boolean | undefined },
): Promise<void> {
  const repo = crisesRepository(services.db, schoolId);
  const row = await repo.find(crisisId);
  if (!row) throw notFound();
  const now = services.clock.now().toISOString();
  await repo.update(crisisId, {
    ...(input.title !== undefined ? { title: sealText(services, input.title) } : {}),
    ...(input.closed === true && !row.closed_at ? { closed_at: now, closed_by: userId } : {}),
    ...(input.closed === false ? { closed_at: null, closed_by: null } : {}),
  });
}
