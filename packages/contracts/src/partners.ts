import { z } from 'zod';
import { isCountryCode } from './countries';
import { LocationSchema } from './directory';
import { RoleSchema } from './enums';
import { Limits, MPN_ID_PATTERN } from './limits';
import { PageQuerySchema, pageOf } from './pagination';

/** A partner organisation is ACTIVE, or SUSPENDED: it keeps everything but files no claims. */
export const PartnerStatusSchema = z.enum(['ACTIVE', 'SUSPENDED']);
export type PartnerStatus = z.infer<typeof PartnerStatusSchema>;

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().refine(isCountryCode, 'Use the two-letter ISO 3166-1 country code, e.g. NL.'));

/** A partner's location as the program admin manages it: its MPN ID and program enrolments. */
export const PartnerLocationSchema = LocationSchema.extend({ createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() }).meta({ id: 'PartnerLocation' });
export type PartnerLocation = z.infer<typeof PartnerLocationSchema>;

/** A partner organisation in lists. */
export const PartnerSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string().nullable(),
    status: PartnerStatusSchema,
    locationCount: z.number().int(),
    userCount: z.number().int().describe('Active users'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PartnerSummary' });
export type PartnerSummary = z.infer<typeof PartnerSummarySchema>;

/** A partner user as shown on the partner page. */
export const PartnerMemberSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: RoleSchema, active: z.boolean() });

/** `GET /partners/{id}`: the organisation with its locations and people. */
export const PartnerSchema = PartnerSummarySchema.extend({
  locations: z.array(PartnerLocationSchema),
  users: z.array(PartnerMemberSchema),
}).meta({ id: 'Partner' });
export type Partner = z.infer<typeof PartnerSchema>;

/** `GET /partners` filters. */
export const ListPartnersQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(Limits.maxSearchLength).optional().describe('Name or MPN ID of one of its locations'),
  status: PartnerStatusSchema.optional(),
});
export type ListPartnersQuery = z.infer<typeof ListPartnersQuerySchema>;

/** `GET /partners` answer. */
export const ListPartnersResponseSchema = pageOf(PartnerSummarySchema);
export type ListPartnersResponse = z.infer<typeof ListPartnersResponseSchema>;

const OrganisationNameSchema = z.string().trim().min(1).max(200);

/** `POST /partners` body. */
export const CreatePartnerRequestSchema = z.strictObject({ name: OrganisationNameSchema, country: CountryCodeSchema });
export type CreatePartnerRequest = z.infer<typeof CreatePartnerRequestSchema>;

/** `PATCH /partners/{id}` body: rename, move, suspend or reactivate. */
export const UpdatePartnerRequestSchema = z
  .strictObject({ name: OrganisationNameSchema.optional(), country: CountryCodeSchema.optional(), status: PartnerStatusSchema.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change.' });
export type UpdatePartnerRequest = z.infer<typeof UpdatePartnerRequestSchema>;

/** Programs a location can enrol in: the claimable ones. */
export const EnrollableProgramSchema = z.enum(['OSU_M365', 'OSA_SELL', 'OSU_BIZAPPS', 'REVENUE_ASSOCIATION']);

const EnrolledProgramsSchema = z.array(EnrollableProgramSchema).max(10).transform((p) => [...new Set(p)]);

/** `POST /partners/{id}/locations` body. */
export const CreateLocationRequestSchema = z.strictObject({
  mpnId: z.string().trim().regex(MPN_ID_PATTERN, 'An MPN ID is 6 to 10 digits.'),
  name: z.string().trim().min(1).max(200),
  country: CountryCodeSchema,
  enrolledPrograms: EnrolledProgramsSchema.default([]),
});
export type CreateLocationRequest = z.infer<typeof CreateLocationRequestSchema>;

/** `PATCH /partners/{id}/locations/{locationId}` body. */
export const UpdateLocationRequestSchema = z
  .strictObject({
    mpnId: CreateLocationRequestSchema.shape.mpnId.optional(),
    name: CreateLocationRequestSchema.shape.name.optional(),
    country: CountryCodeSchema.optional(),
    enrolledPrograms: EnrolledProgramsSchema.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change.' });
export type UpdateLocationRequest = z.infer<typeof UpdateLocationRequestSchema>;

/** Path parameters of routes about one location of one partner. */
export const PartnerLocationParamsSchema = z.object({ id: z.uuid(), locationId: z.uuid() });
