import type { App, RouteDeps, RouteModule } from '../types';
import { listAuditRoute } from './admin/list-audit.route';
import { listOutboxRoute } from './admin/list-outbox.route';
import { programSettingsRoute } from './admin/programs.route';
import { associationRoutes } from './associations/associations.route';
import { consentRoutes } from './consent/consent.route';
import { claimConflictsRoute } from './review/claim-conflicts.route';
import { changePasswordRoute } from './auth/change-password.route';
import { getMeRoute } from './auth/get-me.route';
import { loginRoute } from './auth/login.route';
import { logoutRoute } from './auth/logout.route';
import { passwordResetRoutes } from './auth/password-reset.route';
import { getCatalogRoute } from './catalog/get-catalog.route';
import { addClaimCommentRoute } from './claims/add-claim-comment.route';
import { bulkClaimsRoutes } from './claims/bulk-claims.route';
import { claimDocumentsRoutes } from './claims/claim-documents.route';
import { listClaimsRoutes } from './claims/list-claims.route';
import { createClaimRoute } from './claims/create-claim.route';
import { getPoeTemplateRoute } from './claims/get-poe-template.route';
import { deleteClaimRoute } from './claims/delete-claim.route';
import { getClaimRoutes } from './claims/get-claim.route';
import { submitClaimRoute } from './claims/submit-claim.route';
import { updateClaimRoute } from './claims/update-claim.route';
import { validateClaimRoutes } from './claims/validate-claim.route';
import { getHealthRoute } from './health/get-health.route';
import { exportHistoryRoute } from './history/export-history.route';
import { importRoutes } from './imports/imports.route';
import { partnerActionRoutes } from './review/partner-actions.route';
import { reviewDecisionRoutes } from './review/review-decisions.route';
import { reviewQueueRoutes } from './review/review-queue.route';
import { createInvitationRoute } from './invitations/create-invitation.route';
import { invitationActionRoutes } from './invitations/invitation-actions.route';
import { inviteeRoutes } from './invitations/invitee.route';
import { listInvitationsRoute } from './invitations/list-invitations.route';
import { listLocationsRoute } from './locations/list-locations.route';
import { partnerLocationRoutes } from './partners/partner-locations.route';
import { partnerRoutes } from './partners/partners.route';
import { getTenantRoute } from './tenants/get-tenant.route';
import { listTenantsRoute } from './tenants/list-tenants.route';
import { createTokenRoute } from './tokens/create-token.route';
import { listTokensRoute } from './tokens/list-tokens.route';
import { revokeTokenRoute } from './tokens/revoke-token.route';
import { listUsersRoute } from './users/list-users.route';
import { updateUserRoute } from './users/update-user.route';
import { usageRoutes } from './usage/usage.route';
import { usageGrowthRoutes } from './usage/usage-growth.route';
import { customerRoutes } from './customer/customer.route';
import { listEventsRoute } from './events/list-events.route';
import { webhookRoutes } from './webhooks/webhooks.route';
import { webhookDeliveryRoutes } from './webhooks/webhook-deliveries.route';

const ROUTES: RouteModule[] = [
  getHealthRoute,
  loginRoute,
  logoutRoute,
  getMeRoute,
  createTokenRoute,
  listTokensRoute,
  revokeTokenRoute,
  getCatalogRoute,
  listLocationsRoute,
  listTenantsRoute,
  getTenantRoute,
  listClaimsRoutes,
  validateClaimRoutes,
  bulkClaimsRoutes,
  createClaimRoute,
  getClaimRoutes,
  exportHistoryRoute,
  updateClaimRoute,
  deleteClaimRoute,
  submitClaimRoute,
  claimDocumentsRoutes,
  getPoeTemplateRoute,
  addClaimCommentRoute,
  reviewDecisionRoutes,
  partnerActionRoutes,
  reviewQueueRoutes,
  listOutboxRoute,
  programSettingsRoute,
  claimConflictsRoute,
  associationRoutes,
  consentRoutes,
  importRoutes,
  partnerRoutes,
  partnerLocationRoutes,
  listAuditRoute,
  createInvitationRoute,
  listInvitationsRoute,
  invitationActionRoutes,
  inviteeRoutes,
  listUsersRoute,
  updateUserRoute,
  passwordResetRoutes,
  changePasswordRoute,
  usageGrowthRoutes,
  usageRoutes,
  customerRoutes,
  listEventsRoute,
  webhookRoutes,
  webhookDeliveryRoutes,
];

/** Registers every API route; called inside the `/api/v1` prefix. */
export function registerRoutes(app: App, deps: RouteDeps): void {
  for (const route of ROUTES) route(app, deps);
}
