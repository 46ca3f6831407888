/** The question on each step of the report, with its options and, where it helps, room for own words. */
import type { ReactNode, Ref } from 'react';
import type { FieldErrors } from '../../../web/api.ts';
import { Field } from '../../../web/components/Field.tsx';
import { useT } from '../../../web/i18n.tsx';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { categories, involvedKinds, locations, minorAnswers, needs, periods } from '../domain/reportShape.ts';
import { type Choice, Choices, StepFrame } from './Choices.tsx';
import type { PublicPoint } from './publicTypes.ts';
import { ANY_CONFIDANT, type Draft, type QuestionStep, toggle } from './reportDraft.ts';

interface Props {
  step: QuestionStep;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  point: PublicPoint;
  errors: FieldErrors;
  progress: string;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ReportStep({ step, draft, update, point, errors, progress, headingRef }: Props) {
  const { t } = useT();
  const optional = (label: string) => `${label} ${t('meldpunt.report.optional')}`;
  const frame = { progress, headingRef, error: errors[step === 'contact' ? 'anonymous' : step] };
  const choose = <K extends keyof Draft>(name: K, choices: Choice[]) => (
    <Choices
      id={`report-${name}`}
      choices={choices}
      chosen={draft[name] as string | string[]}
      invalid={Boolean(errors[name])}
      onChoose={(value) => update({ [name]: value } as Partial<Draft>)}
    />
  );

  switch (step) {
    case 'category':
      return (
        <StepFrame {...frame} question={t('meldpunt.report.category.legend')}>
          {choose(
            'category',
            categories.map((value) => ({
              value,
              label: t(`meldpunt.enum.category.${value}`),
              hint: t(`meldpunt.report.category.${value}.hint`),
            })),
          )}
        </StepFrame>
      );
    case 'location':
      return (
        <StepFrame {...frame} question={t('meldpunt.report.location.legend')}>
          {choose(
            'location',
            locations.map((value) => ({ value, label: t(`meldpunt.enum.location.${value}`) })),
          )}
        </StepFrame>
      );
    case 'period':
      return (
        <StepFrame {...frame} question={t('meldpunt.report.period.legend')}>
          {choose(
            'period',
            periods.map((value) => ({ value, label: t(`meldpunt.enum.period.${value}`) })),
          )}
          <TextArea
            id="report-when"
            label={optional(t('meldpunt.report.when.label'))}
            hint={t('meldpunt.report.when.hint')}
            value={draft.when}
            rows={2}
            maxLength={500}
            onChange={(when) => update({ when })}
          />
        </StepFrame>
      );
    case 'involved':
      return (
        <StepFrame
          {...frame}
          question={t('meldpunt.report.involved.legend')}
          hint={t('meldpunt.report.involved.hint')}
        >
          <Choices
            id="report-involved"
            choices={involvedKinds.map((value) => ({ value, label: t(`meldpunt.enum.involved.${value}`) }))}
            chosen={draft.involved}
            invalid={Boolean(errors.involved)}
            onChoose={(value) =>
              update({ involved: toggle(involvedKinds, draft.involved, value as Draft['involved'][number]) })
            }
          />
          <TextArea
            id="report-who"
            label={optional(t('meldpunt.report.who.label'))}
            hint={t('meldpunt.report.who.hint')}
            value={draft.who}
            rows={2}
            maxLength={2000}
            onChange={(who) => update({ who })}
          />
        </StepFrame>
      );
    case 'needs':
      return (
        <StepFrame
          {...frame}
          question={t('meldpunt.report.needs.legend')}
          hint={t('meldpunt.report.needs.hint')}
        >
          <Choices
            id="report-needs"
            choices={needs.map((value) => ({
              value,
              label: t(`meldpunt.enum.need.${value}`),
              hint: t(`meldpunt.report.need.${value}.hint`),
            }))}
            chosen={draft.needs}
            invalid={Boolean(errors.needs)}
            onChoose={(value) =>
              update({ needs: toggle(needs, draft.needs, value as Draft['needs'][number]) })
            }
          />
        </StepFrame>
      );
    case 'confidant':
      return (
        <StepFrame
          {...frame}
          question={t('meldpunt.report.confidant.legend')}
          hint={t('meldpunt.report.confidant.hint', { school: point.schoolName })}
        >
          {choose('confidant', [
            ...point.confidants.map((c) => ({ value: c.id, label: c.name, hint: c.intro || undefined })),
            { value: ANY_CONFIDANT, label: t('meldpunt.report.confidant.any') },
          ])}
        </StepFrame>
      );
    case 'story':
      return (
        <StepFrame {...frame} question={t('meldpunt.report.story.legend')}>
          <TextArea
            id="report-story"
            label={t('meldpunt.report.story.label')}
            hint={t('meldpunt.report.story.hint')}
            error={errors.story}
            value={draft.story}
            rows={9}
            maxLength={10_000}
            required
            onChange={(story) => update({ story })}
          />
        </StepFrame>
      );
    case 'contact':
      return <ContactStep frame={frame} draft={draft} update={update} errors={errors} choose={choose} />;
    case 'minor':
      return (
        <StepFrame
          {...frame}
          question={t('meldpunt.report.minor.legend')}
          hint={t('meldpunt.report.minor.why')}
        >
          {choose(
            'minor',
            minorAnswers.map((value) => ({ value, label: t(`meldpunt.enum.minor.${value}`) })),
          )}
        </StepFrame>
      );
  }
}

interface ContactProps {
  frame: Omit<Parameters<typeof StepFrame>[0], 'question' | 'children'>;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
  choose: (name: 'anonymous', choices: Choice[]) => ReactNode;
}

/** Anonymous, or a name with an email address and/or a phone number. */
function ContactStep({ frame, draft, update, errors, choose }: ContactProps) {
  const { t } = useT();
  return (
    <StepFrame {...frame} question={t('meldpunt.report.contact.legend')}>
      {choose('anonymous', [
        {
          value: 'yes',
          label: t('meldpunt.report.contact.anonymous'),
          hint: t('meldpunt.report.contact.anonymous.hint'),
        },
        {
          value: 'no',
          label: t('meldpunt.report.contact.named'),
          hint: t('meldpunt.report.contact.named.hint'),
        },
      ])}
      {draft.anonymous === 'no' && (
        <div className="meldpunt-contact">
          <Field
            id="report-name"
            name="name"
            label={t('meldpunt.report.contact.name')}
            value={draft.name}
            error={errors.name}
            autoComplete="name"
            required
            onChange={(name) => update({ name })}
          />
          <Field
            id="report-email"
            name="email"
            type="email"
            label={t('meldpunt.report.contact.email')}
            hint={t('meldpunt.report.contact.reachHint')}
            value={draft.email}
            error={errors.email}
            autoComplete="email"
            onChange={(email) => update({ email })}
          />
          <Field
            id="report-phone"
            name="phone"
            label={t('meldpunt.report.contact.phone')}
            value={draft.phone}
            autoComplete="tel"
            inputMode="tel"
            onChange={(phone) => update({ phone })}
          />
        </div>
      )}
    </StepFrame>
  );
}
