import { randomUUID } from 'node:crypto';
import { BULK_CLAIM_FIELDS } from '@associa/contracts';
import { deterministicUuid } from '../../../src/lib/deterministic-uuid';
import { FILES, LOCATIONS, m365Claim } from '../../helpers/claim-fixtures';
import { STRONG_PASSWORD } from '../../helpers/account-fixtures';
import type { Fixtures, Owner } from './fixtures';

/** What a matrix cell sends besides the path: query string, and a JSON, CSV/NDJSON or multipart body. */
export type CellRequest = { query?: string; json?: unknown; file?: { contentType: string; text: string }; multipart?: { bytes: Uint8Array; fileName: string } };

/** The organisation whose objects a body names (its location, its organisation id). */
export type RequestContext = { fx: Fixtures; owner: Owner };

const contoso = deterministicUuid('tenant:contoso.nl');
const locationOf = (owner: Owner) => (owner === 'northwind' ? LOCATIONS.northwindAmsterdam : LOCATIONS.fabrikamMunich);
const csvHeader = BULK_CLAIM_FIELDS.map((f) => f.name).join(',');
const message = { message: 'Access matrix' };

/**
 * A minimal request per operation: valid where the schema allows, so a denial proves the policy
 * and not the validator. Keyed by operationId like the expectations; a missing line fails the matrix.
 */
export const REQUESTS: Record<string, (ctx: RequestContext) => CellRequest> = {
  getHealth: () => ({}),
  login: () => ({ json: { email: 'reviewer2@vendor.example', password: 'associa-demo' } }),
  logout: () => ({}),
  getMe: () => ({}),
  // A wrong current password: allowed callers get 400 WRONG_PASSWORD and keep their session.
  changePassword: () => ({ json: { currentPassword: 'not-the-password', newPassword: STRONG_PASSWORD } }),
  // A fresh address each time: the per-address limit of these forms must not answer for the policy.
  requestPasswordReset: () => ({ json: { email: `${randomUUID()}@matrix.example` } }),
  resetPassword: () => ({ json: { password: STRONG_PASSWORD } }),

  createToken: () => ({ json: { name: 'matrix' } }),
  listTokens: () => ({}),
  revokeToken: () => ({}),

  getCatalog: () => ({}),
  getPoeTemplate: () => ({}),
  listLocations: () => ({}),
  listTenants: () => ({}),
  getTenant: () => ({}),

  listClaims: () => ({}),
  exportClaims: () => ({}),
  createClaim: ({ owner }) => ({ json: m365Claim(contoso, { name: 'Matrix new', locationId: locationOf(owner) }) }),
  validateClaimBody: ({ owner }) => ({ json: m365Claim(contoso, { locationId: locationOf(owner) }) }),
  validateClaim: () => ({}),
  getClaim: () => ({}),
  updateClaim: () => ({ json: { name: 'Matrix renamed' } }),
  deleteClaim: () => ({}),
  submitClaim: () => ({}),
  getClaimHistory: () => ({}),
  exportHistory: () => ({}),
  listClaimRevisions: () => ({}),
  addClaimComment: () => ({ json: { body: 'Access matrix' } }),
  uploadClaimDocument: () => ({ multipart: { bytes: FILES.pdf, fileName: 'matrix.pdf' } }),
  downloadClaimDocument: () => ({}),
  deleteClaimDocument: () => ({}),

  createBulkClaims: () => ({ query: '?dryRun=true', file: { contentType: 'text/csv', text: `${csvHeader}\r\n` } }),
  getBulkClaimsTemplate: () => ({}),
  getBulkClaimUpload: () => ({}),
  getBulkClaimRejections: () => ({}),

  listReviewQueue: () => ({}),
  assignClaim: () => ({}),
  unassignClaim: () => ({}),
  requestClaimInformation: () => ({ json: { reasons: ['POE_MISSING'], ...message } }),
  approveClaim: () => ({ json: message }),
  rejectClaim: () => ({ json: { reason: 'INSUFFICIENT_POE', ...message } }),
  decideClaimDispute: () => ({ json: { outcome: 'UPHELD', ...message } }),
  listClaimConflicts: () => ({}),
  respondToClaim: () => ({ json: { comment: 'Access matrix' } }),
  disputeClaim: () => ({ json: message }),
  withdrawClaim: () => ({ json: message }),

  listOutbox: () => ({}),
  updateProgram: () => ({ json: { reviewBusinessDays: 10 } }),
  listAuditEntries: () => ({}),

  listAssociations: () => ({}),
  exportAssociations: () => ({}),
  endAssociation: () => ({ json: message }),

  getConsent: () => ({}),
  confirmConsent: () => ({ json: {} }),
  optOutOfConsent: () => ({ json: { reason: 'Access matrix' } }),
  revokeConsent: () => ({ json: { reason: 'Access matrix' } }),
  requestCustomerLink: () => ({ json: { email: `${randomUUID()}@matrix.example` } }),
  getCustomerPage: () => ({}),
  revokeCustomerAssociation: () => ({ json: { reason: 'Access matrix' } }),

  createImport: () => ({ query: '?kind=tenants&dryRun=true&fileName=matrix.csv', file: { contentType: 'text/csv', text: 'tenant_id,name,country,time_zone,domains\r\n' } }),
  listImports: () => ({}),
  getImportTemplate: () => ({}),
  getImport: () => ({}),
  listImportRejections: () => ({}),

  listPartners: () => ({}),
  createPartner: () => ({ json: { name: 'Matrix Partner', country: 'NL' } }),
  getPartner: () => ({}),
  updatePartner: () => ({ json: { country: 'NL' } }),
  createPartnerLocation: () => ({ json: { mpnId: '98765432', name: 'Matrix location', country: 'NL' } }),
  updatePartnerLocation: () => ({ json: { name: 'Matrix location' } }),

  createInvitation: ({ fx, owner }) => ({ json: { email: `matrix.new@${owner}.example`, name: 'Matrix New', role: 'PARTNER_USER', organisationId: fx.orgs[owner] } }),
  listInvitations: () => ({}),
  resendInvitation: () => ({ json: {} }),
  revokeInvitation: () => ({ json: {} }),
  getInvitation: () => ({}),
  acceptInvitation: () => ({ json: { name: 'Matrix', password: STRONG_PASSWORD } }),
  listUsers: () => ({}),
  updateUser: () => ({ json: { active: false } }),

  listUsage: () => ({}),
  listUsageGrowth: () => ({}),
  getUsageDashboard: () => ({ query: '?from=2024-01&to=2024-12' }),
  listAssociationUsage: () => ({}),
  listUsageAccessLog: () => ({}),
  listEvents: () => ({}),

  createWebhook: () => ({ json: { url: 'http://127.0.0.1:9/matrix-new', eventTypes: ['association.started'] } }),
  listWebhooks: () => ({}),
  getWebhook: () => ({}),
  updateWebhook: () => ({ json: { description: 'Access matrix' } }),
  deleteWebhook: () => ({}),
  rotateWebhookSecret: () => ({}),
  sendTestWebhook: () => ({}),
  listWebhookDeliveries: () => ({}),
  redeliverWebhookDelivery: () => ({}),
};
