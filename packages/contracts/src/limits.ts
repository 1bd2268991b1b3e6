/** Named limits shared by server and web, so neither repeats a literal. */
export const Limits = {
  /** Largest JSON request body the API accepts. */
  maxJsonBodyBytes: 1024 * 1024,
  /** Longest request line (method + URL) before the server answers 414. */
  maxUrlLength: 8 * 1024,
  /** Page size bounds for cursor-paginated lists. */
  defaultPageSize: 25,
  maxPageSize: 200,
  /** Free-text search terms are cut off here. */
  maxSearchLength: 200,
  /** Password length bounds (NIST 800-63B: at least 8, allow long passphrases). */
  minPasswordLength: 8,
  maxPasswordLength: 256,
  /** Login attempts per e-mail address and client address within the window. */
  loginAttemptsPerWindow: 10,
  loginWindowMinutes: 5,
  /** Invitation links live this long from their last sending; password reset links this long. */
  invitationDays: 7,
  passwordResetMinutes: 60,
  /**
   * Accepting an invitation, asking for a password reset and using one: attempts per client
   * address, and per target (the link, or the e-mail address a reset is asked for), in the window.
   */
  accountLinkAttemptsPerAddress: 30,
  accountLinkAttemptsPerLink: 10,
  passwordResetRequestsPerEmail: 3,
  accountLinkWindowMinutes: 15,
  /** Password changes a signed-in user may try within the login window (each checks the current password). */
  passwordChangeAttemptsPerWindow: 10,
  /** How long a web session lives without use, and at most. */
  sessionIdleDays: 7,
  sessionMaxDays: 30,
  /** API tokens: default and longest lifetime, and how many a user may hold. */
  apiTokenDefaultDays: 90,
  apiTokenMaxDays: 365,
  apiTokensPerUser: 20,
  /** Products or subscriptions on one claim. */
  maxClaimLines: 50,
  /** Free text on claims and in comments. */
  maxCommentLength: 4000,
  /** Proof-of-execution documents: size of one, and how many one claim holds. */
  maxDocumentBytes: 10 * 1024 * 1024,
  maxDocumentsPerClaim: 5,
  /** Largest import file (directory or usage), streamed to the database as it arrives. */
  maxImportBytes: 1024 * 1024 * 1024,
  /** How long an Idempotency-Key remembers its first answer. */
  idempotencyHours: 24,
  /** A customer page link (one tenant) lives this long; links asked for per address within the account-link window. */
  customerLinkDays: 30,
  customerLinkRequestsPerEmail: 3,
  /** The newest usage reads the customer page lists. */
  customerPageAccessEntries: 200,
} as const;

/** Proof-of-execution file types, recognised by their bytes; the extension is only for downloads. */
export const DOCUMENT_TYPES = {
  PDF: { contentType: 'application/pdf', extension: 'pdf' },
  DOCX: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  XLSX: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  PNG: { contentType: 'image/png', extension: 'png' },
  JPEG: { contentType: 'image/jpeg', extension: 'jpg' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** MPN IDs are digits only, 6 to 10 long (DESIGN.md section 1). */
export const MPN_ID_PATTERN = /^[0-9]{6,10}$/;
