import { z } from 'zod';
import { LocaleSchema, OrganisationKindSchema, RoleSchema } from './enums';
import { Limits } from './limits';

/** A new password as every path takes it (invitation, reset, change); strength is checked on the server. */
export const NewPasswordSchema = z.string().min(Limits.minPasswordLength).max(Limits.maxPasswordLength);

/** Where an invitation stands. */
export const InvitationStatusSchema = z.enum(['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED']);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** `POST /invitations` body. */
export const CreateInvitationRequestSchema = z.strictObject({
  email: z.email().max(254).transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1).max(200),
  role: RoleSchema,
  organisationId: z.uuid(),
  locale: LocaleSchema.optional().describe("The invitee's language for the e-mail and the web UI; default the inviter's"),
});
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequestSchema>;

/** An invitation as its inviter sees it: never the link. */
export const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: OrganisationKindSchema }),
    status: InvitationStatusSchema,
    invitedBy: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    lastSentAt: z.iso.datetime().nullable(),
    acceptedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof InvitationSchema>;

/** `GET /invitations` filters. */
export const ListInvitationsQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  organisationId: z.uuid().optional(),
  status: InvitationStatusSchema.optional(),
});
export type ListInvitationsQuery = z.infer<typeof ListInvitationsQuerySchema>;

/** `GET /invitations` answer. */
export const ListInvitationsResponseSchema = z.object({ items: z.array(InvitationSchema), nextCursor: z.string().nullable() });

/** Path parameter of the invitee's routes: the secret from the e-mailed link. */
export const LinkTokenParamsSchema = z.object({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/) });

/** `GET /invitations/{token}`: what the invitee is asked to join, and by whom. */
export const InvitationViewSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    organisationName: z.string(),
    organisationKind: OrganisationKindSchema,
    invitedBy: z.string(),
    expiresAt: z.iso.datetime(),
    locale: LocaleSchema,
  })
  .meta({ id: 'InvitationView' });
export type InvitationView = z.infer<typeof InvitationViewSchema>;

/** `POST /invitations/{token}/accept` body: the invitee's own name and password. */
export const AcceptInvitationRequestSchema = z.strictObject({ name: z.string().trim().min(1).max(200), password: NewPasswordSchema });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequestSchema>;

/** A user as administrators see it. */
export const ManagedUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    locale: LocaleSchema,
    active: z.boolean(),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: OrganisationKindSchema }),
    createdAt: z.iso.datetime(),
    deactivatedAt: z.iso.datetime().nullable(),
    lastSignInAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ManagedUser' });
export type ManagedUser = z.infer<typeof ManagedUserSchema>;

/** `GET /users` filters. */
export const ListUsersQuerySchema = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(Limits.maxPageSize).default(Limits.defaultPageSize),
  organisationId: z.uuid().optional(),
  role: RoleSchema.optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(Limits.maxSearchLength).optional().describe('Name or e-mail address'),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

/** `GET /users` answer. */
export const ListUsersResponseSchema = z.object({ items: z.array(ManagedUserSchema), nextCursor: z.string().nullable() });

/** `PATCH /users/{id}` body. */
export const UpdateUserRequestSchema = z
  .strictObject({ role: RoleSchema.optional(), active: z.boolean().optional() })
  .refine((b) => b.role !== undefined || b.active !== undefined, { message: 'Send role, active or both.' });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

/** `POST /auth/password-reset` body. */
export const RequestPasswordResetSchema = z.strictObject({ email: z.email().max(254).transform((e) => e.trim().toLowerCase()) });

/** `POST /auth/password-reset` answer: the same whether or not the address has an account. */
export const PasswordResetRequestedSchema = z.object({ message: z.string() });

/** `POST /auth/password-reset/{token}` body. */
export const ResetPasswordRequestSchema = z.strictObject({ password: NewPasswordSchema });

/** `POST /me/password` body. */
export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(Limits.maxPasswordLength),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;
