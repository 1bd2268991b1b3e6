import type { ObjectKind } from './fixtures';

/**
 * What one caller gets: `ok` = let past authorization (any answer but 401/403/404 and never a
 * 5xx: a minimal body may still be refused with 400/409/422), or exactly this denial status.
 */
export type Answer = 'ok' | 401 | 403 | 404;

/** The roles of the matrix; `partnerAdmin` answers for the owner's admin on its own objects (Northwind, and Fabrikam on Fabrikam's). */
export type Role = 'anonymous' | 'partnerUser' | 'partnerAdmin' | 'reviewer' | 'programAdmin';

/**
 * One operation's expected answers, declared once: per role on an object the role may see (its
 * own organisation's, or any for vendor staff). A partner role on another organisation's object
 * must answer exactly as on an unknown object, with 403 or 404 (404 when its own would be allowed).
 */
export type Expectation = {
  /** The object the path names (none: a collection or a fixed path). */
  object?: ObjectKind;
  anonymous: Answer;
  partnerUser: Answer;
  partnerAdmin: Answer;
  reviewer: Answer;
  programAdmin: Answer;
  /** Where the body names the owner's objects (a location, an organisation): the other partner's admin, refused like a foreign object. */
  otherPartnerAdmin?: Answer | 'refused';
};

const signedIn = { anonymous: 401, partnerUser: 'ok', partnerAdmin: 'ok', reviewer: 'ok', programAdmin: 'ok' } as const;
const partnerStaff = { anonymous: 401, partnerUser: 'ok', partnerAdmin: 'ok', reviewer: 403, programAdmin: 403 } as const;
const partnerAdmins = { anonymous: 401, partnerUser: 403, partnerAdmin: 'ok', reviewer: 403, programAdmin: 403 } as const;
const vendorStaff = { anonymous: 401, partnerUser: 403, partnerAdmin: 403, reviewer: 'ok', programAdmin: 'ok' } as const;
const programAdmins = { anonymous: 401, partnerUser: 403, partnerAdmin: 403, reviewer: 403, programAdmin: 'ok' } as const;
const everyone = { anonymous: 'ok', partnerUser: 'ok', partnerAdmin: 'ok', reviewer: 'ok', programAdmin: 'ok' } as const;
/** A link's own credential: an unknown link is 404 for everybody, whatever session comes along. */
const linkOnly = { anonymous: 404, partnerUser: 404, partnerAdmin: 404, reviewer: 404, programAdmin: 404 } as const;
/** A partner's draft: its admin edits it; nobody else (vendor staff included) sees it exists. */
const draftOwner = { anonymous: 401, partnerUser: 403, partnerAdmin: 'ok', reviewer: 404, programAdmin: 404 } as const;
/** A partner's own working objects (drafts, bulk uploads): its staff read them; the vendor does not see they exist. */
const partnerPrivate = { anonymous: 401, partnerUser: 'ok', partnerAdmin: 'ok', reviewer: 404, programAdmin: 404 } as const;
/** Administrators of the owner (partner admin, program admin for anyone). */
const admins = { anonymous: 401, partnerUser: 403, partnerAdmin: 'ok', reviewer: 403, programAdmin: 'ok' } as const;
/** Partner admins and program admins manage their own organisation's: a partner's object is foreign to the vendor. */
const ownAdmins = { anonymous: 401, partnerUser: 403, partnerAdmin: 'ok', reviewer: 403, programAdmin: 404 } as const;

