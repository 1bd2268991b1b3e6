import { z } from 'zod';
import { LocaleSchema, OrganisationKindSchema, RoleSchema } from './enums';
import { Limits } from './limits';
import { PartnerStatusSchema } from './partners';

/** `POST /auth/login` body. */
export const LoginRequestSchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(Limits.maxPasswordLength),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** What the UI may offer the caller; derived on the server from role and ownership. */
export const UserActionSchema = z.enum([
  'claims.read',
  'claims.create',
  'tokens.manage',
  'users.manage',
  'locations.read',
  'directory.read',
  'review.work',
  'catalog.manage',
  'outbox.read',
  'partners.manage',
  'audit.read',
  'usage.read',
  'usage.accessLog',
  'usage.dashboard',
  'webhooks.manage',
]);
export type UserAction = z.infer<typeof UserActionSchema>;

/** The signed-in user. */
export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    role: RoleSchema,
    locale: LocaleSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

/** The organisation the user belongs to. */
export const OrganisationSchema = z
  .object({ id: z.uuid(), name: z.string(), kind: OrganisationKindSchema, status: PartnerStatusSchema.describe('SUSPENDED: the partner reads but files no claims') })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof OrganisationSchema>;

/** `GET /me` and `POST /auth/login` answer. */
export const MeResponseSchema = z
  .object({
    user: UserSchema,
    organisation: OrganisationSchema,
    allowedActions: z.array(UserActionSchema),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as the X-CSRF-Token header on every unsafe request made with the session cookie; null for bearer tokens'),
  })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** `POST /tokens` body. */
export const CreateApiTokenRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(Limits.apiTokenMaxDays).default(Limits.apiTokenDefaultDays),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequestSchema>;

/** An API token as listed: never the secret. */
export const ApiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('First characters of the secret, to recognise it'),
    userId: z.uuid(),
    userEmail: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** `POST /tokens` answer: the only time the secret is shown. */
export const CreateApiTokenResponseSchema = ApiTokenSchema.extend({
  token: z.string().describe('The secret; send as `Authorization: Bearer <token>`. Shown once.'),
});
export type CreateApiTokenResponse = z.infer<typeof CreateApiTokenResponseSchema>;

/** `GET /tokens` answer. */
export const ListApiTokensResponseSchema = z.object({ items: z.array(ApiTokenSchema) });
export type ListApiTokensResponse = z.infer<typeof ListApiTokensResponseSchema>;

/** Path parameter of routes about one object. */
export const IdParamsSchema = z.object({ id: z.uuid() });
export type IdParams = z.infer<typeof IdParamsSchema>;
