import { type Kysely, sql } from 'kysely';

/**
 * Consent goes to the customer: the reason code refusing a customer contact whose e-mail domain is
 * not one of the tenant's verified domains (a partner could otherwise confirm its own claim).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into reason_codes (code, category, message_en, message_nl) values (
      'CONTACT_DOMAIN_NOT_TENANT', 'ENTRY_CHECK',
      'The customer contact''s e-mail address is not at one of the customer''s verified domains: consent is asked of the customer, so name a person at the customer.',
      'Het e-mailadres van de klantcontactpersoon hoort niet bij een van de geverifieerde domeinen van de klant: toestemming wordt aan de klant gevraagd, dus noem iemand bij de klant.'
    ) on conflict (code) do nothing`.execute(db);
}