/** Every operation of the API, by operationId. A new operation without a line here fails the matrix. */
export const EXPECTATIONS: Record<string, Expectation> = {
  getHealth: { ...everyone },
  login: { ...everyone },
  // Signing out without a session is a no-op (204), not an error.
  logout: { ...signedIn, anonymous: 'ok' },
  getMe: { ...signedIn },
  changePassword: { ...signedIn },
  requestPasswordReset: { ...everyone },
  resetPassword: { object: 'resetLink', ...linkOnly },

  createToken: { ...admins },
  listTokens: { ...admins },
  revokeToken: { object: 'token', ...ownAdmins },

  getCatalog: { ...signedIn },
  getPoeTemplate: { ...signedIn },
  // Vendor staff have no locations: an empty list (the claims filter bar asks for every role).
  listLocations: { ...signedIn },
  listTenants: { ...vendorStaff },
  getTenant: { object: 'tenant', ...vendorStaff },

  listClaims: { ...signedIn },
  exportClaims: { ...signedIn },
  createClaim: { ...partnerAdmins, otherPartnerAdmin: 'refused' },
  validateClaimBody: { ...partnerStaff },
  validateClaim: { object: 'draftClaim', ...partnerPrivate },
  getClaim: { object: 'reviewClaim', ...signedIn },
  updateClaim: { object: 'draftClaim', ...draftOwner },
  deleteClaim: { object: 'draftClaim', ...draftOwner },
  submitClaim: { object: 'secondDraft', ...draftOwner },
  getClaimHistory: { object: 'activeClaim', ...signedIn },
  exportHistory: { ...signedIn },
  listClaimRevisions: { object: 'actionRequiredClaim', ...signedIn },
  addClaimComment: { object: 'reviewClaim', ...signedIn, partnerUser: 403 },
  uploadClaimDocument: { object: 'draftClaim', ...draftOwner },
  downloadClaimDocument: { object: 'reviewDocument', ...signedIn },
  deleteClaimDocument: { object: 'document', ...draftOwner },

  createBulkClaims: { ...partnerAdmins },
  getBulkClaimsTemplate: { ...partnerStaff },
  getBulkClaimUpload: { object: 'bulkUpload', ...partnerPrivate },
  getBulkClaimRejections: { object: 'bulkUpload', ...partnerPrivate },

  listReviewQueue: { ...vendorStaff },
  assignClaim: { object: 'reviewClaim', ...vendorStaff },
  unassignClaim: { object: 'reviewClaim', ...vendorStaff },
  requestClaimInformation: { object: 'reviewClaim', ...vendorStaff },
  approveClaim: { object: 'reviewClaim', ...vendorStaff },
  rejectClaim: { object: 'reviewClaim', ...vendorStaff },
  decideClaimDispute: { object: 'rejectedClaim', ...vendorStaff },
  listClaimConflicts: { object: 'reviewClaim', ...vendorStaff },
  respondToClaim: { object: 'actionRequiredClaim', ...partnerAdmins },
  disputeClaim: { object: 'rejectedClaim', ...partnerAdmins },
  withdrawClaim: { object: 'actionRequiredClaim', ...partnerAdmins },

  listOutbox: { ...programAdmins },
  updateProgram: { object: 'program', ...programAdmins },
  listAuditEntries: { ...programAdmins },

  listAssociations: { ...signedIn },
  exportAssociations: { ...signedIn },
  endAssociation: { object: 'association', ...partnerAdmins },

  getConsent: { object: 'consentLink', ...linkOnly },
  confirmConsent: { object: 'consentLink', ...linkOnly },
  optOutOfConsent: { object: 'consentLink', ...linkOnly },
  revokeConsent: { object: 'consentLink', ...linkOnly },
  requestCustomerLink: { ...everyone },
  getCustomerPage: { object: 'customerLink', ...linkOnly },
  revokeCustomerAssociation: { object: 'customerAssociation', ...linkOnly },

  createImport: { ...programAdmins },
  listImports: { ...programAdmins },
  getImportTemplate: { object: 'importKind', ...programAdmins },
  getImport: { object: 'import', ...programAdmins },
  listImportRejections: { object: 'import', ...programAdmins },

  listPartners: { ...programAdmins },
  createPartner: { ...programAdmins },
  getPartner: { object: 'partner', ...programAdmins },
  updatePartner: { object: 'partner', ...programAdmins },
  createPartnerLocation: { object: 'partner', ...programAdmins },
  updatePartnerLocation: { object: 'partnerLocation', ...programAdmins },

  createInvitation: { ...admins, otherPartnerAdmin: 'refused' },
  listInvitations: { ...admins },
  resendInvitation: { object: 'invitation', ...admins },
  revokeInvitation: { object: 'invitation', ...admins },
  getInvitation: { object: 'invitationLink', ...linkOnly },
  acceptInvitation: { object: 'invitationLink', ...linkOnly },
  listUsers: { ...admins },
  updateUser: { object: 'user', ...admins },

  listUsage: { ...signedIn },
  listUsageGrowth: { ...signedIn },
  getUsageDashboard: { ...vendorStaff },
  listAssociationUsage: { object: 'association', ...signedIn },
  listUsageAccessLog: { ...signedIn, partnerUser: 403 },
  listEvents: { ...signedIn },

  createWebhook: { ...admins },
  listWebhooks: { ...admins },
  getWebhook: { object: 'webhook', ...ownAdmins },
  updateWebhook: { object: 'webhook', ...ownAdmins },
  deleteWebhook: { object: 'webhook', ...ownAdmins },
  rotateWebhookSecret: { object: 'webhook', ...ownAdmins },
  sendTestWebhook: { object: 'webhook', ...ownAdmins },
  listWebhookDeliveries: { object: 'webhook', ...ownAdmins },
  redeliverWebhookDelivery: { object: 'delivery', ...ownAdmins },
};
