import { z } from 'zod';
import {
  ActivitySchema,
  ConflictRuleSchema,
  ExclusivityUnitSchema,
  LocalizedTextSchema,
  ProgramCodeSchema,
  SolutionAreaSchema,
} from './enums';
import { ReasonCategorySchema, ReasonCodeSchema } from './reason-codes';

/** Per-program durations (DESIGN.md section 4), editable by the program admin. */
export const ProgramSettingsSchema = z.object({
  reviewBusinessDays: z.number().int().min(1).max(90),
  responseBusinessDays: z.number().int().min(1).max(90),
  disputeDays: z.number().int().min(1).max(365),
  consentBusinessDays: z.number().int().min(1).max(30),
  expiryNoticeDays: z.number().int().min(1).max(365),
});
export type ProgramSettings = z.infer<typeof ProgramSettingsSchema>;

/** An incentive program, claimable or refused with a pointer to its own process. */
export const ProgramSchema = z
  .object({
    code: ProgramCodeSchema,
    name: LocalizedTextSchema,
    isClaimable: z.boolean(),
    exclusivityUnit: ExclusivityUnitSchema.nullable(),
    conflictRule: ConflictRuleSchema.nullable(),
    settings: ProgramSettingsSchema.nullable(),
    referral: LocalizedTextSchema.nullable().describe('For programs outside CPOR: where to claim instead'),
  })
  .meta({ id: 'Program' });
export type Program = z.infer<typeof ProgramSchema>;

/** Which program a solution area and activity earn under. */
export const ProgramRuleSchema = z.object({
  solutionArea: SolutionAreaSchema,
  activity: ActivitySchema,
  programCode: ProgramCodeSchema,
});
export type ProgramRule = z.infer<typeof ProgramRuleSchema>;

/** A product or workload that can be claimed. */
export const ProductSchema = z
  .object({ code: z.string(), name: z.string(), solutionArea: SolutionAreaSchema })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof ProductSchema>;

/** A published reason code with its message in every language. */
export const ReasonSchema = z
  .object({ code: ReasonCodeSchema, category: ReasonCategorySchema, message: LocalizedTextSchema })
  .meta({ id: 'Reason' });
export type Reason = z.infer<typeof ReasonSchema>;

/** `GET /catalog` answer. */
export const CatalogResponseSchema = z
  .object({
    solutionAreas: z.array(z.object({ code: SolutionAreaSchema, name: LocalizedTextSchema })),
    activities: z.array(z.object({ code: ActivitySchema, name: LocalizedTextSchema })),
    programs: z.array(ProgramSchema),
    programRules: z.array(ProgramRuleSchema),
    products: z.array(ProductSchema),
    reasonCodes: z.array(ReasonSchema),
  })
  .meta({ id: 'Catalog' });
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;

/** `PATCH /admin/programs/{code}`: the program admin changes a claimable program's durations or conflict rule. */
export const UpdateProgramRequestSchema = ProgramSettingsSchema.partial()
  .extend({ conflictRule: ConflictRuleSchema.optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one setting.' });
export type UpdateProgramRequest = z.infer<typeof UpdateProgramRequestSchema>;
