import type { UserAction } from '@associa/contracts';
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAction } from './features/auth/require-action';
import { RequireAuth } from './features/auth/require-auth';
import { AppLayout } from './features/shell/app-layout';
import { AssociationsPage } from './routes/associations-page';
import { AuditPage } from './routes/audit-page';
import { ClaimPage } from './routes/claim-page';
import { ClaimWizardPage } from './routes/claim-wizard-page';
import { ClaimsPage } from './routes/claims-page';
import { ConsentPage } from './routes/consent-page';
import { CustomerLinkPage } from './routes/customer-link-page';
import { CustomerPage } from './routes/customer-page';
import { DirectoryPage } from './routes/directory-page';
import { ForgotPasswordPage } from './routes/forgot-password-page';
import { HomePage } from './routes/home-page';
import { ImportsPage } from './routes/imports-page';
import { InvitationPage } from './routes/invitation-page';
import { LocationsPage } from './routes/locations-page';
import { LoginPage } from './routes/login-page';
import { NotFoundPage } from './routes/not-found-page';
import { OutboxPage } from './routes/outbox-page';
import { PartnerPage } from './routes/partner-page';
import { PartnersPage } from './routes/partners-page';
import { ProgramSettingsPage } from './routes/program-settings-page';
import { ResetPasswordPage } from './routes/reset-password-page';
import { ReviewQueuePage } from './routes/review-queue-page';
import { TokensPage } from './routes/tokens-page';
import { UsageAccessLogPage } from './routes/usage-access-log-page';
import { UsageAssociationPage } from './routes/usage-association-page';
import { UsageDashboardPage } from './routes/usage-dashboard-page';
import { UsagePage } from './routes/usage-page';
import { UsersPage } from './routes/users-page';
import { WebhookPage } from './routes/webhook-page';
import { WebhooksPage } from './routes/webhooks-page';

/** A page shown only to users whose `allowedActions` hold its action. */
const guarded = (action: UserAction, page: ReactNode) => <RequireAction action={action}>{page}</RequireAction>;

/** Every client route; pages behind the shell need a session, and each page its allowed action. The pages opened from e-mailed links (consent, customer page, invitation, password reset) and the pages asking for one need neither. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/consent/:token', element: <ConsentPage /> },
  { path: '/customer', element: <CustomerLinkPage /> },
  { path: '/customer/:token', element: <CustomerPage /> },
  { path: '/invitations/:token', element: <InvitationPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password/:token', element: <ResetPasswordPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'claims', element: guarded('claims.read', <ClaimsPage />) },
      { path: 'claims/new', element: guarded('claims.create', <ClaimWizardPage />) },
      { path: 'claims/:id', element: guarded('claims.read', <ClaimPage />) },
      { path: 'claims/:id/edit', element: guarded('claims.create', <ClaimWizardPage />) },
      { path: 'associations', element: guarded('claims.read', <AssociationsPage />) },
      { path: 'review', element: guarded('review.work', <ReviewQueuePage />) },
      { path: 'admin/programs', element: guarded('catalog.manage', <ProgramSettingsPage />) },
      { path: 'admin/outbox', element: guarded('outbox.read', <OutboxPage />) },
      { path: 'locations', element: guarded('locations.read', <LocationsPage />) },
      { path: 'directory', element: guarded('directory.read', <DirectoryPage />) },
      { path: 'partners', element: guarded('partners.manage', <PartnersPage />) },
      { path: 'partners/:id', element: guarded('partners.manage', <PartnerPage />) },
      { path: 'users', element: guarded('users.manage', <UsersPage />) },
      { path: 'admin/audit', element: guarded('audit.read', <AuditPage />) },
      // Imports have no action of their own: whoever manages the catalogue loads the directory and usage.
      { path: 'admin/imports', element: guarded('catalog.manage', <ImportsPage />) },
      { path: 'tokens', element: guarded('tokens.manage', <TokensPage />) },
      { path: 'webhooks', element: guarded('webhooks.manage', <WebhooksPage />) },
      { path: 'webhooks/:id', element: guarded('webhooks.manage', <WebhookPage />) },
      { path: 'usage', element: guarded('usage.read', <UsagePage />) },
      { path: 'usage/associations/:id', element: guarded('usage.read', <UsageAssociationPage />) },
      { path: 'usage/access-log', element: guarded('usage.accessLog', <UsageAccessLogPage />) },
      { path: 'admin/usage', element: guarded('usage.dashboard', <UsageDashboardPage />) },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
