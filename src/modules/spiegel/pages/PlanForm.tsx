/**
 * The plan of a mirror conversation (S1), for planning a new one and for changing it later. The method's
 * sizes are checked while typing, against the chosen template, and shown as friendly warnings.
 */
import { useState } from 'react';
import type { Team } from '../../../web/apiTypes.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Checkbox, Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import {
  ImpartialityOverride,
  isOwnTeamError,
  MIN_OVERRIDE_REASON,
  useCanOverride,
  useHomeTeamNotes,
} from '../../facilitators/pages/ImpartialityOverride.tsx';
import { planWarnings } from '../domain/planWarnings.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { FacilitatorChecklist } from './FacilitatorChecklist.tsx';
import { InputField } from './FormBits.tsx';
import { PlanWarningList } from './PlanWarningList.tsx';
import { sideWords, useText } from './text.ts';
import type { PlanInput, StaffMember, TemplateSummary } from './types.ts';

export type PlanValues = {
  templateId: string;
  title: string;
  teamId: string;
  scheduledAt: string;
  place: string;
  facilitatorIds: string;
  contactPersonId: string;
  expectedVoices: string;
  expectedListeners: string;
  withTeamLeader: boolean;
  /** An administrator's reason to assign a facilitator from the listening team anyway. */
  impartialityReason: string;
};

export const emptyPlan: PlanValues = {
  templateId: '',
  title: '',
  teamId: '',
  scheduledAt: '',
  place: '',
  facilitatorIds: '',
  contactPersonId: '',
  expectedVoices: '',
  expectedListeners: '',
  withTeamLeader: false,
  impartialityReason: '',
};

interface Props {
  id: string;
  initial: PlanValues;
  /** Offered when planning; absent when the template is fixed (changing a plan). */
  templates?: readonly TemplateSummary[];
  template: MirrorTemplate | undefined;
  teams: readonly Team[];
  staff: readonly StaffMember[];
  submitLabel: string;
  onTemplateChange?: (templateId: string) => void;
  onSubmit: (input: PlanInput & { impartialityReason?: string }) => Promise<void>;
}

const count = (value: string) => (value.trim() === '' ? 0 : Number(value));
const ids = (value: string) => value.split(',').filter(Boolean);

export function PlanForm(props: Props) {
  const { t, locale } = useT();
  const tx = useText();
  const { template, templates } = props;
  const voices = template ? sideWords(template, 'voices', locale).many : t('spiegel.plan.voicesFallback');
  const listeners = template
    ? sideWords(template, 'listeners', locale).many
    : t('spiegel.plan.listenersFallback');
  const homeTeams = useHomeTeamNotes();
  const canOverride = useCanOverride();
  // Set once the server refused a facilitator from the listening team: then an administrator may give a reason.
  const [ownTeam, setOwnTeam] = useState(false);
  const form = useForm<PlanValues>({
    id: props.id,
    initial: props.initial,
    labels: {
      templateId: t('spiegel.plan.template'),
      title: t('spiegel.plan.title'),
      teamId: t('spiegel.plan.team'),
      scheduledAt: t('spiegel.plan.scheduledAt'),
      place: t('spiegel.plan.place'),
      facilitatorIds: t('spiegel.plan.facilitators'),
      contactPersonId: t('spiegel.plan.contactPerson'),
      expectedVoices: t('spiegel.plan.count', { label: voices }),
      expectedListeners: t('spiegel.plan.count', { label: listeners }),
      withTeamLeader: t('spiegel.plan.withTeamLeader'),
      impartialityReason: t('facilitation.impartiality.reason'),
    },
    validate: (v) => {
      const errors = requireFields(
        v,
        templates ? ['templateId', 'title', 'scheduledAt'] : ['title', 'scheduledAt'],
        t,
      );
      for (const name of ['expectedVoices', 'expectedListeners'] as const) {
        if (!/^\d{0,3}$/.test(v[name].trim())) errors[name] = t('spiegel.plan.wholeNumber');
      }
      const reason = v.impartialityReason.trim();
      if (ownTeam && canOverride && reason !== '' && reason.length < MIN_OVERRIDE_REASON) {
        errors.impartialityReason = t('validation.tooShort', { min: MIN_OVERRIDE_REASON });
      }
      return errors;
    },
    submit: (v) => {
      const reason = ownTeam && canOverride ? v.impartialityReason.trim() : '';
      return props
        .onSubmit({
          templateId: v.templateId,
          title: v.title.trim(),
          teamId: v.teamId || null,
          scheduledAt: v.scheduledAt,
          place: v.place.trim(),
          facilitatorIds: ids(v.facilitatorIds),
          contactPersonId: v.contactPersonId || null,
          expectedVoices: count(v.expectedVoices),
          expectedListeners: count(v.expectedListeners),
          withTeamLeader: v.withTeamLeader,
          ...(reason ? { impartialityReason: reason } : {}),
        })
        .catch((error: unknown) => {
          if (isOwnTeamError(error)) setOwnTeam(true);
          throw error;
        });
    },
  });
  const v = form.values;
  const warnings = template
    ? planWarnings(
        {
          voices: count(v.expectedVoices),
          listeners: count(v.expectedListeners),
          facilitators: ids(v.facilitatorIds).length,
        },
        template,
      ).filter((w) =>
        w.code.startsWith('voices')
          ? v.expectedVoices.trim() !== ''
          : !w.code.startsWith('listeners') || v.expectedListeners.trim() !== '',
      )
    : [];
  const choose = { value: '', label: t('form.choose') };
  const numberField = (name: 'expectedVoices' | 'expectedListeners') => {
    const { id, label, value, error, onChange } = form.field(name);
    return <InputField type="number" min={0} max={200} {...{ id, label, value, error, onChange }} />;
  };

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      {templates && (
        <Field
          {...form.field('templateId')}
          type="select"
          required
          options={[choose, ...templates.map((tpl) => ({ value: tpl.id, label: tx(tpl.name) }))]}
          onChange={(value) => {
            form.set('templateId', value);
            props.onTemplateChange?.(value);
          }}
        />
      )}
      <Field {...form.field('title')} required />
      <Field
        {...form.field('teamId')}
        type="select"
        hint={t('spiegel.plan.teamHint', { listeners })}
        options={[
          { value: '', label: t('spiegel.plan.noTeam') },
          ...props.teams.map((x) => ({ value: x.id, label: x.name })),
        ]}
      />
      <InputField type="datetime-local" required {...form.field('scheduledAt')} />
      <Field {...form.field('place')} />
      <FacilitatorChecklist
        id={form.field('facilitatorIds').id}
        legend={t('spiegel.plan.facilitators')}
        staff={props.staff}
        selected={ids(v.facilitatorIds)}
        error={form.field('facilitatorIds').error}
        notes={homeTeams}
        onChange={(selected) => form.set('facilitatorIds', selected.join(','))}
      />
      <Field
        {...form.field('contactPersonId')}
        type="select"
        hint={t('spiegel.plan.contactHint')}
        options={[
          { value: '', label: t('spiegel.plan.noContact') },
          ...props.staff.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      {ownTeam && (
        <ImpartialityOverride reason={form.field('impartialityReason')} canOverride={canOverride} />
      )}
      {numberField('expectedVoices')}
      {numberField('expectedListeners')}
      <Checkbox {...form.checkbox('withTeamLeader')} hint={t('spiegel.plan.withTeamLeaderHint')} />
      <PlanWarningList warnings={warnings} template={template} />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {props.submitLabel}
        </Button>
      </ButtonRow>
    </form>
  );
}
