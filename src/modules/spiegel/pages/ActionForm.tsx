/**
 * One action of the plan, to add or to change: what, for whom, from which round-5 cluster, who takes it on (a
 * person, a role, or nobody yet), by when and how far it is. Picking a cluster fills in "what" with its title
 * while "what" is still empty, so a facilitator can turn the chosen clusters into actions quickly.
 */

import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { capitalise } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { roles } from '../../accounts/domain/roles.ts';
import { actionStatuses } from '../domain/actions.ts';
import { targets } from '../domain/recommendations.ts';
import { InputField } from './FormBits.tsx';
import type { Action, ActionInput } from './followUpTypes.ts';
import { OwnerChoice, type OwnerKind } from './OwnerChoice.tsx';
import type { StaffMember } from './types.ts';

/** A round-5 cluster an action can come from. */
export interface ClusterOption {
  id: string;
  title: string;
  rank: number;
}

export type ActionValues = {
  what: string;
  target: string;
  clusterId: string;
  ownerKind: OwnerKind;
  ownerUserId: string;
  ownerRole: string;
  dueDate: string;
  status: string;
};

interface Props {
  /** Unique on the page; prefixes the field ids. */
  id: string;
  /** The action being changed; absent when adding one. */
  action?: Action;
  clusters?: readonly ClusterOption[] | undefined;
  staff: readonly StaffMember[];
  submitLabel: string;
  onSubmit: (input: ActionInput) => Promise<void>;
  onCancel?: () => void;
}

const whatMax = 300;

function initialValues(action: Action | undefined): ActionValues {
  return {
    what: action?.what ?? '',
    target: action?.target ?? '',
    clusterId: action?.clusterId ?? '',
    ownerKind: action?.ownerUserId ? 'person' : action?.ownerRole ? 'role' : 'none',
    ownerUserId: action?.ownerUserId ?? '',
    ownerRole: action?.ownerRole ?? '',
    dueDate: action?.dueDate ?? '',
    status: action?.status ?? 'planned',
  };
}

function toInput(v: ActionValues): ActionInput {
  return {
    what: v.what.trim(),
    target: v.target as ActionInput['target'],
    clusterId: v.clusterId || null,
    ownerUserId: v.ownerKind === 'person' ? v.ownerUserId || null : null,
    ownerRole: v.ownerKind === 'role' ? (v.ownerRole as NonNullable<ActionInput['ownerRole']>) : null,
    dueDate: v.dueDate || null,
    status: v.status as ActionInput['status'],
  };
}

export function ActionForm(props: Props) {
  const { t, locale } = useT();
  const { clusters = [], action } = props;
  const form = useForm<ActionValues>({
    id: props.id,
    initial: initialValues(action),
    labels: {
      what: t('spiegelPlan.form.what'),
      target: t('spiegel.recs.target'),
      clusterId: t('spiegelPlan.form.cluster'),
      ownerKind: t('spiegelPlan.form.owner'),
      ownerUserId: t('spiegelPlan.form.ownerPerson'),
      ownerRole: t('spiegelPlan.form.ownerRole'),
      dueDate: t('spiegelPlan.form.due'),
      status: t('spiegelPlan.status.label'),
    },
    validate: (v) => {
      const errors = requireFields(v, ['what', 'target'], t);
      if (!errors.what && v.what.trim().length > whatMax)
        errors.what = t('validation.tooLong', { max: whatMax });
      if (v.ownerKind === 'person' && !v.ownerUserId) errors.ownerUserId = t('validation.choice');
      if (v.ownerKind === 'role' && !v.ownerRole) errors.ownerRole = t('validation.choice');
      return errors;
    },
    submit: async (v, { reset }) => {
      await props.onSubmit(toInput(v));
      if (!action) reset();
    },
  });
  const choose = { value: '', label: t('form.choose') };
  const sortedClusters = [...clusters].sort((a, b) => a.rank - b.rank);
  // An action keeps its cluster even where the clusters are not at hand (outside the live console).
  const showClusters = sortedClusters.length > 0;
  const due = form.field('dueDate');

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      {showClusters && (
        <Field
          {...form.field('clusterId')}
          type="select"
          hint={t('spiegelPlan.form.clusterHint')}
          options={[
            { value: '', label: t('spiegelPlan.form.noCluster') },
            ...sortedClusters.map((c) => ({ value: c.id, label: `${c.rank}. ${c.title}` })),
          ]}
          onChange={(value) => {
            form.set('clusterId', value);
            const picked = clusters.find((c) => c.id === value);
            if (picked && form.values.what.trim() === '') form.set('what', picked.title);
          }}
        />
      )}
      <Field {...form.field('what')} required hint={t('spiegelPlan.form.whatHint')} />
      <Field
        {...form.field('target')}
        type="select"
        required
        options={[choose, ...targets.map((x) => ({ value: x, label: t(`spiegel.recs.target.${x}`) }))]}
      />
      <OwnerChoice
        kind={form.field('ownerKind')}
        person={form.field('ownerUserId')}
        role={form.field('ownerRole')}
        personOptions={[
          choose,
          ...[...props.staff]
            .sort((a, b) => a.name.localeCompare(b.name, locale))
            .map((s) => ({ value: s.id, label: s.name })),
        ]}
        roleOptions={[choose, ...roles.map((r) => ({ value: r, label: capitalise(t(`role.${r}`), locale) }))]}
      />
      <InputField
        type="date"
        id={due.id}
        label={due.label}
        value={due.value}
        error={due.error}
        onChange={due.onChange}
        hint={t('spiegelPlan.form.dueHint')}
      />
      <Field
        {...form.field('status')}
        type="select"
        options={actionStatuses.map((s) => ({ value: s, label: t(`action.status.${s}`) }))}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button variant="secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </ButtonRow>
    </form>
  );
}
