import { z } from 'zod';
import { ActivitySchema, LocaleSchema, ProgramCodeSchema, SolutionAreaSchema } from './enums';
import { Limits } from './limits';

/** What a customer link is for: deciding during the consent window, or ending an active association later. */
export const ConsentLinkPurposeSchema = z.enum(['CONSENT', 'REVOKE']);
export type ConsentLinkPurpose = z.infer<typeof ConsentLinkPurposeSchema>;

/** The customer's answer once given (or the silence that activated the claim). */
export const ConsentOutcomeSchema = z.enum(['CONFIRMED', 'OPTED_OUT', 'ACTIVATED_BY_SILENCE', 'REVOKED', 'CLOSED']);
export type ConsentOutcome = z.infer<typeof ConsentOutcomeSchema>;

/** `GET /consent/{token}`: what the customer is asked about, with nothing about other partners. */
export const ConsentViewSchema = z
  .object({
    purpose: ConsentLinkPurposeSchema,
    state: z.enum(['OPEN', 'ANSWERED']).describe('OPEN: the customer may act now; ANSWERED: this claim was already decided'),
    outcome: ConsentOutcomeSchema.nullable(),
    partnerName: z.string(),
    locationName: z.string(),
    customer: z.object({ name: z.string().nullable(), domain: z.string().nullable(), tenantId: z.string().nullable() }),
    solutionArea: SolutionAreaSchema.nullable(),
    activities: z.array(ActivitySchema),
    programs: z.array(ProgramCodeSchema),
    lines: z.array(z.object({ productCode: z.string(), productName: z.string().nullable(), subscriptionId: z.string().nullable() })),
    closesAt: z.iso.datetime().nullable().describe('When the consent window closes (silence activates the association)'),
    associationStartedAt: z.iso.datetime().nullable().describe('When the association became active, if it did'),
    timeZone: z.string().describe("The customer's IANA zone the window is counted in"),
    contactName: z.string().nullable(),
    locale: LocaleSchema.describe('The language the message was sent in'),
  })
  .meta({ id: 'ConsentView' });
export type ConsentView = z.infer<typeof ConsentViewSchema>;

/** A customer link token in the path: opaque, URL-safe. */
export const ConsentTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,128}$/) });

/** `POST /consent/{token}/opt-out` and `/revoke`. */
export const ConsentReasonRequestSchema = z.strictObject({ reason: z.string().trim().min(1).max(Limits.maxCommentLength) });
/** `POST /consent/{token}/confirm`. */
export const ConsentConfirmRequestSchema = z.strictObject({}).optional();
