import { createBrowserRouter } from 'react-router-dom';
import { RequireAction } from './features/auth/require-action';
import { RequireAuth } from './features/auth/require-auth';
import { AppLayout } from './features/shell/app-layout';
import { AssociationsPage } from './routes/associations-page';
import { ClaimPage } from './routes/claim-page';
import { ClaimWizardPage } from './routes/claim-wizard-page';
import { ClaimsPage } from './routes/claims-page';
import { ConsentPage } from './routes/consent-page';
import { DirectoryPage } from './routes/directory-page';
import { HomePage } from './routes/home-page';
import { LocationsPage } from './routes/locations-page';
import { LoginPage } from './routes/login-page';
import { NotFoundPage } from './routes/not-found-page';
import { OutboxPage } from './routes/outbox-page';
import { ProgramSettingsPage } from './routes/program-settings-page';
import { ReviewQueuePage } from './routes/review-queue-page';
import { TokensPage } from './routes/tokens-page';

/** Every client route; pages behind the shell need a session, and each page its allowed action. The customer's consent page needs neither. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/consent/:token', element: <ConsentPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'claims',
        element: (
          <RequireAction action="claims.read">
            <ClaimsPage />
          </RequireAction>
        ),
      },
      {
        path: 'claims/new',
        element: (
          <RequireAction action="claims.create">
            <ClaimWizardPage />
          </RequireAction>
        ),
      },
      {
        path: 'claims/:id',
        element: (
          <RequireAction action="claims.read">
            <ClaimPage />
          </RequireAction>
        ),
      },
      {
        path: 'claims/:id/edit',
        element: (
          <RequireAction action="claims.create">
            <ClaimWizardPage />
          </RequireAction>
        ),
      },
      {
        path: 'associations',
        element: (
          <RequireAction action="claims.read">
            <AssociationsPage />
          </RequireAction>
        ),
      },
      {
        path: 'review',
        element: (
          <RequireAction action="review.work">
            <ReviewQueuePage />
          </RequireAction>
        ),
      },
      {
        path: 'admin/programs',
        element: (
          <RequireAction action="catalog.manage">
            <ProgramSettingsPage />
          </RequireAction>
        ),
      },
      {
        path: 'admin/outbox',
        element: (
          <RequireAction action="outbox.read">
            <OutboxPage />
          </RequireAction>
        ),
      },
      {
        path: 'locations',
        element: (
          <RequireAction action="locations.read">
            <LocationsPage />
          </RequireAction>
        ),
      },
      {
        path: 'directory',
        element: (
          <RequireAction action="directory.read">
            <DirectoryPage />
          </RequireAction>
        ),
      },
      {
        path: 'tokens',
        element: (
          <RequireAction action="tokens.manage">
            <TokensPage />
          </RequireAction>
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
