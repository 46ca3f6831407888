/**
 * The session report (S10): theme, date, how many took part per side (never names), the recommendations by
 * target, the clusters with their votes, the action plan and the evaluation. Every count under five is "<5".
 * Nothing here reads a participant's display name: they are not part of the report, and are deleted at close.
 */
import type { z } from 'zod';
import type { MirrorSession } from '../../../platform/db/schema.ts';
import { type Locale, translate } from '../../../platform/i18n/index.ts';
import { showCount } from '../../../platform/privacy/smallNumbers.ts';
import type { Services } from '../../../server/context.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import { shownRounds } from '../../facilitators/commands/rounds.ts';
import { isOverdue } from '../domain/actions.ts';
import { defaultVoting, type LiveState } from '../domain/live.ts';
import { plural } from '../domain/plural.ts';
import { targets } from '../domain/recommendations.ts';
import { sides, textIn } from '../domain/template.ts';
import { rankTotals, tallyVotes } from '../domain/votes.ts';
import { mirrorActionsRepository } from '../repositories/actions.ts';
import { mirrorClustersRepository } from '../repositories/clusters.ts';
import { mirrorParticipantsRepository } from '../repositories/participants.ts';
import { mirrorRecommendationsRepository } from '../repositories/recommendations.ts';
import type { reportSchema } from '../routes/followUpSchemas.ts';
import { followUpOf, today } from './actionPlan.ts';
import { evaluationSummary } from './evaluation.ts';
import { sessionTemplate } from './plan.ts';

export type Report = z.infer<typeof reportSchema>;

function capitalise(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

async function countsBySide(services: Services, session: MirrorSession) {
  if (session.final_counts) return JSON.parse(session.final_counts) as { voices: number; listeners: number };
  return mirrorParticipantsRepository(services.db, session.school_id).countBySide(session.id);
}

async function rankedClusters(services: Services, session: MirrorSession) {
  const clusters = mirrorClustersRepository(services.db, session.school_id);
  const list = await clusters.list(session.id);
  const state = JSON.parse(session.live_state) as LiveState;
  const ranked =
    session.status === 'closed'
      ? rankTotals(await clusters.finalVotes(session.id))
      : tallyVotes(
          await clusters.votes(session.id),
          list.map((c) => c.id),
          (state.voting ?? defaultVoting).perPerson,
        );
  const byId = new Map(ranked.map((r) => [r.clusterId, r]));
  return list
    .map((c) => ({ ...c, rank: byId.get(c.id)?.rank ?? 0, votes: byId.get(c.id)?.votes ?? 0 }))
    .sort((a, b) => a.rank - b.rank);
}

export async function buildReport(
  services: Services,
  session: MirrorSession,
  locale: Locale,
): Promise<Report> {
  const template = sessionTemplate(session);
  const school = await schoolsRepository(services.db).find(session.school_id);
  const counts = await countsBySide(services, session);
  const recommendations = await mirrorRecommendationsRepository(services.db, session.school_id).list(
    session.id,
  );
  const texts = new Map(recommendations.map((r) => [r.id, r.text]));
  const clusters = await rankedClusters(services, session);
  const actions = await mirrorActionsRepository(services.db, session.school_id).listForSession(session.id);
  const day = today(services);
  const followUp = await followUpOf(services, session);
  return {
    title: session.title,
    templateName: textIn(template.name, locale),
    schoolName: school?.name ?? '',
    date: session.scheduled_at,
    status: session.status,
    participants: sides.map((side) => ({
      side,
      label: capitalise(plural(textIn(template[side].label, locale), locale), locale),
      count: showCount(counts[side]),
    })),
    recommendations: targets
      .map((target) => ({
        target,
        texts: recommendations.filter((r) => r.target === target).map((r) => r.text),
      }))
      .filter((group) => group.texts.length > 0),
    clusters: clusters.map((c) => ({
      title: c.title,
      rank: c.rank,
      votes: showCount(c.votes),
      recommendations: c.recommendationIds.map((id) => texts.get(id) ?? '').filter((t) => t !== ''),
    })),
    actions: actions.map((a) => ({
      what: a.what,
      target: a.target,
      owner: a.owner_user_id
        ? a.owner_name
        : a.owner_role
          ? translate(locale, `role.${a.owner_role}` as 'role.teacher')
          : null,
      dueDate: a.due_date,
      status: a.status,
      overdue: isOverdue({ dueDate: a.due_date, status: a.status }, day),
    })),
    followUp: { leadName: followUp.leadName, contactPersonName: followUp.contactPersonName },
    speaking: shownRounds(session),
    evaluation: await evaluationSummary(services, session),
  };
}
