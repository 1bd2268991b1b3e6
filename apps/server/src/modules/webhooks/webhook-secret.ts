import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The part of a secret shown to tell secrets apart, never enough to sign with. */
export const secretPrefix = (secret: string) => secret.slice(0, 10);

/**
 * The `webhook-signature` header: `v1,<base64 HMAC-SHA256>` per secret, space-separated, so during a
 * rotation a receiver holding either the old or the new secret verifies the message.
 */
export function signWebhook({ secrets, msgId, timestamp, body }: { secrets: string[]; msgId: string; timestamp: Date; body: string }): string {
  return secrets.map((secret) => new Webhook(secret).sign(msgId, timestamp, body)).join(' ');
}
