import { z } from 'zod';
import { AssociationEndReasonSchema } from './associations';
import { ClaimStatusSchema } from './claim-status';
import { ImportFormatSchema, ImportKindSchema } from './imports';
import { PageQuerySchema } from './pagination';

/** What an integration can hear about: the feed's and the webhooks' event types. */
export const EventTypeSchema = z.enum(['claim.status_changed', 'association.started', 'association.ended', 'consent.answered', 'import.finished']);
export type EventType = z.infer<typeof EventTypeSchema>;

/** Event types about the vendor's own work, which only vendor staff and vendor endpoints receive. */
export const VENDOR_ONLY_EVENT_TYPES: readonly EventType[] = ['import.finished'];

/** The claim an event is about, so a receiver can act without reading the claim first. */
const ClaimRefSchema = z.object({
  claimId: z.uuid(),
  claimName: z.string().nullable(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  locationId: z.uuid(),
  mpnId: z.string(),
  tenantId: z.string().nullable().describe('The customer tenant ID (known once the claim is submitted)'),
  customerDomain: z.string().nullable(),
  customerName: z.string().nullable(),
});

const ActorRefSchema = z.object({ type: z.enum(['USER', 'SYSTEM', 'CUSTOMER']), name: z.string() });

/** One association, as association events carry it. */
const AssociationRefSchema = ClaimRefSchema.extend({
  associationId: z.uuid(),
  program: z.string(),
  exclusivityUnit: z.enum(['WORKLOAD', 'SUBSCRIPTION']),
  exclusivityKey: z.string(),
  productCode: z.string(),
  subscriptionId: z.string().nullable(),
  startedAt: z.iso.datetime(),
});

/** `claim.status_changed`: every change of a claim's status, with the reason and who made it. */
export const ClaimStatusChangedDataSchema = ClaimRefSchema.extend({
  from: ClaimStatusSchema,
  to: ClaimStatusSchema,
  reason: z.string().nullable().describe('Reason code (see the catalogue), when the change has one'),
  message: z.string().nullable(),
  programs: z.array(z.string()),
  actor: ActorRefSchema,
});

/** `association.started`: a claim line won an exclusivity key. */
export const AssociationStartedDataSchema = AssociationRefSchema;

/** `association.ended`: the hold on a key ended, with why. */
export const AssociationEndedDataSchema = AssociationRefSchema.extend({
  endedAt: z.iso.datetime(),
  reason: AssociationEndReasonSchema,
  message: z.string().nullable(),
});

/** `consent.answered`: the customer confirmed or opted out through its link (revocations are `association.ended` with CUSTOMER_REVOKED). */
export const ConsentAnsweredDataSchema = ClaimRefSchema.extend({
  answer: z.enum(['CONFIRMED', 'OPTED_OUT']),
  status: ClaimStatusSchema.describe("The claim's status after the answer"),
  contactName: z.string(),
  message: z.string().nullable().describe("The customer's reason when opting out"),
});

/** `import.finished` (vendor only): a directory or usage import ended, with its counts. */
export const ImportFinishedDataSchema = z.object({
  importId: z.uuid(),
  kind: ImportKindSchema,
  format: ImportFormatSchema,
  dryRun: z.boolean(),
  status: z.enum(['SUCCEEDED', 'FAILED']),
  fileName: z.string().nullable(),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});

const envelope = <T extends EventType, D extends z.ZodType>(type: T, data: D) =>
  z.object({
    id: z.string().describe('Increasing event number; also the feed position'),
    type: z.literal(type),
    timestamp: z.iso.datetime().describe('When it happened'),
    data,
  });

/** One event, as the feed lists it and as a webhook's body carries it. */
export const IntegrationEventSchema = z
  .discriminatedUnion('type', [
    envelope('claim.status_changed', ClaimStatusChangedDataSchema),
    envelope('association.started', AssociationStartedDataSchema),
    envelope('association.ended', AssociationEndedDataSchema),
    envelope('consent.answered', ConsentAnsweredDataSchema),
    envelope('import.finished', ImportFinishedDataSchema),
  ])
  .meta({ id: 'IntegrationEvent' });
export type IntegrationEvent = z.infer<typeof IntegrationEventSchema>;

/** `GET /events` query: after a cursor (or from the start), optionally some types only. */
export const ListEventsQuerySchema = PageQuerySchema.extend({
  type: z
    .union([EventTypeSchema, z.array(EventTypeSchema)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
    .describe('Only these types (repeat the parameter for several)'),
});
export type ListEventsQuery = z.infer<typeof ListEventsQuerySchema>;

/** `GET /events` answer, oldest first; `nextCursor` is also given on the last page, to poll from. */
export const ListEventsResponseSchema = z.object({
  items: z.array(IntegrationEventSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` to read on; null only when there was nothing to read at all'),
  hasMore: z.boolean().describe('Whether more events are ready now (false: poll again later with nextCursor)'),
});
export type ListEventsResponse = z.infer<typeof ListEventsResponseSchema>;
