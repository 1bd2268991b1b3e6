import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// Row types as PostgreSQL returns them through `pg` (timestamps as Date, dates as strings).
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type OrganisationsTable = {
  id: Generated<string>;
  kind: 'VENDOR' | 'PARTNER';
  name: string;
  country: string | null;
  status: Generated<'ACTIVE' | 'SUSPENDED'>;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type UsersTable = {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  role: 'PARTNER_ADMIN' | 'PARTNER_USER' | 'REVIEWER' | 'PROGRAM_ADMIN';
  locale: Generated<'en' | 'nl'>;
  password_hash: string;
  created_at: CreatedAt;
  disabled_at: Timestamp | null;
  updated_at: Timestamp;
  password_changed_at: Timestamp | null;
};

export type SessionsTable = {
  id: Generated<string>;
  token_hash: string;
  csrf_token: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
};

export type ApiTokensTable = {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

export type SolutionAreasTable = { code: string; name_en: string; name_nl: string; sort_order: Generated<number> };
export type ActivitiesTable = SolutionAreasTable;
/** One row: bumped by a trigger whenever a catalogue table changes (migration 0018). */
export type CatalogVersionTable = { singleton: Generated<boolean>; version: number; changed_at: Generated<Date> };

export type ProgramsTable = {
  code: string;
  name_en: string;
  name_nl: string;
  is_claimable: boolean;
  exclusivity_unit: 'WORKLOAD' | 'SUBSCRIPTION' | null;
  conflict_rule: 'REVIEWER_DECIDES' | 'FIRST_VALID_WINS' | null;
  review_business_days: number | null;
  response_business_days: number | null;
  dispute_days: number | null;
  consent_business_days: number | null;
  expiry_notice_days: number | null;
  referral_en: string | null;
  referral_nl: string | null;
  sort_order: Generated<number>;
};

export type ProgramRulesTable = { solution_area: string; activity: string; program_code: string };
export type ProductsTable = { code: string; name: string; solution_area: string; sort_order: Generated<number> };
export type ReasonCodesTable = { code: string; category: string; message_en: string; message_nl: string };

export type PartnerLocationsTable = {
  id: Generated<string>;
  organisation_id: string;
  mpn_id: string;
  name: string;
  country: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type LocationEnrolmentsTable = { location_id: string; program_code: string; enrolled_at: CreatedAt };

export type CustomerTenantsTable = {
  tenant_id: string;
  name: string;
  country: string;
  time_zone: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type TenantDomainsTable = { domain: string; tenant_id: string; is_initial: Generated<boolean>; created_at: CreatedAt };

export type SubscriptionsTable = {
  id: string;
  tenant_id: string;
  product_code: string;
  channel: 'DIRECT' | 'EA' | 'CSP' | 'MCA' | 'OPEN';
  state: 'ACTIVE' | 'GRACE' | 'SUSPENDED' | 'EXPIRED';
  start_date: ColumnType<string, string, string>;
  end_date: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

type Json = ColumnType<unknown, string | undefined | null, string | null>;

export type ClaimsTable = {
  id: Generated<string>;
  organisation_id: string;
  location_id: string;
  status: Generated<string>;
  name: string | null;
  customer_domain: string | null;
  customer_tenant_id: string | null;
  tenant_id: string | null;
  solution_area: string | null;
  activities: ColumnType<string[], string[] | undefined, string[]>;
  requested_program: string | null;
  programs: ColumnType<string[], string[] | undefined, string[]>;
  customer_contact: Json;
  customer_technical_contact: Json;
  partner_contact: Json;
  revenue: Json;
  comments: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  deleted_at: Timestamp | null;
  customer_name: string | null;
  search_text: ColumnType<string, never, never>;
  review_due_at: Timestamp | null;
  review_late_at: Timestamp | null;
  response_due_at: Timestamp | null;
  info_request_reasons: ColumnType<string[], string[] | undefined, string[]>;
  info_request_message: string | null;
  consent_closes_at: Timestamp | null;
  rejected_at: Timestamp | null;
  rejected_by: string | null;
  rejection_reason: string | null;
  rejection_message: string | null;
  dispute_due_at: Timestamp | null;
  dispute_count: Generated<number>;
  assigned_reviewer_id: string | null;
  contested: Generated<boolean>;
  revision: Generated<number>;
  consent_reminder_at: Timestamp | null;
  consent_reminded_at: Timestamp | null;
  consent_outcome: 'CONFIRMED' | 'OPTED_OUT' | 'ACTIVATED_BY_SILENCE' | null;
  // Product codes of the claim's lines in order, kept by triggers on claim_lines (0023).
  products: Generated<string[]>;
};

export type ClaimRevisionsTable = {
  claim_id: string;
  revision: number;
  kind: 'RESPONSE' | 'DISPUTE';
  created_at: CreatedAt;
  created_by: string;
  comment: string;
  corrections: Json;
  document_ids: ColumnType<string[], string[] | undefined, string[]>;
};

export type ClaimLinesTable = {
  id: Generated<string>;
  claim_id: string;
  position: number;
  product_code: string;
  subscription_id: string | null;
  subscription_chosen: 'PARTNER' | 'AUTOMATIC' | null;
};

export type ClaimDocumentsTable = {
  id: Generated<string>;
  claim_id: string;
  file_name: string;
  document_type: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** The bytes when `storage` is DATABASE; null when they live in a folder or a bucket under `storage_key`. */
  content: Buffer | null;
  storage: Generated<'DATABASE' | 'FOLDER' | 'S3'>;
  storage_key: string | null;
  uploaded_by: string;
  uploaded_at: CreatedAt;
  revision: Generated<number>;
};

export type ClaimCommentsTable = { id: Generated<string>; claim_id: string; author_id: string; body: string; created_at: CreatedAt };

export type ClaimEventsTable = {
  id: Generated<string>;
  claim_id: string;
  occurred_at: CreatedAt;
  actor_type: 'USER' | 'SYSTEM' | 'CUSTOMER';
  actor_user_id: string | null;
  actor_name: string;
  type: string;
  data: Json;
  /** Hash chain (migration 0015), set by the database on insert: position, previous hash, own hash. */
  seq: Generated<number>;
  prev_hash: Generated<string | null>;
  hash: Generated<string>;
};

export type IdempotencyKeysTable = {
  actor_key: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  response_body: Json;
  created_at: CreatedAt;
};

export type OutboundEmailsTable = {
  id: Generated<string>;
  idempotency_key: string;
  claim_id: string | null;
  template: string;
  to_address: string;
  locale: 'en' | 'nl';
  subject: string;
  body_text: string;
  state: Generated<'QUEUED' | 'SENT' | 'OUTBOX' | 'FAILED'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  link_purpose: 'CONSENT' | 'REVOKE' | 'INVITATION' | 'PASSWORD_RESET' | 'TENANT' | null;
  link_expires_at: Timestamp | null;
  /** The invitation or password reset an account e-mail's link belongs to; the tenant of a customer page link. */
  link_ref: string | null;
};
export type CustomerLinksTable = {
  id: Generated<string>;
  token_hash: string;
  /** Null for a customer page link, which belongs to a tenant instead. */
  claim_id: string | null;
  tenant_id: string | null;
  purpose: 'CONSENT' | 'REVOKE' | 'TENANT';
  contact_email: string;
  contact_name: string | null;
  locale: 'en' | 'nl';
  email_id: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  used_at: Timestamp | null;
  used_action: string | null;
};
export type AssociationsTable = {
  id: Generated<string>;
  claim_id: string;
  claim_line_id: string;
  organisation_id: string;
  location_id: string;
  program_code: string;
  exclusivity_unit: 'WORKLOAD' | 'SUBSCRIPTION';
  tenant_id: string;
  product_code: string;
  subscription_id: string | null;
  exclusivity_key: string;
  status: Generated<'ACTIVE' | 'ENDED'>;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  end_reason: 'PARTNER_DISASSOCIATED' | 'CUSTOMER_REVOKED' | 'SUBSCRIPTION_EXPIRED' | 'SUPERSEDED' | null;
  end_message: string | null;
  superseded_by: string | null;
  expiry_notice_at: Timestamp | null;
};

export type InvitationsTable = {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  role: 'PARTNER_ADMIN' | 'PARTNER_USER' | 'REVIEWER' | 'PROGRAM_ADMIN';
  locale: Generated<'en' | 'nl'>;
  token_hash: string | null;
  invited_by: string | null;
  invited_by_name: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_sent_at: Timestamp | null;
  send_count: Generated<number>;
  accepted_at: Timestamp | null;
  accepted_user_id: string | null;
  revoked_at: Timestamp | null;
};

export type PasswordResetsTable = {
  id: Generated<string>;
  user_id: string;
  token_hash: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  requested_ip: string | null;
};

export type AuditLogTable = {
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_type: 'USER' | 'TOKEN' | 'SYSTEM' | 'CLI' | 'ANONYMOUS';
  actor_user_id: string | null;
  actor_name: string | null;
  actor_organisation_id: string | null;
  action: string;
  target_type: 'ORGANISATION' | 'LOCATION' | 'USER' | 'INVITATION' | 'PASSWORD_RESET' | 'API_TOKEN';
  target_id: string;
  target_label: string | null;
  target_organisation_id: string | null;
  details: Generated<unknown>;
  ip: string | null;
};

export type ImportsTable = {
  id: Generated<string>;
  kind: 'tenants' | 'subscriptions' | 'usage';
  format: 'CSV' | 'NDJSON';
  dry_run: boolean;
  status: Generated<'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED'>;
  file_name: string | null;
  total_bytes: Generated<number>;
  bytes_read: Generated<number>;
  rows_read: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  failure_code: string | null;
  failure_message: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
};

export type ImportChunksTable = { import_id: string; seq: number; bytes: Buffer };

export type ImportRejectionsTable = { import_id: string; line: number; row: unknown; problems: unknown };

export type BulkClaimUploadsTable = {
  id: Generated<string>;
  organisation_id: string;
  format: 'CSV' | 'NDJSON';
  file_name: string | null;
  dry_run: boolean;
  submit: boolean;
  poe_document_id: string | null;
  status: Generated<'RUNNING' | 'COMPLETED'>;
  rows_read: Generated<number>;
  valid: Generated<number>;
  created: Generated<number>;
  submitted: Generated<number>;
  rejected: Generated<number>;
  created_by: string;
  created_by_name: string;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
};

export type BulkClaimRowsTable = {
  upload_id: string;
  line: number;
  status: 'VALID' | 'CREATED' | 'SUBMITTED' | 'REJECTED';
  claim_id: string | null;
  row: unknown;
  problems: unknown;
};

export type UsageRecordsTable = {
  id: Generated<string>;
  tenant_id: string;
  product_code: string;
  subscription_id: string | null;
  month: string;
  licensed_seats: number;
  active_users: number;
  import_id: string | null;
  updated_at: Timestamp;
};

export type UsageAccessLogTable = {
  id: Generated<string>;
  organisation_id: string;
  user_id: string | null;
  actor_name: string;
  channel: 'WEB' | 'API';
  kind: 'LIST' | 'EXPORT' | 'ASSOCIATION';
  at: Timestamp;
};
export type UsageAccessKeysTable = {
  access_id: string;
  tenant_id: string;
  product_code: string;
  subscription_id: string | null;
  /** First days of the months read (YYYY-MM-DD). */
  months: string[];
};

export type WorkerHeartbeatsTable = { worker_id: string; started_at: CreatedAt; seen_at: Timestamp };

export type EventsTable = {
  id: Generated<string>;
  type: string;
  occurred_at: Timestamp;
  partner_organisation_id: string | null;
  claim_id: string | null;
  association_id: string | null;
  import_id: string | null;
  data: Json;
  txid: ColumnType<string, never, never>;
};

export type WebhookEndpointsTable = {
  id: Generated<string>;
  organisation_id: string;
  vendor_wide: boolean;
  url: string;
  description: Generated<string>;
  event_types: string[];
  enabled: Generated<boolean>;
  disabled_reason: 'BY_USER' | 'FAILING' | null;
  disabled_at: Timestamp | null;
  failing_since: Timestamp | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type WebhookDeliveriesTable = {
  id: Generated<string>;
  endpoint_id: string;
  event_id: string | null;
  event_type: string;
  payload: Json;
  status: Generated<'PENDING' | 'DELIVERED' | 'FAILED'>;
  attempt_count: Generated<number>;
  retry_step: Generated<number>;
  next_attempt_at: Timestamp | null;
  job_run_at: Timestamp | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
};

export type WebhookAttemptsTable = {
  id: Generated<string>;
  delivery_id: string;
  attempted_at: Timestamp;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  error_message: string | null;
  response_excerpt: string | null;
};
/** Every table Kysely may touch, by name. */
export type Database = {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  solution_areas: SolutionAreasTable;
  activities: ActivitiesTable;
  programs: ProgramsTable;
  program_rules: ProgramRulesTable;
  products: ProductsTable;
  reason_codes: ReasonCodesTable;
  catalog_version: CatalogVersionTable;
  partner_locations: PartnerLocationsTable;
  location_enrolments: LocationEnrolmentsTable;
  customer_tenants: CustomerTenantsTable;
  tenant_domains: TenantDomainsTable;
  subscriptions: SubscriptionsTable;
  claims: ClaimsTable;
  claim_lines: ClaimLinesTable;
  claim_documents: ClaimDocumentsTable;
  claim_comments: ClaimCommentsTable;
  claim_events: ClaimEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  claim_revisions: ClaimRevisionsTable;
  outbound_emails: OutboundEmailsTable;
  customer_links: CustomerLinksTable;
  associations: AssociationsTable;
  worker_heartbeats: WorkerHeartbeatsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  audit_log: AuditLogTable;
  imports: ImportsTable;
  import_chunks: ImportChunksTable;
  import_rejections: ImportRejectionsTable;
  bulk_claim_uploads: BulkClaimUploadsTable;
  bulk_claim_rows: BulkClaimRowsTable;
  usage_records: UsageRecordsTable;
  usage_access_log: UsageAccessLogTable;
  usage_access_keys: UsageAccessKeysTable;
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
};

export type UserRow = Selectable<UsersTable>;
export type NewSubscription = Insertable<SubscriptionsTable>;
