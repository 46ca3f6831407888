/**
 * The module pages, each loaded when first needed: a student opening the reporting point on a phone downloads that
 * page, not the whole application. Once the first page is on screen, the rest load in the background, so moving
 * between pages does not wait.
 */
import { type ComponentType, lazy } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

function page<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** Fetches every page in the background (the browser caches them), when the browser has a moment. */
export function preloadPages(): void {
  const start = () => {
    for (const load of loaders) load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}

export const AccountPage = page(() => import('../modules/accounts/pages/AccountPage.tsx'), 'AccountPage');
export const ForgotPasswordPage = page(
  () => import('../modules/accounts/pages/ForgotPasswordPage.tsx'),
  'ForgotPasswordPage',
);
export const InvitationPage = page(
  () => import('../modules/accounts/pages/InvitationPage.tsx'),
  'InvitationPage',
);
export const OrganisationPage = page(
  () => import('../modules/accounts/pages/OrganisationPage.tsx'),
  'OrganisationPage',
);
export const ResetPasswordPage = page(
  () => import('../modules/accounts/pages/ResetPasswordPage.tsx'),
  'ResetPasswordPage',
);
export const SchoolAdminPage = page(
  () => import('../modules/accounts/pages/SchoolAdminPage.tsx'),
  'SchoolAdminPage',
);
export const SetupPage = page(() => import('../modules/accounts/pages/SetupPage.tsx'), 'SetupPage');
export const TotpRequiredPage = page(
  () => import('../modules/accounts/pages/TotpRequiredPage.tsx'),
  'TotpRequiredPage',
);
export const IntervisionListPage = page(
  () => import('../modules/facilitators/pages/IntervisionListPage.tsx'),
  'IntervisionListPage',
);
export const IntervisionPage = page(
  () => import('../modules/facilitators/pages/IntervisionPage.tsx'),
  'IntervisionPage',
);
export const MyFacilitationPage = page(
  () => import('../modules/facilitators/pages/MyFacilitationPage.tsx'),
  'MyFacilitationPage',
);
export const ObservationPage = page(
  () => import('../modules/facilitators/pages/ObservationPage.tsx'),
  'ObservationPage',
);
export const ReflectionPage = page(
  () => import('../modules/facilitators/pages/ReflectionPage.tsx'),
  'ReflectionPage',
);
export const SpeakingTimePage = page(
  () => import('../modules/facilitators/pages/SpeakingTimePage.tsx'),
  'SpeakingTimePage',
);
export const ConversationFormPage = page(
  () => import('../modules/gesprek/pages/ConversationFormPage.tsx'),
  'ConversationFormPage',
);
export const ConversationPage = page(
  () => import('../modules/gesprek/pages/ConversationPage.tsx'),
  'ConversationPage',
);
export const GesprekkenPage = page(
  () => import('../modules/gesprek/pages/GesprekkenPage.tsx'),
  'GesprekkenPage',
);
export const ListeningPage = page(
  () => import('../modules/gesprek/pages/ListeningPage.tsx'),
  'ListeningPage',
);
export const NewConversationPage = page(
  () => import('../modules/gesprek/pages/NewConversationPage.tsx'),
  'NewConversationPage',
);
export const PreparationPage = page(
  () => import('../modules/gesprek/pages/PreparationPage.tsx'),
  'PreparationPage',
);
export const CasePage = page(() => import('../modules/meldpunt/pages/CasePage.tsx'), 'CasePage');
export const CasesPage = page(() => import('../modules/meldpunt/pages/CasesPage.tsx'), 'CasesPage');
export const CrisisListPage = page(
  () => import('../modules/meldpunt/pages/CrisisListPage.tsx'),
  'CrisisListPage',
);
export const CrisisPage = page(() => import('../modules/meldpunt/pages/CrisisPage.tsx'), 'CrisisPage');
export const MeldpuntAuditPage = page(
  () => import('../modules/meldpunt/pages/MeldpuntAuditPage.tsx'),
  'MeldpuntAuditPage',
);
export const MeldpuntReportPage = page(
  () => import('../modules/meldpunt/pages/ReportPage.tsx'),
  'ReportPage',
);
export const MeldpuntReturnPage = page(
  () => import('../modules/meldpunt/pages/ReturnPage.tsx'),
  'ReturnPage',
);
export const ActionsOverviewPage = page(
  () => import('../modules/spiegel/pages/ActionsOverviewPage.tsx'),
  'ActionsOverviewPage',
);
export const BriefingPage = page(() => import('../modules/spiegel/pages/BriefingPage.tsx'), 'BriefingPage');
export const ConsolePage = page(() => import('../modules/spiegel/pages/ConsolePage.tsx'), 'ConsolePage');
export const JoinPage = page(() => import('../modules/spiegel/pages/JoinPage.tsx'), 'JoinPage');
export const PlanPage = page(() => import('../modules/spiegel/pages/PlanPage.tsx'), 'PlanPage');
export const ProgressPage = page(() => import('../modules/spiegel/pages/ProgressPage.tsx'), 'ProgressPage');
export const ProjectorPage = page(
  () => import('../modules/spiegel/pages/ProjectorPage.tsx'),
  'ProjectorPage',
);
export const StaffProjectorPage = page(
  () => import('../modules/spiegel/pages/ProjectorPage.tsx'),
  'StaffProjectorPage',
);
export const ReportPage = page(() => import('../modules/spiegel/pages/ReportPage.tsx'), 'ReportPage');
export const SessionPage = page(() => import('../modules/spiegel/pages/SessionPage.tsx'), 'SessionPage');
export const SpiegelListPage = page(
  () => import('../modules/spiegel/pages/SpiegelListPage.tsx'),
  'SpiegelListPage',
);
export const TemplateEditorPage = page(
  () => import('../modules/spiegel/pages/TemplateEditorPage.tsx'),
  'TemplateEditorPage',
);
export const TemplatesPage = page(
  () => import('../modules/spiegel/pages/TemplatesPage.tsx'),
  'TemplatesPage',
);
