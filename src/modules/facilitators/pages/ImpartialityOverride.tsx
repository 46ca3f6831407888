/**
 * Impartial assignment in the plan form (PRODUCT F2): each facilitator's home team ("extern" without one), and
 * when the server refuses a facilitator from the listening team, why the method asks for someone from outside,
 * with, for administrators only, a field to write down why they assign them anyway.
 */
import { useParams } from 'react-router';
import { ApiError } from '../../../web/api.ts';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import type { BoundField } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { schoolBase } from '../../spiegel/pages/types.ts';
import { MIN_OVERRIDE_REASON } from '../domain/impartiality.ts';
import type { SchoolFacilitator } from './types.ts';

export { MIN_OVERRIDE_REASON };

/** Whether a failed save asked for a facilitator from outside the listening team. */
export function isOwnTeamError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'errors.facilitatorOwnTeam';
}

/** Whether the signed-in person administers the school of the page (only they may keep a facilitator anyway). */
export function useCanOverride(): boolean {
  const user = useUser();
  const schoolId = useParams().schoolId ?? '';
  return user.isOrgAdmin || user.memberships.some((m) => m.schoolId === schoolId && m.role === 'admin');
}

/** Per facilitator of the page's school: "team Onderbouw" or "extern". Empty while loading or when refused. */
export function useHomeTeamNotes(): Record<string, string> {
  const { t } = useT();
  const schoolId = useParams().schoolId ?? '';
  const facilitators = useApiData<SchoolFacilitator[]>(`${schoolBase(schoolId)}/facilitators`);
  const notes: Record<string, string> = {};
  for (const f of facilitators.data ?? []) {
    notes[f.userId] = f.external
      ? t('facilitation.impartiality.external')
      : t('facilitation.impartiality.homeTeam', { teams: f.homeTeams.map((team) => team.name).join(', ') });
  }
  return notes;
}

interface Props {
  /** The form's reason field; shown to administrators only. */
  reason: BoundField;
  canOverride: boolean;
}

/** Shown once the server has answered that a facilitator belongs to the listening team. */
export function ImpartialityOverride({ reason, canOverride }: Props) {
  const { t } = useT();
  return (
    <div className="impartiality-override">
      {/* The server's message above says why; this says what can be done about it. */}
      <Notice tone="warning">
        <p>
          {canOverride ? t('facilitation.impartiality.adminMay') : t('facilitation.impartiality.adminOnly')}
        </p>
      </Notice>
      {canOverride && (
        <TextArea
          {...reason}
          rows={3}
          maxLength={1000}
          hint={t('facilitation.impartiality.reasonHint', { min: MIN_OVERRIDE_REASON })}
        />
      )}
    </div>
  );
}
